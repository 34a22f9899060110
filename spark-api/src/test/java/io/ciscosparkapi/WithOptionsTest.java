package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A view of a client changes some settings and shares the rest. */
class WithOptionsTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Test
    void aViewsHeadersGoWithItsCallsOnly() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            api.withOptions(o -> o.header("X-Request-Source", "nightly-report")).people().me();
            api.people().me();
        }
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/people/me"))
                .withHeader("X-Request-Source", equalTo("nightly-report"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockSpark.TOKEN)));
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/people/me")).withHeader("X-Request-Source", absent()));
    }

    @Test
    void aViewsTimeoutAppliesToItsCallsOnly() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")
                .withFixedDelay(600)));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> api.withOptions(o -> o.timeout(Duration.ofMillis(100))).people().me())
                    .isInstanceOf(SparkTransportException.class);
            assertThat(api.people().me().id()).isEqualTo("ME");
        }
    }

    @Test
    void aViewsRetryPolicyAndRateLimitWaitingApplyToItsCallsOnly() {
        spark.stubFor(get(urlPathEqualTo("/v1/rooms/R")).willReturn(aResponse().withStatus(503)));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).maxRateLimitWait(Duration.ofSeconds(10)).build()) {
            CiscoSparkAPI impatient = api.withOptions(o -> o.retryPolicy(RetryPolicy.none()).waitOnRateLimit(false));
            assertThatThrownBy(() -> impatient.rooms().get("R")).isInstanceOf(SparkApiException.class);
            assertThat(waits).isEmpty();
            assertThatThrownBy(() -> impatient.people().me()).isInstanceOf(SparkRateLimitException.class);
            assertThat(waits).isEmpty();
            assertThatThrownBy(() -> api.rooms().get("R")).isInstanceOf(SparkApiException.class);
            assertThat(waits).hasSize(RetryPolicy.defaults().maxRetries());
        }
        spark.verify(1 + 1 + RetryPolicy.defaults().maxRetries(), getRequestedFor(urlPathEqualTo("/v1/rooms/R")));
    }

    @Test
    void theTokenCannotBeChangedThroughAView() {
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThatThrownBy(() -> api.withOptions(o -> o.header("authorization", "Bearer other")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authorization");
            assertThatThrownBy(() -> api.withOptions(o -> o.header("X-Evil", "a\r\nAuthorization: Bearer x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        }
    }

    @Test
    void aViewIsClosedWithItsClientAndClosingTheViewLeavesTheClientOpen() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        CiscoSparkAPI api = WireMockSpark.client(spark);
        CiscoSparkAPI view = api.withOptions(o -> o.timeout(Duration.ofSeconds(5)));
        view.close();
        assertThat(api.people().me().id()).isEqualTo("ME");
        assertThat(view.people().me().id()).isEqualTo("ME");
        api.close();
        assertThatThrownBy(() -> view.people().me()).isInstanceOf(SparkException.class).hasMessageContaining("closed");
    }
}
