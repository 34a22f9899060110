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
                + "\">Helper Bot</spark-mention> /help me</p>";

        assertThat(LeadingMention.strip("Helper Bot /help me", null, html, BOT, "Helper Bot")).isEqualTo("/help me");
    }

    @Test
    void htmlThatNamesThePersonByUuidCountsToo() {
        String html = "<p><spark-mention data-object-type=\"person\" data-object-id=\"" + UUID.toUpperCase()
                + "\">Help</spark-mention> /status</p>";

        assertThat(LeadingMention.strip("Help /status", null, html, BOT, "Helper Bot")).isEqualTo("/status");
    }

    @Test
    void theLabelOfAMarkdownMentionIsRemoved() {
        String markdown = "<@personId:" + BOT + "|Hal> /open the pod bay doors";

        assertThat(LeadingMention.strip("Hal /open the pod bay doors", markdown, null, BOT, "Helper Bot"))
                .isEqualTo("/open the pod bay doors");
    }

    @Test
    void withoutMarkupTheDisplayNameOrItsFirstWordIsRemoved() {
        assertThat(LeadingMention.strip("Helper Bot /help", null, null, BOT, "Helper Bot")).isEqualTo("/help");
        assertThat(LeadingMention.strip("Helper /help", null, null, BOT, "Helper Bot")).isEqualTo("/help");
        assertThat(LeadingMention.strip("helper bot: /help", null, null, BOT, "Helper Bot")).isEqualTo("/help");
    }

    @Test
    void aCommaOrColonAfterTheMentionGoesWithIt() {
        assertThat(LeadingMention.strip("Helper, /help", null, null, BOT, "Helper")).isEqualTo("/help");
        assertThat(LeadingMention.strip("  Helper:/help  ", null, null, BOT, "Helper")).isEqualTo("/help");
    }

    @Test
    void aWordThatOnlyStartsWithTheNameIsKept() {
        assertThat(LeadingMention.strip("Helpers unite", null, null, BOT, "Helper")).isEqualTo("Helpers unite");
    }

    @Test
    void aMentionLaterInTheTextIsKept() {
        assertThat(LeadingMention.strip(" thanks Helper ", null, null, BOT, "Helper")).isEqualTo("thanks Helper");
    }

    @Test
    void aMentionOfSomeoneElseAtTheStartIsKept() {
        String html = "<p><spark-mention data-object-type=\"person\" data-object-id=\"OTHER\">Bob</spark-mention>"
                + " /help</p>";

        assertThat(LeadingMention.strip("Bob /help", "<@personId:OTHER|Bob> /help", html, BOT, "Helper"))
                .isEqualTo("Bob /help");
    }

    @Test
    void escapedCharactersInTheHtmlNameAreRead() {
        String html = "<p><spark-mention data-object-id=\"" + BOT + "\">R&amp;D Bot</spark-mention> /build</p>";

        assertThat(LeadingMention.strip("R&D Bot /build", null, html, BOT, "Research")).isEqualTo("/build");
    }

    @Test
    void noTextIsEmpty() {
        assertThat(LeadingMention.strip(null, null, null, BOT, "Helper")).isEmpty();
    }
}
