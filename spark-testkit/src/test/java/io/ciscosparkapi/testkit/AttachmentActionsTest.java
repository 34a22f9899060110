package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AttachmentActionsTest extends FakeSparkHttpTestBase {

    private static final Map<String, Object> CARD = Map.of(
            "contentType", "application/vnd.microsoft.card.adaptive",
            "content", Map.of("type", "AdaptiveCard", "version", "1.2", "body", List.of()));

    private HttpServer receiver;
    private String target;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        target = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private static String cardMessage(String token, String roomId) {
        Http.Resp r = say(token, Map.of("roomId", roomId, "text", "Approve?", "attachments", List.of(CARD)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.id();
    }

    private static Http.Resp submit(String token, String messageId, Object inputs) {
        return http.post(token, "attachment/actions", Map.of("type", "submit", "messageId", messageId, "inputs", inputs));
    }

    @Test
    void submittingACardAnswersTheActionWithItsInputsAndGetReadsItBack() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Cards");
        addMember(admin, roomId, bob.id());
        String messageId = cardMessage(admin, roomId);

        Http.Resp r = submit(bob.token(), messageId, Map.of("choice", "yes", "comment", "ship it"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.id()).isNotBlank();
        assertThat(r.str("type")).isEqualTo("submit");
        assertThat(r.str("messageId")).isEqualTo(messageId);
        assertThat(r.json().get("inputs").get("choice").asString()).isEqualTo("yes");
        assertThat(r.json().get("inputs").get("comment").asString()).isEqualTo("ship it");
        assertThat(r.str("personId")).isEqualTo(bob.id());
        assertThat(r.str("roomId")).isEqualTo(roomId);
        assertThat(r.str("created")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        Http.Resp got = http.get(admin, "attachment/actions/" + r.id());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(r.json());
    }

    @Test
    void anActionIsNotFoundForSomeoneWhoCannotSeeTheRoom() {
        String roomId = room(admin, "Private cards");
        String actionId = submit(admin, cardMessage(admin, roomId), Map.of("x", "1")).id();
        FakeUser outsider = spark.createUser("Outsider");
        assertThat(http.get(outsider.token(), "attachment/actions/" + actionId).status()).isEqualTo(404);
        assertThat(http.get(admin, "attachment/actions/" + roomId).status()).isEqualTo(404);
        http.delete(admin, "rooms/" + roomId);
        assertThat(http.get(admin, "attachment/actions/" + actionId).status()).isEqualTo(404);
    }

    @Test
    void onlyASubmitWithAMessageIdAndAnInputsObjectIsAccepted() {
        String messageId = cardMessage(admin, room(admin, "Checks"));
        assertThat(http.post(admin, "attachment/actions", Map.of("type", "cancel", "messageId", messageId,
                "inputs", Map.of())).status()).isEqualTo(400);
        assertThat(http.post(admin, "attachment/actions", Map.of("messageId", messageId, "inputs", Map.of()))
                .status()).isEqualTo(400);
        assertThat(http.post(admin, "attachment/actions", Map.of("type", "submit", "inputs", Map.of()))
                .status()).isEqualTo(400);
        assertThat(http.post(admin, "attachment/actions", Map.of("type", "submit", "messageId", messageId))
                .status()).isEqualTo(400);
        assertThat(submit(admin, messageId, List.of("not", "an", "object")).status()).isEqualTo(400);
        assertThat(submit(admin, messageId, "text").status()).isEqualTo(400);
    }

    @Test
    void aMessageWithoutACardCannotBeSubmitted() {
        String roomId = room(admin, "No card");
        String plain = say(admin, Map.of("roomId", roomId, "text", "just text")).id();
        String other = say(admin, Map.of("roomId", roomId, "text", "other", "attachments",
                List.of(Map.of("contentType", "application/json", "content", Map.of())))).id();
        assertThat(submit(admin, plain, Map.of()).status()).isEqualTo(400);
        assertThat(submit(admin, other, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void anUnknownOrInvisibleMessageIsNotFound() {
        String messageId = cardMessage(admin, room(admin, "Hidden"));
        FakeUser outsider = spark.createUser("Outsider");
        assertThat(submit(outsider.token(), messageId, Map.of()).status()).isEqualTo(404);
        assertThat(submit(admin, "Y2lzY29zcGFyazovL3VzL01FU1NBR0Uvbm9uZQ", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aSubmissionFiresAttachmentActionsWebhooksWithoutTheInputs() throws InterruptedException {
        FakeUser bot = spark.createBot("Approver");
        String roomId = room(admin, "Bot cards");
        addMember(admin, roomId, bot.id());
        String messageId = cardMessage(bot.token(), roomId);
        Http.Resp hook = http.post(bot.token(), "webhooks", Map.of("name", "Cards", "targetUrl", target,
                "resource", "attachmentActions", "event", "created", "filter", "messageId=" + messageId));
        assertThat(hook.status()).as(hook.toString()).isEqualTo(200);

        String actionId = submit(admin, messageId, Map.of("choice", "no")).id();

        List<WebhookDelivery> deliveries = spark.awaitDeliveries(1, Duration.ofSeconds(10));
        assertThat(deliveries).hasSize(1);
        JsonNode body = Http.JSON.readTree(deliveries.get(0).body());
        assertThat(body.get("resource").asString()).isEqualTo("attachmentActions");
        assertThat(body.get("event").asString()).isEqualTo("created");
        assertThat(body.get("actorId").asString()).isEqualTo(spark.admin().id());
        JsonNode data = body.get("data");
        assertThat(data.get("id").asString()).isEqualTo(actionId);
        assertThat(data.get("type").asString()).isEqualTo("submit");
        assertThat(data.get("messageId").asString()).isEqualTo(messageId);
        assertThat(data.get("personId").asString()).isEqualTo(spark.admin().id());
        assertThat(data.get("roomId").asString()).isEqualTo(roomId);
        assertThat(data.has("created")).isTrue();
        assertThat(data.has("inputs")).isFalse();
    }

    @Test
    void aWebhookFilteredOnAnotherMessageDoesNotFire() throws InterruptedException {
        String roomId = room(admin, "Filtered");
        String first = cardMessage(admin, roomId);
        String second = cardMessage(admin, roomId);
        http.post(admin, "webhooks", Map.of("name", "First only", "targetUrl", target,
                "resource", "attachmentActions", "event", "created", "filter", "messageId=" + first));
        submit(admin, second, Map.of());
        submit(admin, first, Map.of());
        List<WebhookDelivery> deliveries = spark.awaitDeliveries(1, Duration.ofSeconds(10));
        assertThat(deliveries).hasSize(1);
        assertThat(Http.JSON.readTree(deliveries.get(0).body()).get("data").get("messageId").asString())
                .isEqualTo(first);
    }

    @Test
    void aSubmissionIsRecordedAsAComplianceEventWithItsInputs() {
        String roomId = room(admin, "Audited cards");
        String actionId = submit(admin, cardMessage(admin, roomId), Map.of("choice", "yes")).id();
        List<JsonNode> events = http.get(admin, "events?resource=attachmentActions").items();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("type").asString()).isEqualTo("created");
        assertThat(events.get(0).get("data").get("id").asString()).isEqualTo(actionId);
        assertThat(events.get(0).get("data").get("inputs").get("choice").asString()).isEqualTo("yes");
    }
}
