package io.ciscosparkapi.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LeadingMentionTest {

    private static final String UUID = "7e9b3c1a-0000-4bbb-8ccc-000000000001";
    private static final String BOT = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(("ciscospark://us/PEOPLE/" + UUID).getBytes(StandardCharsets.UTF_8));

    @Test
    void theNameTheHtmlGivesTheMentionIsRemoved() {
        String html = "<p><spark-mention data-object-type=\"person\" data-object-id=\"" + BOT
                + "\">Concierge Bot</spark-mention> /help me</p>";

        assertThat(LeadingMention.strip("Concierge Bot /help me", null, html, BOT, "Concierge Bot")).isEqualTo("/help me");
    }

    @Test
    void htmlThatNamesThePersonByUuidCountsToo() {
        String html = "<p><spark-mention data-object-type=\"person\" data-object-id=\"" + UUID.toUpperCase()
                + "\">Help</spark-mention> /status</p>";

        assertThat(LeadingMention.strip("Help /status", null, html, BOT, "Concierge Bot")).isEqualTo("/status");
    }

    @Test
    void theLabelOfAMarkdownMentionIsRemoved() {
        String markdown = "<@personId:" + BOT + "|Hal> /open the pod bay doors";

        assertThat(LeadingMention.strip("Hal /open the pod bay doors", markdown, null, BOT, "Concierge Bot"))
                .isEqualTo("/open the pod bay doors");
    }

    @Test
    void withoutMarkupTheDisplayNameOrItsFirstWordIsRemoved() {
        assertThat(LeadingMention.strip("Concierge Bot /help", null, null, BOT, "Concierge Bot")).isEqualTo("/help");
        assertThat(LeadingMention.strip("Concierge /help", null, null, BOT, "Concierge Bot")).isEqualTo("/help");
        assertThat(LeadingMention.strip("concierge bot: /help", null, null, BOT, "Concierge Bot")).isEqualTo("/help");
    }

    @Test
    void aCommaOrColonAfterTheMentionGoesWithIt() {
        assertThat(LeadingMention.strip("Concierge, /help", null, null, BOT, "Concierge")).isEqualTo("/help");
        assertThat(LeadingMention.strip("  Concierge:/help  ", null, null, BOT, "Concierge")).isEqualTo("/help");
    }

    @Test
    void aWordThatOnlyStartsWithTheNameIsKept() {
        assertThat(LeadingMention.strip("Concierges unite", null, null, BOT, "Concierge")).isEqualTo("Concierges unite");
    }

    @Test
    void aMentionLaterInTheTextIsKept() {
        assertThat(LeadingMention.strip(" thanks Concierge ", null, null, BOT, "Concierge")).isEqualTo("thanks Concierge");
    }

    @Test
    void aMentionOfSomeoneElseAtTheStartIsKept() {
        String html = "<p><spark-mention data-object-type=\"person\" data-object-id=\"OTHER\">Bob</spark-mention>"
                + " /help</p>";

        assertThat(LeadingMention.strip("Bob /help", "<@personId:OTHER|Bob> /help", html, BOT, "Concierge"))
                .isEqualTo("Bob /help");
    }

    @Test
    void escapedCharactersInTheHtmlNameAreRead() {
        String html = "<p><spark-mention data-object-id=\"" + BOT + "\">R&amp;D Bot</spark-mention> /build</p>";

        assertThat(LeadingMention.strip("R&D Bot /build", null, html, BOT, "Research")).isEqualTo("/build");
    }

    @Test
    void noTextIsEmpty() {
        assertThat(LeadingMention.strip(null, null, null, BOT, "Concierge")).isEmpty();
    }
}
