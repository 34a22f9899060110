package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spec §1.11: a bot in a group room sees only the messages that mention it (and its own), in a
 * direct room everything; what it may not see is answered as if it did not exist, however it is
 * asked for.
 */
class BotRulesTest extends FakeSparkHttpTestBase {

    private FakeUser bot;
    private String roomId;
    private String plain;
    private String mention;

    @BeforeEach
    void aBotInAGroupRoom() {
        bot = spark.createBot("Helper");
        roomId = room(admin, "Bots");
        addMember(admin, roomId, bot.id());
        plain = say(admin, Map.of("roomId", roomId, "text", "not for the bot")).id();
        mention = say(admin, Map.of("roomId", roomId, "markdown", "<@personId:" + bot.id() + "> help")).id();
    }

    @Test
    void aBotSeesTheMessagesThatMentionItAndItsOwn() {
        String own = say(bot.token(), Map.of("roomId", roomId, "text", "at your service")).id();
        assertThat(http.get(bot.token(), "messages/" + mention).status()).isEqualTo(200);
        assertThat(http.get(bot.token(), "messages/" + own).status()).isEqualTo(200);
        assertThat(http.get(bot.token(), "messages/" + plain).status()).isEqualTo(404);
        assertThat(http.get(bot.token(), "messages?roomId=" + roomId + "&mentionedPeople=me").itemIds())
                .containsExactly(mention);
    }

    @Test
    void aBotCannotDownloadTheFileOfAMessageThatDoesNotMentionIt() {
        String unseen = upload("no mention");
        String seen = upload("<@personId:" + bot.id() + "> the file");
        assertThat(http.get(admin, unseen).status()).isEqualTo(200);
        assertThat(http.get(bot.token(), unseen).status()).isEqualTo(404);
        assertThat(http.get(bot.token(), seen).status()).isEqualTo(200);
    }

    @Test
    void aFileIsGoneWithItsMessage() {
        String url = upload("short-lived");
        String messageId = http.get(admin, "messages?roomId=" + roomId + "&max=1").itemIds().get(0);
        assertThat(http.delete(admin, "messages/" + messageId).status()).isEqualTo(204);
        assertThat(http.get(admin, url).status()).isEqualTo(404);
    }

    @Test
    void aMessageTheBotCannotSeeCannotBeItsPagingCursorOrItsThreadParent() {
        assertThat(http.get(bot.token(), "messages?roomId=" + roomId + "&mentionedPeople=me&beforeMessage=" + plain)
                .status()).isEqualTo(400);
        assertThat(http.get(bot.token(), "messages?roomId=" + roomId + "&mentionedPeople=me&beforeMessage=" + mention)
                .status()).isEqualTo(200);
        assertThat(say(bot.token(), Map.of("roomId", roomId, "parentId", plain, "text", "re")).status()).isEqualTo(404);
        assertThat(say(bot.token(), Map.of("roomId", roomId, "parentId", mention, "text", "re")).status())
                .isEqualTo(200);
    }

    @Test
    void inADirectRoomABotSeesEverything() {
        String direct = say(admin, Map.of("toPersonId", bot.id(), "text", "no mention needed")).id();
        String directRoom = http.get(admin, "messages/" + direct).str("roomId");
        assertThat(http.get(bot.token(), "messages/" + direct).status()).isEqualTo(200);
        assertThat(http.get(bot.token(), "messages?roomId=" + directRoom).itemIds()).containsExactly(direct);
    }

    /** Posts a file in the group room as the admin and returns its content URL. */
    private String upload(String markdown) {
        String boundary = "----botboundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n" + roomId + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"markdown\"\r\n\r\n" + markdown + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nsecret\r\n--" + boundary + "--\r\n");
        Http.Resp r = http.send("POST", admin, "messages", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("files").get(0).asString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
