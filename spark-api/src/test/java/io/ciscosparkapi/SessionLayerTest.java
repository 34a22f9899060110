package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionLayerTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private static final String CONFLICT_BODY = """
            {"message":"Person is already a member of the room.",
             "errors":[{"description":"Person is already a member of the room."}],
             "trackingId":"ROUTER_5B0C2E1A"}""";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private CiscoSparkAPI api() {
        return WireMockSpark.client(spark, waits).build();
    }

    @Test
    void idsAreEncodedAsPathSegmentsNeverSplicedRaw() {
        spark.stubFor(get(urlEqualTo("/v1/rooms/a%2Fb%3Fc%20d")).willReturn(okJson(
                "{\"id\":\"a/b?c d\",\"title\":\"t\",\"type\":\"group\",\"isLocked\":false}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.rooms().get("a/b?c d").id()).isEqualTo("a/b?c d");
        }
    }

    @Test
    void rawBodiesAreWrittenAsJsonWithTimestampsEnumsModelsAndNestedValues() {
        spark.stubFor(post(urlPathEqualTo("/v1/raw")).willReturn(okJson("{\"ok\":true}")));
        Map<String, Object> nested = new java.util.LinkedHashMap<>();
        nested.put("when", java.time.Instant.parse("2026-11-30T10:15:30.123456Z"));
        nested.put("kind", io.ciscosparkapi.model.RoomType.GROUP);
        nested.put("none", null);
        nested.put("ratio", new java.math.BigDecimal("0.10"));
        nested.put("ids", new Object[] {1, 2L, "three"});
        nested.put("quote", "a \"quoted\"\nline ü");
        io.ciscosparkapi.model.Team team = new io.ciscosparkapi.model.Team(Map.of("id", "T1"));
        try (CiscoSparkAPI api = api()) {
            api.session().post("raw", Map.of("nested", nested, "team", List.of(team)));
        }
        spark.verify(postRequestedFor(urlPathEqualTo("/v1/raw"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("""
                        {"nested": {"when": "2026-11-30T10:15:30.123Z", "kind": "group", "none": null,
                                    "ratio": 0.10, "ids": [1, 2, "three"], "quote": "a \\"quoted\\"\\nline ü"},
                         "team": [{"id": "T1"}]}""")));
    }

    /** Not a JSON value: the SDK does not guess how to write an arbitrary object. */
    record Size(int width, int height) {
    }

    @Test
    void aBodyValueThatIsNotJsonIsRefusedBeforeAnythingIsSent() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.session().post("raw", Map.of("card", Map.of("size", new Size(1, 2)))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("body.card.size is a io.ciscosparkapi.SessionLayerTest$Size")
                    .hasMessageContaining("not a JSON value");
            assertThatThrownBy(() -> api.session().post("raw", Map.of("score", Double.NaN)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("body.score is NaN");
        }
        spark.verify(0, postRequestedFor(urlPathEqualTo("/v1/raw")));
    }

    @Test
    void errorAnswerBecomesSparkApiExceptionWithWhatSparkSaid() {
        spark.stubFor(post(urlPathEqualTo("/v1/memberships")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(CONFLICT_BODY)));
        try (CiscoSparkAPI api = api()) {
            SparkApiException e = catchThrowableOfType(SparkApiException.class,
                    () -> api.session().post("memberships", Map.of("roomId", "R", "personId", "P")));
            assertThat(e.statusCode()).isEqualTo(409);
            assertThat(e.serverMessage()).isEqualTo("Person is already a member of the room.");
            assertThat(e.errors()).containsExactly("Person is already a member of the room.");
            assertThat(e.trackingId()).isEqualTo("ROUTER_5B0C2E1A");
            assertThat(e.description()).contains("a person may not be added to a room more than once");
            assertThat(e.getMessage())
                    .startsWith("Response Code [409] - The request could not be processed because it conflicts")
                    .contains("ROUTER_5B0C2E1A")
                    .contains("POST http://127.0.0.1:" + spark.getPort() + "/v1/memberships");
        }
    }

    @Test
    void trackingIdFallsBackToTheResponseHeaderAndNonJsonBodiesAreTolerated() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withHeader("trackingid", "EDGE_1").withBody("<html>bad gateway</html>")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).retryPolicy(RetryPolicy.none()).build()) {
            SparkApiException e = catchThrowableOfType(SparkApiException.class, () -> api.session().get("people/me", Map.of()));
            assertThat(e.statusCode()).isEqualTo(502);
            assertThat(e.trackingId()).isEqualTo("EDGE_1");
            assertThat(e.serverMessage()).isNull();
            assertThat(e.responseBody()).contains("bad gateway");
        }
    }

    @Test
    void theTokenAppearsInNoExceptionMessage() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Invalid token\"}")));
        try (CiscoSparkAPI api = api()) {
            SparkApiException e = catchThrowableOfType(SparkApiException.class, () -> api.session().get("people/me", Map.of()));
            assertThat(e.getMessage()).doesNotContain(WireMockSpark.TOKEN);
            assertThat(e.toString()).doesNotContain(WireMockSpark.TOKEN);
            assertThat(e.requestUrl()).doesNotContain(WireMockSpark.TOKEN);
        }
    }

    @Test
    void rateLimitIsWaitedOutForRetryAfterSecondsThenTheRequestIsResent() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.session().get("people/me", Map.of())).containsEntry("id", "ME");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        spark.verify(2, getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    @Test
    void retryAfterZeroWaitsOneSecond() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = api()) {
            api.session().get("people/me", Map.of());
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void rateLimitWithoutRetryAfterWaitsFifteenSeconds() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = api()) {
            api.session().get("people/me", Map.of());
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(15));
    }

    @Test
    void garbageRetryAfterWaitsFifteenSeconds() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "rand(30),add(30)")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).waitOnRateLimit(false).build()) {
            SparkRateLimitException e = catchThrowableOfType(SparkRateLimitException.class,
                    () -> api.session().get("people/me", Map.of()));
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(15));
            assertThat(e.statusCode()).isEqualTo(429);
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void withWaitingOffTheRateLimitIsThrownWithRetryAfter() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "42")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).waitOnRateLimit(false).build()) {
            SparkRateLimitException e = catchThrowableOfType(SparkRateLimitException.class,
                    () -> api.session().get("people/me", Map.of()));
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42));
            assertThat(e.getMessage()).contains("Response Code [429]");
        }
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    @Test
    void totalRateLimitWaitIsCapped() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "20")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).maxRateLimitWait(Duration.ofSeconds(50)).build()) {
            assertThatThrownBy(() -> api.session().get("people/me", Map.of())).isInstanceOf(SparkRateLimitException.class);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
        spark.verify(3, getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    @Test
    void rateLimitedPostIsResentBecauseSparkDidNotProcessIt() {
        spark.stubFor(post(urlPathEqualTo("/v1/rooms")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
        spark.stubFor(post(urlPathEqualTo("/v1/rooms")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"R\",\"title\":\"t\",\"type\":\"group\",\"isLocked\":false}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.rooms().create("t").id()).isEqualTo("R");
        }
        spark.verify(2, postRequestedFor(urlPathEqualTo("/v1/rooms")));
    }

    @Test
    void getIsRetriedAfterA503WithCappedBackoff() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("again"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("5xx").whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("5xx").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits)
                .retryPolicy(RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(150)).build()).build()) {
            assertThat(api.session().get("people/me", Map.of())).containsEntry("id", "ME");
        }
        // jitter 0.5 of [cap/2, cap]: 100 ms cap -> 75 ms; then the 150 ms cap -> 112 ms
        assertThat(waits).containsExactly(Duration.ofMillis(75), Duration.ofMillis(112));
    }

    @Test
    void retriesStopAfterMaxRetriesAndTheLastErrorIsThrown() {
        spark.stubFor(delete(urlPathEqualTo("/v1/rooms/R")).willReturn(aResponse().withStatus(503)));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits)
                .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(10)).build()).build()) {
            SparkApiException e = catchThrowableOfType(SparkApiException.class, () -> api.rooms().delete("R"));
            assertThat(e.statusCode()).isEqualTo(503);
        }
        spark.verify(3, deleteRequestedFor(urlPathEqualTo("/v1/rooms/R")));
    }

    @Test
    void postIsNeverResentAfterA5xx() {
        spark.stubFor(post(urlPathEqualTo("/v1/messages")).willReturn(aResponse().withStatus(503)));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.session().post("messages", Map.of("roomId", "R", "text", "hi")))
                    .isInstanceOf(SparkApiException.class);
        }
        spark.verify(1, postRequestedFor(urlPathEqualTo("/v1/messages")));
        assertThat(waits).isEmpty();
    }

    @Test
    void conflictIsNeverRetried() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withStatus(409)));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.session().get("people/me", Map.of())).isInstanceOf(SparkApiException.class);
        }
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    @Test
    void getIsRetriedAfterTheConnectionIsReset() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.session().get("people/me", Map.of())).containsEntry("id", "ME");
        }
        assertThat(waits).hasSize(1);
    }

    @Test
    void postThatMayHaveReachedSparkIsNotResentAfterAnIoError() {
        spark.stubFor(post(urlPathEqualTo("/v1/messages")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.session().post("messages", Map.of("roomId", "R", "text", "hi")))
                    .isInstanceOf(SparkTransportException.class)
                    .hasMessageContaining("POST")
                    .hasMessageNotContaining(WireMockSpark.TOKEN);
        }
        spark.verify(1, postRequestedFor(urlPathEqualTo("/v1/messages")));
    }

    @Test
    void refusedConnectionIsATransportException() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        try (CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").transport("jdk")
                .baseUrl("http://127.0.0.1:" + closedPort + "/v1/").retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> api.session().get("people/me", Map.of())).isInstanceOf(SparkTransportException.class);
        }
    }

    @Test
    void parsedObjectsKeepEveryJsonTypeAndAreDeeplyImmutable() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson(
                "{\"id\":\"ME\",\"n\":3,\"big\":12345678901,\"f\":1.5,\"ok\":true,\"none\":null,"
                        + "\"list\":[1,\"two\",{\"three\":3}],\"obj\":{\"a\":[]}}")));
        try (CiscoSparkAPI api = api()) {
            Map<String, Object> me = api.session().get("people/me", Map.of());
            assertThat(me).containsEntry("n", 3).containsEntry("big", 12345678901L).containsEntry("f", 1.5)
                    .containsEntry("ok", true).containsEntry("none", null);
            assertThat(me.keySet()).containsExactly("id", "n", "big", "f", "ok", "none", "list", "obj");
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) me.get("list");
            assertThat(list).containsExactly(1, "two", Map.of("three", 3));
            assertThatThrownBy(() -> me.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.clear()).isInstanceOf(UnsupportedOperationException.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) me.get("obj");
            assertThatThrownBy(() -> nested.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void malformedJsonIsASparkExceptionNotAnApiError() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\": ")));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.session().get("people/me", Map.of()))
                    .isExactlyInstanceOf(SparkException.class).hasMessageContaining("Malformed response");
        }
    }

    @Test
    void unexpectedSuccessCodeIsAnError() {
        spark.stubFor(post(urlPathEqualTo("/v1/rooms")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"R\"}")));
        try (CiscoSparkAPI api = api()) {
            SparkApiException e = catchThrowableOfType(SparkApiException.class, () -> api.rooms().create("t"));
            assertThat(e.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void strictModelsFailOnAFieldTheModelDoesNotKnow() {
        spark.stubFor(get(urlPathEqualTo("/v1/rooms/R")).willReturn(okJson(
                "{\"id\":\"R\",\"title\":\"t\",\"type\":\"group\",\"isLocked\":false,\"brandNewField\":1}")));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.rooms().get("R")).isInstanceOf(SparkException.class)
                    .hasMessageContaining("brandNewField");
        }
        try (CiscoSparkAPI lenient = WireMockSpark.client(spark, waits).strictModels(false).build()) {
            assertThat(lenient.rooms().get("R").get("brandNewField")).isEqualTo(1);
        }
    }
}
