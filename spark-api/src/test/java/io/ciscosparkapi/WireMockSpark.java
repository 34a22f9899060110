package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test support: a WireMock server on 127.0.0.1 standing in for Spark, and clients pointed at it
 * that record their waits instead of sleeping.
 */
final class WireMockSpark {

    static final String TOKEN = "test-token-5d41402abc4b2a76b9719d911017c592";

    private WireMockSpark() {
    }

    /**
     * A WireMock extension bound to loopback on a free port.
     *
     * @return the extension, to be registered with {@code @RegisterExtension}
     */
    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
                .build();
    }

    /**
     * The base URL of the server, ending in {@code /v1/}.
     *
     * @param server the running server
     * @return the base URL
     */
    static String baseUrl(WireMockExtension server) {
        return "http://127.0.0.1:" + server.getPort() + "/v1/";
    }

    /**
     * A builder for a client of the server: the test token, strict models, the JDK transport,
     * retries without real waits, and no environment.
     *
     * @param server the running server
     * @param waits receives every wait the client makes instead of sleeping
     * @return the builder
     */
    static CiscoSparkAPI.Builder client(WireMockExtension server, List<Duration> waits) {
        return CiscoSparkAPI.builder()
                .accessToken(TOKEN)
                .baseUrl(baseUrl(server))
                .transport("jdk")
                .strictModels(true)
                .environment(name -> null)
                .sleeper(waits::add)
                .random(() -> 0.5);
    }

    /**
     * A ready client of the server whose waits are discarded.
     *
     * @param server the running server
     * @return the client
     */
    static CiscoSparkAPI client(WireMockExtension server) {
        return client(server, new CopyOnWriteArrayList<>()).build();
    }
}
