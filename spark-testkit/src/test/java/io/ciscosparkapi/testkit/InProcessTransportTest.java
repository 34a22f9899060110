package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InProcessTransportTest {

    private static final URI BASE = URI.create("https://api.ciscospark.com/v1/");

    private FakeSpark spark;
    private Transport transport;
    private String token;

    /** A fully read response. */
    record Answer(int status, String link, String retryAfter, String contentType, byte[] body) {
        JsonNode json() {
            return Http.JSON.readTree(body);
        }
    }

    @BeforeEach
    void setUp() {
        spark = FakeSpark.create();
        transport = spark.transport();
        token = spark.admin().token();
    }

    @AfterEach
    void tearDown() {
        transport.close();
        spark.close();
    }

    private Answer call(String method, String pathOrUrl, Object json) throws Exception {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : BASE.resolve(pathOrUrl);
        TransportRequest.Builder b = TransportRequest.builder(method, uri).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.body(RequestBody.of(Http.json(json), "application/json;charset=utf-8"));
        }
        try (TransportResponse r = transport.execute(b.build())) {
            return new Answer(r.status(), r.headers().first("Link").orElse(null),
                    r.headers().first("Retry-After").orElse(null), r.headers().first("Content-Type").orElse(null),
                    r.body().readAllBytes());
        }
    }

    @Test
    void theInProcessTransportFollowsTheSameRulesAsHttp() throws Exception {
        Answer created = call("POST", "rooms", Map.of("title", "Same rules"));
        assertThat(created.status()).isEqualTo(200);
        String roomId = created.json().get("id").asString();
        assertThat(call("POST", "memberships", Map.of("roomId", roomId, "personId", spark.admin().id())).status())
                .isEqualTo(409);
        assertThat(call("GET", "rooms/nope", null).status()).isEqualTo(404);
        assertThat(call("DELETE", "organizations/" + spark.admin().orgId(), null).status()).isEqualTo(405);
        Answer deleted = call("DELETE", "rooms/" + roomId, null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void itAnswersTheSameAsTheHttpServer() throws Exception {
        Http http = new Http(spark.startHttp());
        call("POST", "rooms", Map.of("title", "Shared state"));
        Http.Resp overHttp = http.get(token, "rooms");
        Answer inProcess = call("GET", "rooms", null);
        assertThat(inProcess.status()).isEqualTo(overHttp.status());
        assertThat(inProcess.json()).isEqualTo(overHttp.json());
        assertThat(call("GET", "people", null).json().get("items").size())
                .isEqualTo(http.get(token, "people").items().size());
    }

    @Test
    void nextLinksUseTheRequestsSchemeHostAndPort() throws Exception {
        Answer page = call("GET", "https://webexapis.com:8443/v1/roles?max=2", null);
        assertThat(page.link()).startsWith("<https://webexapis.com:8443/v1/roles?max=2&cursor=").endsWith(">; rel=\"next\"");
        String next = page.link().substring(1, page.link().indexOf('>'));
        assertThat(call("GET", next, null).json().get("items").size()).isEqualTo(2);
    }

    @Test
    void pathsOutsideV1AreNotFound() throws Exception {
        assertThat(call("GET", "https://api.ciscospark.com/v2/people/me", null).status()).isEqualTo(404);
    }

    @Test
    void aDroppedConnectionIsAnIOException() {
        spark.faults().dropConnection("GET", "people/me", 1);
        assertThatThrownBy(() -> call("GET", "people/me", null)).isInstanceOf(IOException.class);
    }

    @Test
    void rateLimitsPassThroughUntouched() throws Exception {
        spark.faults().rateLimit("*", ".*", 1, "0");
        Answer r = call("GET", "people/me", null);
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.retryAfter()).isEqualTo("0");
    }

    @Test
    void aClosedTransportRefusesRequests() {
        transport.close();
        assertThatThrownBy(() -> call("GET", "people/me", null)).isInstanceOf(IOException.class);
    }

    @Test
    void streamedBodiesAreAccepted() throws Exception {
        byte[] json = "{\"title\":\"Streamed\"}".getBytes(StandardCharsets.UTF_8);
        TransportRequest request = TransportRequest.builder("POST", BASE.resolve("rooms"))
                .header("Authorization", "Bearer " + token)
                .body(RequestBody.ofStream(() -> new java.io.ByteArrayInputStream(json), -1, "application/json"))
                .build();
        try (TransportResponse r = transport.execute(request)) {
            assertThat(r.status()).isEqualTo(200);
        }
    }

    @Test
    void concurrentAddsOfTheSamePersonYieldExactlyOneSuccess() throws Exception {
        FakeUser bob = spark.createUser("Bob");
        String roomId = call("POST", "rooms", Map.of("title", "Race")).json().get("id").asString();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call("POST", "memberships", Map.of("roomId", roomId, "personId", bob.id())).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTestkitRegistersNoTransportProvider() throws IOException {
        assertThat(FakeSpark.class.getModule().getDescriptor().provides()).isEmpty();
        // The module's own resources only: the SDK's default transport, on the path since the
        // JUnit extension needs the SDK, does register one.
        try (var services = FakeSpark.class.getModule()
                .getResourceAsStream("META-INF/services/io.ciscosparkapi.transport.TransportProvider")) {
            assertThat(services).isNull();
        }
    }
}
