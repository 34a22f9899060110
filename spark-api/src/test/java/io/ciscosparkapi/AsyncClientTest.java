package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async client runs the same calls as the blocking one, without a thread waiting. */
class AsyncClientTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anAsyncCallCompletesWithWhatTheBlockingCallReturns() throws Exception {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\",\"n\":1}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(await(api.async().session().get("people/me", Map.of()))).containsEntry("id", "ME");
        }
    }

    @Test
    void anAsyncCallFailsWithTheSameExceptionAsTheBlockingCall() {
        spark.stubFor(get(urlPathEqualTo("/v1/rooms/R")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"The requested resource could not be found.\"}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThatThrownBy(() -> await(api.async().session().get("rooms/R", Map.of())))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(SparkApiException.class)
                    .satisfies(e -> assertThat(((SparkApiException) e).statusCode()).isEqualTo(404));
        }
    }

    @Test
    void rateLimitsAndRetriesAreWaitedOutAsTheBlockingClientDoes() throws Exception {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("busy"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("s").whenScenarioStateIs("busy")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).build()) {
            assertThat(await(api.async().session().get("people/me", Map.of()))).containsEntry("id", "ME");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(375));
    }

    @Test
    void aRetryIsScheduledOnTheClientsTimer() throws Exception {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").baseUrl(WireMockSpark.baseUrl(spark))
                .transport("jdk").retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(20)).build())
                .build()) {
            assertThat(await(api.async().session().get("people/me", Map.of()))).containsEntry("id", "ME");
        }
        spark.verify(2, getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    @Test
    void cancellingAFutureAbortsItsExchangeAndFreesTheConnection() throws Exception {
        CountDownLatch accepted = new CountDownLatch(1);
        CountDownLatch dropped = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try (Socket connection = server.accept(); InputStream in = connection.getInputStream()) {
                    accepted.countDown();
                    byte[] buffer = new byte[4096];
                    while (in.read(buffer) >= 0) {
                        // never answers; reads until the client gives the connection up
                    }
                    dropped.countDown();
                } catch (IOException e) {
                    dropped.countDown();
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").transport("jdk")
                    .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1/").build()) {
                CompletableFuture<Map<String, Object>> call = api.async().session().get("people/me", Map.of());
                assertThat(accepted.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(call.cancel(true)).isTrue();
                assertThat(dropped.await(10, TimeUnit.SECONDS)).as("the connection is closed once the call is cancelled")
                        .isTrue();
                assertThat(call).isCancelled();
            }
        }
    }

    @Test
    void closingTheClientFailsTheCallsInFlight() throws Exception {
        try (ScriptedServer server = new ScriptedServer((request, out) -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        })) {
            CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").transport("jdk").baseUrl(server.baseUrl()).build();
            CompletableFuture<Map<String, Object>> call = api.async().session().get("people/me", Map.of());
            api.close();
            assertThatThrownBy(() -> await(call)).cause().isInstanceOf(SparkException.class)
                    .hasMessageContaining("closed");
            assertThatThrownBy(() -> await(api.async().session().get("people/me", Map.of()))).cause()
                    .isInstanceOf(SparkException.class).hasMessageContaining("closed");
        }
    }

    private static void stubPages(int pages, int perPage) {
        for (int p = 1; p <= pages; p++) {
            StringBuilder items = new StringBuilder("{\"items\":[");
            for (int i = 0; i < perPage; i++) {
                items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(p).append('.').append(i).append("\"}");
            }
            items.append("]}");
            var answer = okJson(items.toString());
            if (p < pages) {
                answer = answer.withHeader("Link", "<" + WireMockSpark.baseUrl(spark) + "rooms?page=" + (p + 1)
                        + ">; rel=\"next\"");
            }
            spark.stubFor(get(urlEqualTo(p == 1 ? "/v1/rooms" : "/v1/rooms?page=" + p)).willReturn(answer));
        }
    }

    @Test
    void aListingIsWalkedPageByPageWithForEachToListAndFirst() throws Exception {
        stubPages(3, 2);
        spark.stubFor(get(urlEqualTo("/v1/rooms?max=3")).willReturn(okJson("{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            AsyncPagedIterable<Map<String, Object>> rooms = api.async().session().getItems("rooms", Map.of());
            List<Object> seen = new CopyOnWriteArrayList<>();
            await(rooms.forEach(r -> seen.add(r.get("id"))));
            assertThat(seen).containsExactly("1.0", "1.1", "2.0", "2.1", "3.0", "3.1");
            assertThat(await(rooms.toList())).hasSize(6);
            assertThat(await(rooms.first(3))).extracting(r -> r.get("id")).containsExactly("a", "b", "c");
        }
    }

    /** Takes one item at a time, and records how many pages had been requested when each came. */
    static final class SlowSubscriber<T> implements Flow.Subscriber<T> {
        final List<Integer> pagesRequestedAtEachItem = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);
        volatile Throwable error;
        Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(T item) {
            pagesRequestedAtEachItem.add(spark.findAll(getRequestedFor(urlPathEqualTo("/v1/rooms"))).size());
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
            done.countDown();
        }

        @Override
        public void onComplete() {
            done.countDown();
        }
    }

    @Test
    void aSlowSubscriberNeverHasMoreThanOnePageFetchedAhead() throws Exception {
        stubPages(5, 3);
        SlowSubscriber<Map<String, Object>> subscriber = new SlowSubscriber<>();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            api.async().session().getItems("rooms", Map.of()).publisher().subscribe(subscriber);
            assertThat(subscriber.done.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(subscriber.error).isNull();
        List<Integer> expected = new ArrayList<>();
        for (int item = 0; item < 15; item++) {
            expected.add(item / 3 + 1); // item n of page p arrives with exactly p pages requested
        }
        assertThat(subscriber.pagesRequestedAtEachItem).isEqualTo(expected);
    }

    @Test
    void nothingIsRequestedBeforeTheSubscriberAsksAndPagesComeOnePerRequest() throws Exception {
        stubPages(3, 2);
        List<Page<Map<String, Object>>> pages = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Flow.Subscription[] held = new Flow.Subscription[1];
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            api.async().session().getItems("rooms", Map.of()).pages().subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    held[0] = subscription;
                }

                @Override
                public void onNext(Page<Map<String, Object>> page) {
                    pages.add(page);
                    first.countDown();
                }

                @Override
                public void onError(Throwable throwable) {
                }

                @Override
                public void onComplete() {
                }
            });
            spark.verify(0, getRequestedFor(urlPathEqualTo("/v1/rooms")));
            held[0].request(1);
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(pages).hasSize(1);
            assertThat(pages.get(0).nextLink()).isPresent();
            spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/rooms")));
            held[0].cancel();
        }
    }

    @Test
    void aRequestForNothingFailsTheSubscription() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        Throwable[] error = new Throwable[1];
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            api.async().session().getItems("rooms", Map.of()).publisher().subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(0);
                }

                @Override
                public void onNext(Map<String, Object> item) {
                }

                @Override
                public void onError(Throwable throwable) {
                    error[0] = throwable;
                    failed.countDown();
                }

                @Override
                public void onComplete() {
                }
            });
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(error[0]).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorMidListingReachesTheFutureAndTheSubscriber() throws Exception {
        spark.stubFor(get(urlEqualTo("/v1/rooms")).willReturn(okJson("{\"items\":[{\"id\":\"1\"}]}")
                .withHeader("Link", "<" + WireMockSpark.baseUrl(spark) + "rooms?page=2>; rel=\"next\"")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?page=2")).willReturn(aResponse().withStatus(403)));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            AsyncPagedIterable<Map<String, Object>> rooms = api.async().session().getItems("rooms", Map.of());
            assertThatThrownBy(() -> await(rooms.toList())).cause().isInstanceOf(SparkApiException.class);
            SlowSubscriber<Map<String, Object>> subscriber = new SlowSubscriber<>();
            rooms.publisher().subscribe(subscriber);
            assertThat(subscriber.done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(subscriber.error).isInstanceOf(SparkApiException.class);
        }
    }
}
