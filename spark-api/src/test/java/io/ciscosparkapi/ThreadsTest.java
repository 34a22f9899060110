package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Message;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Threads: replies are listed and posted in the thread of the message they answer. */
class ThreadsTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private static final Message ROOT = new Message(Map.of("id", "ROOT", "roomId", "ROOM"));
    private static final Message REPLY = new Message(Map.of("id", "R1", "roomId", "ROOM", "parentId", "ROOT"));

    private static final String ANSWER = "{\"id\":\"R2\",\"roomId\":\"ROOM\",\"roomType\":\"group\",\"parentId\":\"ROOT\","
            + "\"text\":\"On it\",\"personId\":\"ME\",\"personEmail\":\"me@example.com\",\"created\":\"2026-12-01T10:00:00.000Z\"}";

    @Test
    void theRepliesOfAMessageAreListedWithItsRoomAndThread() {
        spark.stubFor(get(urlPathEqualTo("/v1/messages")).willReturn(okJson("{\"items\":[" + ANSWER + "]}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(api.messages().listReplies(ROOT).toList()).extracting(Message::id).containsExactly("R2");
            api.messages().listReplies(REPLY).toList();
            api.messages().listReplies("ROOM", "ROOT").toList();
        }
        assertThat(spark.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v1/messages")))).allSatisfy(r -> {
                    assertThat(r.queryParameter("roomId").firstValue()).isEqualTo("ROOM");
                    assertThat(r.queryParameter("parentId").firstValue()).isEqualTo("ROOT");
                }).hasSize(3);
    }

    @Test
    void aReplyGoesToTheMessagesRoomInItsThreadAndAReplyToAReplyJoinsTheSameThread() {
        spark.stubFor(post(urlPathEqualTo("/v1/messages")).willReturn(okJson(ANSWER)));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(api.messages().reply(ROOT, m -> m.text("On it")).parentId()).isEqualTo("ROOT");
            api.messages().reply(REPLY, m -> m.markdown("**me too**"));
        }
        spark.verify(postRequestedFor(urlPathEqualTo("/v1/messages"))
                .withRequestBody(equalToJson("{\"roomId\":\"ROOM\",\"parentId\":\"ROOT\",\"text\":\"On it\"}")));
        spark.verify(postRequestedFor(urlPathEqualTo("/v1/messages"))
                .withRequestBody(equalToJson("{\"roomId\":\"ROOM\",\"parentId\":\"ROOT\",\"markdown\":\"**me too**\"}")));
    }
}
