package io.ciscosparkapi.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void theFirstWordIsTheCommandAndTheRestItsArguments() {
        CommandLine line = CommandLine.parse("  /echo   hello\tworld  ");

        assertThat(line.word()).isEqualTo("/echo");
        assertThat(line.rest()).isEqualTo("hello\tworld");
        assertThat(line.restWords()).containsExactly("hello", "world");
    }

    @Test
    void aLoneWordHasNoArguments() {
        assertThat(CommandLine.parse("/help").rest()).isEmpty();
        assertThat(CommandLine.parse("/help").restWords()).isEmpty();
        assertThat(CommandLine.parse("   ").word()).isEmpty();
    }

    @Test
    void commandWordsCompareWithoutCase() {
        assertThat(CommandLine.fold("/HeLp")).isEqualTo(CommandLine.fold("/help"));
    }
}
