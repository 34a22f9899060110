package io.ciscosparkapi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RoomBookingBotTest {

    @Test
    void theBotAnswersEveryCommandAndConfirmsTheSubmittedFormOnTheFake() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RoomBookingBot.runOnTheFake(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().skip(1)).containsExactly(
                "Booker: Hi! I book rooms. Try /help",
                "Alice:  @Booker /help",
                "Booker: Try /echo <text> or /book",
                "Alice:  @Booker /echo hello there",
                "Booker: hello there",
                "Alice:  @Booker /book",
                "Booker: Book a room  [a card with inputs name, people and room]",
                "Alice:  [submits the card: name Alice, people 4, room red]",
                "Booker: Booked red for 4, Alice",
                "Bot example complete.");
    }
}
