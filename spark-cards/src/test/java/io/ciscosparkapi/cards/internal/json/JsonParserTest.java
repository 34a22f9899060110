package io.ciscosparkapi.cards.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading JSON text strictly, keeping order, digits and nulls. */
class JsonParserTest {

    @Test
    void everyKindOfValueIsRead() {
        Map<String, Object> object = JsonParser.parseObject(
                " {\"s\":\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\",\"t\":true,\"f\":false,\"n\":null,"
                        + "\"i\":-12,\"big\":123456789012345678901,\"d\":1.50,\"e\":-2E-3,\"a\":[1,[],{}],\"o\":{}} ");

        assertThat(object.keySet()).containsExactly("s", "t", "f", "n", "i", "big", "d", "e", "a", "o");
        assertThat(object.get("s")).isEqualTo("a\"\\/\b\f\n\r\té😀");
        assertThat(object.get("t")).isEqualTo(true);
        assertThat(object.get("f")).isEqualTo(false);
        assertThat(object.get("n")).isNull();
        assertThat(object.get("i")).isEqualTo(-12L);
        assertThat(object.get("big")).isEqualTo(new BigInteger("123456789012345678901"));
        assertThat(object.get("d")).isEqualTo(new BigDecimal("1.50"));
        assertThat(object.get("e")).isEqualTo(new BigDecimal("-2E-3"));
        assertThat(object.get("a")).isEqualTo(List.of(1L, List.of(), Map.of()));
        assertThat(object.get("o")).isEqualTo(Map.of());
    }

    @Test
    void theLargestLongStaysALongAndOneMoreBecomesABigInteger() {
        assertThat(JsonParser.parseObject("{\"a\":9223372036854775807,\"b\":9223372036854775808,"
                + "\"c\":-9223372036854775808}"))
                .containsExactly(Map.entry("a", Long.MAX_VALUE), Map.entry("b", new BigInteger("9223372036854775808")),
                        Map.entry("c", Long.MIN_VALUE));
    }

    @Test
    void whatIsReadCannotBeChanged() {
        Map<String, Object> object = JsonParser.parseObject("{\"a\":[1]}");

        assertThatThrownBy(() -> object.put("b", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) object.get("a")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                          | expected a JSON object at line 1, column 1",
        "`{\"a\":`                 | unexpected end of text at line 1, column 6",
        "`[]`                        | expected a JSON object at line 1, column 1",
        "`{`                         | expected a field name in quotes at line 1, column 2",
        "`{\"a\":1,}`                | expected a field name in quotes at line 1, column 8",
        "`{\"a\" 1}`                 | expected ':' at line 1, column 6",
        "`{\"a\":1 \"b\":2}`         | expected ',' or '}' at line 1, column 8",
        "`{\"a\":[1 2]}`             | expected ',' or ']' at line 1, column 9",
        "`{\"a\":01}`                | expected ',' or '}' at line 1, column 7",
        "`{\"a\":1.}`                | a number needs digits after its decimal point at line 1, column 8",
        "`{\"a\":1e}`                | a number needs digits in its exponent at line 1, column 8",
        "`{\"a\":-}`                 | a number needs digits at line 1, column 7",
        "`{\"a\":+1}`                | unexpected character '+' at line 1, column 6",
        "`{\"a\":tru}`               | unexpected character 't' at line 1, column 6",
        "`{\"a\":\"x}`               | unterminated string at line 1, column 9",
        "`{\"a\":\"\\x\"}`           | unknown escape '\\x' at line 1, column 8",
        "`{\"a\":\"\\u12\"}`         | a \\u escape needs four hex digits at line 1, column 11",
        "`{\"a\":1}x`                | unexpected text after the JSON object at line 1, column 8",
        "`{\"a\":1,\"a\":2}`         | the field \"a\" appears twice in one object at line 1, column 8",
    })
    void invalidTextIsRefusedNamingTheLineAndColumn(String text, String problem) {
        assertThatThrownBy(() -> JsonParser.parseObject(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not valid JSON: " + problem);
    }

    @Test
    void aRawControlCharacterInAStringIsRefused() {
        assertThatThrownBy(() -> JsonParser.parseObject("{\"a\":\"x\ny\"}"))
                .hasMessage("not valid JSON: a control character must be escaped in a string at line 1, column 8");
    }

    @Test
    void linesAreCountedForTheMessage() {
        assertThatThrownBy(() -> JsonParser.parseObject("{\n\n  \"a\": nope\n}"))
                .hasMessage("not valid JSON: unexpected character 'n' at line 3, column 8");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThatThrownBy(() -> JsonParser.parseObject(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not valid JSON: nested more than 500 levels deep");
    }
}
