package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Interceptors see every attempt, may add headers, never see the token, and fail loudly. */
class InterceptorsTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private static final String ME = "{\"id\":\"ME\"}";

    /** Records what it is shown, as text, in the order it is shown. */
    static final class Recorder implements SparkInterceptor {
        final String name;
        final List<String> seen;

        Recorder(String name, List<String> seen) {
            this.name = name;
            this.seen = seen;
        }

        @Override
        public void beforeAttempt(Attempt attempt) {
            seen.add(name + " before #" + attempt.number() + " " + attempt.method() + " " + attempt.uri().getPath());
        }

        @Override
        public void afterAttempt(Attempt attempt) {
            seen.add(name + " after #" + attempt.number() + " " + attempt.status().orElse(-1) + " "
                    + attempt.failure().map(f -> f.getClass().getSimpleName()).orElse("-"));
        }
    }

    @Test
    void everyAttemptIsSeenBeforeAndAfterByEachInterceptorInOrder() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("r").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("r").whenScenarioStateIs("ok")
                .willReturn(okJson(ME)));
        List<String> seen = new CopyOnWriteArrayList<>();
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>())
                .interceptor(new Recorder("a", seen)).interceptor(new Recorder("b", seen)).build()) {
            api.people().me();
        }
        assertThat(seen).containsExactly(
                "a before #1 GET /v1/people/me", "b before #1 GET /v1/people/me",
                "a after #1 503 -", "b after #1 503 -",
                "a before #2 GET /v1/people/me", "b before #2 GET /v1/people/me",
                "a after #2 200 -", "b after #2 200 -");
    }

    @Test
    void interceptorsAddHeadersSeeTheTrackingIdAndNeverTheToken() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson(ME).withHeader("TrackingID", "ROUTER_1")));
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        SparkInterceptor tracing = new SparkInterceptor() {
            @Override
            public void beforeAttempt(Attempt attempt) {
                assertThat(attempt.headers().names()).doesNotContain("Authorization");
                assertThat(attempt.headers().toString()).doesNotContain(WireMockSpark.TOKEN);
                assertThat(attempt.trackingId()).startsWith("ciscosparkapi-java_");
                attempt.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            }

            @Override
            public void afterAttempt(Attempt attempt) {
                attempts.add(attempt);
            }
        };
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>()).interceptor(tracing).build()) {
            api.people().me();
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/people/me"))
                .withHeader("traceparent", equalTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockSpark.TOKEN)));
        Attempt done = attempts.get(0);
        assertThat(done.trackingId()).isEqualTo("ROUTER_1");
        assertThat(done.status()).hasValue(200);
        assertThat(done.duration()).isPositive();
        assertThat(done.headers().first("traceparent")).isPresent();
        assertThatThrownBy(() -> done.header("x-late", "1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInterceptorThatThrowsFailsTheCallNamingItAndNothingIsSent() {
        SparkInterceptor broken = new SparkInterceptor() {
            @Override
            public void beforeAttempt(Attempt attempt) {
                attempt.header("Authorization", "Bearer stolen");
            }
        };
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>()).interceptor(broken).build()) {
            assertThatThrownBy(() -> api.people().me()).isExactlyInstanceOf(SparkException.class)
                    .hasMessageContaining("The interceptor " + broken.getClass().getName() + " failed before GET")
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anInterceptorThatThrowsAfterTheAttemptFailsTheCallWithoutARetry() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson(ME)));
        SparkInterceptor broken = new SparkInterceptor() {
            @Override
            public void afterAttempt(Attempt attempt) {
                throw new IllegalStateException("metrics registry closed");
            }
        };
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>()).interceptor(broken).build()) {
            assertThatThrownBy(() -> api.people().me()).isExactlyInstanceOf(SparkException.class)
                    .hasMessageContaining("failed after GET").hasMessageContaining("metrics registry closed");
        }
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    /** A timer in the style of Micrometer's, fed by an interceptor: one sample per attempt. */
    static final class Timer {
        final List<String> samples = new CopyOnWriteArrayList<>();

        void record(Map<String, String> tags, Duration duration) {
            samples.add(tags + " " + (duration.isNegative() ? "negative" : "ok"));
        }
    }

    @Test
    void aMicrometerStyleTimerIsFedOneSamplePerAttempt() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson(ME)));
        Timer timer = new Timer();
        SparkInterceptor metrics = new SparkInterceptor() {
            @Override
            public void afterAttempt(Attempt attempt) {
                timer.record(Map.of("method", attempt.method(), "status", String.valueOf(attempt.status().orElse(-1)),
                        "attempt", String.valueOf(attempt.number())), attempt.duration());
            }
        };
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>()).interceptor(metrics).build()) {
            api.people().me();
            api.people().me();
        }
        assertThat(timer.samples).hasSize(2).allSatisfy(s -> assertThat(s).contains("status=200").endsWith(" ok"));
    }

    /** A span in the style of OpenTelemetry's: started before, ended after, its context propagated. */
    static final class Span {
        final String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        final Map<String, Object> attributes = new java.util.concurrent.ConcurrentHashMap<>();
        volatile boolean ended;
    }

    @Test
    void anOpenTelemetryStyleSpanCoversEachAttemptAndPropagatesItsContext() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson(ME).withHeader("TrackingID", "ROUTER_9")));
        List<Span> spans = new CopyOnWriteArrayList<>();
        SparkInterceptor tracing = new SparkInterceptor() {
            @Override
            public void beforeAttempt(Attempt attempt) {
                Span span = new Span();
                span.attributes.put("http.request.method", attempt.method());
                span.attributes.put("url.full", attempt.uri().toString());
                attempt.put(Span.class, span);
                attempt.header("traceparent", "00-" + span.traceId + "-00f067aa0ba902b7-01");
                spans.add(span);
            }

            @Override
            public void afterAttempt(Attempt attempt) {
                Span span = (Span) attempt.get(Span.class);
                attempt.status().ifPresent(s -> span.attributes.put("http.response.status_code", s));
                span.attributes.put("webex.tracking_id", attempt.trackingId());
                span.ended = true;
            }
        };
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>()).interceptor(tracing).build()) {
            api.people().me();
        }
        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.ended).isTrue();
            assertThat(span.attributes).containsEntry("http.response.status_code", 200)
                    .containsEntry("webex.tracking_id", "ROUTER_9");
        });
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/people/me"))
                .withHeader("traceparent", matching("00-4bf92f3577b34da6a3ce929d0e0e4736-.*")));
    }

    @Test
    void anAttemptThatFailsWithoutAnAnswerShowsItsFailureAndNoStatus() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        SparkInterceptor watcher = new SparkInterceptor() {
            @Override
            public void afterAttempt(Attempt attempt) {
                attempt.failure().ifPresent(failures::add);
                statuses.add(attempt.status().orElse(-1));
            }
        };
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>()).retryPolicy(RetryPolicy.none())
                .interceptor(watcher).build()) {
            assertThatThrownBy(() -> api.people().me()).isInstanceOf(SparkTransportException.class);
        }
        assertThat(failures).singleElement().isInstanceOf(IOException.class);
        assertThat(statuses).containsExactly(-1);
    }
}
