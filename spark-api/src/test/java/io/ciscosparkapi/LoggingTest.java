package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** System.Logger routes to java.util.logging when no other backend is installed. */
class LoggingTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private final Logger logger = Logger.getLogger("io.ciscosparkapi");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @AfterEach
    void release() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }

    @Test
    void eachRequestAndItsOutcomeIsLoggedAtDebugWithoutTheToken() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            api.session().get("people/me", Map.of());
        }
        assertThat(lines).anyMatch(l -> l.startsWith("FINE GET http://127.0.0.1:") && l.contains("/v1/people/me -> 200 in "));
        assertThat(lines).anyMatch(l -> l.startsWith("WARNING Rate limited by Spark"));
        assertThat(lines).anyMatch(l -> l.contains("Transport chosen: jdk"));
        assertThat(String.join("\n", lines)).doesNotContain(WireMockSpark.TOKEN);
    }
}
