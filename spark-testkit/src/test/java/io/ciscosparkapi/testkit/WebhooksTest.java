package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ciscosparkapi.testkit.internal.webhooks.Signer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhooksTest extends FakeSparkHttpTestBase {

    /** A delivery as the receiver saw it. */
    record Received(String signature, String contentType, byte[] body) {
    }

    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private String target;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Spark-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            int status = failuresToAnswer.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        target = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String webhook(String token, Map<String, Object> body) {
        Http.Resp r = http.post(token, "webhooks", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.id();
    }

    @Test
    void theSignerMatchesTheSpecTestVectors() {
        assertThat(Signer.sign("key", "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9");
        String body = "{\"id\":\"Y2lzY29zcGFyazovL3VzL1dFQkhPT0svNjY2NjY2NjYtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx\","
                + "\"resource\":\"messages\",\"event\":\"created\",\"data\":{\"id\":"
                + "\"Y2lzY29zcGFyazovL3VzL01FU1NBR0UvNDQ0NDQ0NDQtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx\"}}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(226);
        assertThat(Signer.sign("s3cr3t-example", body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("062ecff67ae5b54d35d8f8534282a5271dc9f1bb");
    }

    @Test
    void webhooksSupportCrudForTheirOwner() {
        FakeUser bob = spark.createUser("Bob");
        String id = webhook(admin, Map.of("name", "Hook", "targetUrl", target, "resource", "messages",
                "event", "created", "secret", "abc"));
        Http.Resp got = http.get(admin, "webhooks/" + id);
        assertThat(got.str("status")).isEqualTo("active");
        assertThat(got.str("secret")).isEqualTo("abc");
        assertThat(got.str("createdBy")).isEqualTo(spark.admin().id());
        assertThat(http.get(admin, "webhooks").itemIds()).containsExactly(id);
        assertThat(http.get(bob.token(), "webhooks").items()).isEmpty();
        assertThat(http.get(bob.token(), "webhooks/" + id).status()).isEqualTo(404);

        Http.Resp updated = http.put(admin, "webhooks/" + id, Map.of("name", "Renamed", "targetUrl", target,
                "resource", "rooms", "status", "inactive"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.str("name")).isEqualTo("Renamed");
        assertThat(updated.str("status")).isEqualTo("inactive");
        assertThat(updated.str("resource")).isEqualTo("messages");

        assertThat(http.delete(admin, "webhooks/" + id).status()).isEqualTo(204);
        assertThat(http.get(admin, "webhooks/" + id).status()).isEqualTo(404);
    }

    @Test
    void invalidResourceEventOrFilterCombinationsAreBadRequests() {
        String roomId = room(admin, "R");
        Map<String, Object> base = Map.of("name", "n", "targetUrl", target);
        assertThat(http.post(admin, "webhooks", with(base, "resource", "all", "event", "created")).status()).isEqualTo(400);
        assertThat(http.post(admin, "webhooks", with(base, "resource", "rooms", "event", "deleted")).status()).isEqualTo(400);
        assertThat(http.post(admin, "webhooks", with(base, "resource", "nope", "event", "created")).status()).isEqualTo(400);
        Http.Resp badFilter = http.post(admin, "webhooks", with(base, "resource", "rooms", "event", "created",
                "filter", "roomId=" + roomId));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.str("message")).contains("filter");
        assertThat(http.post(admin, "webhooks", with(base, "resource", "messages", "event", "created",
                "filter", "roomId=" + roomId + "&hasFiles=true")).status()).isEqualTo(200);
        assertThat(http.post(admin, "webhooks", with(base, "resource", "all", "event", "all")).status()).isEqualTo(200);
        assertThat(http.post(admin, "webhooks", Map.of("name", "n", "targetUrl", "not a url", "resource", "messages",
                "event", "created")).status()).isEqualTo(400);
    }

    @Test
    void aFilterOnARoomTheCallerCannotSeeIsABadRequest() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Hidden");
        assertThat(http.post(bob.token(), "webhooks", Map.of("name", "n", "targetUrl", target, "resource", "messages",
                "event", "created", "filter", "roomId=" + roomId)).status()).isEqualTo(400);
    }

    @Test
    void aMatchingMessageIsDeliveredWithAValidSignatureAndNoText() throws Exception {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Hooked");
        addMember(admin, roomId, bob.id());
        String hookId = webhook(admin, Map.of("name", "New messages", "targetUrl", target, "resource", "messages",
                "event", "created", "filter", "roomId=" + roomId, "secret", "s3cr3t-example"));
        String messageId = say(bob.token(), Map.of("roomId", roomId, "text", "secret words")).id();

        Received r = received.poll(10, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.signature()).isEqualTo(Signer.sign("s3cr3t-example", r.body()));
        JsonNode payload = Http.JSON.readTree(r.body());
        assertThat(payload.get("id").asString()).isEqualTo(hookId);
        assertThat(payload.get("resource").asString()).isEqualTo("messages");
        assertThat(payload.get("event").asString()).isEqualTo("created");
        assertThat(payload.get("filter").asString()).isEqualTo("roomId=" + roomId);
        assertThat(payload.get("actorId").asString()).isEqualTo(bob.id());
        assertThat(payload.get("data").get("id").asString()).isEqualTo(messageId);
        assertThat(payload.get("data").get("personEmail").asString()).isEqualTo(bob.email());
        assertThat(payload.get("data").has("text")).isFalse();

        List<WebhookDelivery> deliveries = spark.awaitDeliveries(1, Duration.ofSeconds(10));
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).succeeded()).isTrue();
        assertThat(deliveries.get(0).status()).isEqualTo(200);
        assertThat(deliveries.get(0).signature()).isEqualTo(r.signature());
        assertThat(deliveries.get(0).body()).isEqualTo(new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void nonMatchingEventsAreNotDeliveredAndUnsignedHooksCarryNoSignature() throws Exception {
        String watched = room(admin, "Watched");
        String other = room(admin, "Other");
        webhook(admin, Map.of("name", "n", "targetUrl", target, "resource", "messages", "event", "created",
                "filter", "roomId=" + watched));
        say(admin, Map.of("roomId", other, "text", "ignored"));
        say(admin, Map.of("roomId", watched, "text", "seen"));
        Received r = received.poll(10, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        assertThat(r.signature()).isNull();
        assertThat(Http.JSON.readTree(r.body()).get("data").get("roomId").asString()).isEqualTo(watched);
        assertThat(spark.awaitDeliveries(1, Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void membershipAndRoomEventsAreDelivered() throws Exception {
        FakeUser bob = spark.createUser("Bob");
        webhook(admin, Map.of("name", "all", "targetUrl", target, "resource", "all", "event", "all"));
        String roomId = room(admin, "Everything");
        addMember(admin, roomId, bob.id());
        List<WebhookDelivery> deliveries = spark.awaitDeliveries(3, Duration.ofSeconds(10));
        assertThat(deliveries).extracting(d -> {
            JsonNode p = Http.JSON.readTree(d.body());
            return p.get("resource").asString() + "/" + p.get("event").asString();
        }).containsExactly("rooms/created", "memberships/created", "memberships/created");
    }

    @Test
    void failedDeliveriesAreRetriedABoundedNumberOfTimes() throws Exception {
        failuresToAnswer.set(1);
        String roomId = room(admin, "Flaky");
        webhook(admin, Map.of("name", "n", "targetUrl", target, "resource", "messages", "event", "created"));
        say(admin, Map.of("roomId", roomId, "text", "retry me"));
        WebhookDelivery d = spark.awaitDeliveries(1, Duration.ofSeconds(10)).get(0);
        assertThat(d.succeeded()).isTrue();
        assertThat(d.attempts()).isEqualTo(2);

        failuresToAnswer.set(100);
        say(admin, Map.of("roomId", roomId, "text", "never arrives"));
        WebhookDelivery failed = spark.awaitDeliveries(2, Duration.ofSeconds(10)).get(1);
        assertThat(failed.finished()).isTrue();
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.status()).isEqualTo(500);
    }

    @Test
    void aWebhookThatKeepsFailingIsDisabledAndStopsFiringUntilReEnabled() throws Exception {
        try (FakeSpark strict = FakeSpark.builder().webhookAttempts(1)
                .webhookFailureLimit(2, Duration.ofMinutes(1)).build()) {
            Http h = new Http(strict.startHttp());
            String token = strict.admin().token();
            Http.Resp roomResp = h.post(token, "rooms", Map.of("title", "Doomed"));
            String roomId = roomResp.id();
            failuresToAnswer.set(100);
            Http.Resp hook = h.post(token, "webhooks",
                    Map.of("name", "n", "targetUrl", target, "resource", "messages", "event", "created"));
            h.post(token, "messages", Map.of("roomId", roomId, "text", "one"));
            strict.awaitDeliveries(1, Duration.ofSeconds(10));
            h.post(token, "messages", Map.of("roomId", roomId, "text", "two"));
            assertThat(strict.awaitDeliveries(2, Duration.ofSeconds(10))).allMatch(d -> d.finished() && !d.succeeded());
            assertThat(h.get(token, "webhooks/" + hook.id()).str("status")).isEqualTo("inactive");

            h.post(token, "messages", Map.of("roomId", roomId, "text", "three"));
            assertThat(strict.deliveries()).hasSize(2);

            Http.Resp enabled = h.put(token, "webhooks/" + hook.id(),
                    Map.of("name", "n", "targetUrl", target, "status", "active"));
            assertThat(enabled.str("status")).isEqualTo("active");
            failuresToAnswer.set(0);
            h.post(token, "messages", Map.of("roomId", roomId, "text", "four"));
            assertThat(strict.awaitDeliveries(3, Duration.ofSeconds(10)).get(2).succeeded()).isTrue();
        }
    }

    @Test
    void failuresThatFallOutOfTheWindowOnTheFakesClockDoNotDisableAWebhook() throws Exception {
        try (FakeSpark strict = FakeSpark.builder().webhookAttempts(1)
                .webhookFailureLimit(2, Duration.ofMinutes(5)).build()) {
            Http h = new Http(strict.startHttp());
            String token = strict.admin().token();
            String roomId = h.post(token, "rooms", Map.of("title", "Flaky")).id();
            failuresToAnswer.set(100);
            String hook = h.post(token, "webhooks",
                    Map.of("name", "n", "targetUrl", target, "resource", "messages", "event", "created")).id();
            h.post(token, "messages", Map.of("roomId", roomId, "text", "one"));
            strict.awaitDeliveries(1, Duration.ofSeconds(10));
            strict.advanceClock(Duration.ofMinutes(6));
            h.post(token, "messages", Map.of("roomId", roomId, "text", "two"));
            assertThat(strict.awaitDeliveries(2, Duration.ofSeconds(10))).allMatch(d -> d.finished() && !d.succeeded());
            assertThat(h.get(token, "webhooks/" + hook).str("status")).isEqualTo("active");

            h.post(token, "messages", Map.of("roomId", roomId, "text", "three"));
            strict.awaitDeliveries(3, Duration.ofSeconds(10));
            assertThat(h.get(token, "webhooks/" + hook).str("status")).isEqualTo("inactive");
        }
    }

    @Test
    void botOwnedMessageWebhooksFireInGroupRoomsOnlyWhenTheBotIsMentioned() throws Exception {
        FakeUser bot = spark.createBot("Helper");
        String roomId = room(admin, "Bots");
        addMember(admin, roomId, bot.id());
        webhook(bot.token(), Map.of("name", "n", "targetUrl", target, "resource", "messages", "event", "created"));
        say(admin, Map.of("roomId", roomId, "text", "not for the bot"));
        String mention = say(admin, Map.of("roomId", roomId, "markdown", "<@personId:" + bot.id() + "> hi")).id();
        Received r = received.poll(10, TimeUnit.SECONDS);
        assertThat(Http.JSON.readTree(r.body()).get("data").get("id").asString()).isEqualTo(mention);
        assertThat(spark.awaitDeliveries(1, Duration.ofSeconds(10))).hasSize(1);
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
