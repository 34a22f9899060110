package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.transport.TransportOptions;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JDK transport over TLS with HTTP/2, as it talks to the real service: pages received
 * whole, small bodies streamed, a JSON POST, and calls from several threads sharing one
 * connection.
 */
class HttpsTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort())
            .build();

    private static String base() {
        return "https://127.0.0.1:" + spark.getHttpsPort() + "/v1/";
    }

    private static CiscoSparkAPI client() throws Exception {
        return builder().build();
    }

    private static CiscoSparkAPI.Builder builder() throws Exception {
        return CiscoSparkAPI.builder()
                .accessToken(WireMockSpark.TOKEN)
                .baseUrl(base())
                .transport("jdk")
                .transportOptions(TransportOptions.builder().sslContext(trustingTestServer()).build())
                .environment(name -> null)
                .sleeper(wait -> { });
    }

    @Test
    void aStalledAnswerTimesOutAndTheConnectionKeepsServingOthers() throws Exception {
        spark.stubFor(post(urlPathEqualTo("/v1/messages"))
                .willReturn(okJson("{\"id\":\"LATE\"}").withFixedDelay(3_000)));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));

        try (CiscoSparkAPI api = builder().singleRequestTimeout(Duration.ofMillis(500)).build()) {
            assertThat(api.people().me().id()).isEqualTo("ME");
            assertThatThrownBy(() -> api.messages().create("ROOM", "too slow"))
                    .isInstanceOf(SparkTransportException.class)
                    .hasMessageContaining("POST");
            assertThat(api.people().me().id()).isEqualTo("ME");
        }
    }

    @Test
    void listingCallsAndPostsWorkOverHttp2WithTls() throws Exception {
        spark.stubFor(get(urlPathEqualTo("/v1/messages")).withQueryParam("cursor", equalTo("p2"))
                .willReturn(okJson(page(1000, 500))));
        spark.stubFor(get(urlPathEqualTo("/v1/messages")).withQueryParam("roomId", equalTo("ROOM"))
                .withQueryParam("cursor", absent())
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Link", "<" + base() + "messages?roomId=ROOM&max=1000&cursor=p2>; rel=\"next\"")
                        .withBody(page(0, 1000))));
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\",\"displayName\":\"Me\"}")));
        spark.stubFor(post(urlPathEqualTo("/v1/messages"))
                .withRequestBody(equalToJson("{\"roomId\":\"ROOM\",\"text\":\"over TLS\"}"))
                .willReturn(okJson("{\"id\":\"NEW\",\"roomId\":\"ROOM\",\"text\":\"over TLS\"}")));

        try (CiscoSparkAPI api = client()) {
            List<String> ids = new ArrayList<>();
            for (Message m : api.messages().list(q -> q.roomId("ROOM").max(1000))) {
                ids.add(m.id());
            }
            assertThat(ids).hasSize(1500).startsWith("M0").endsWith("M1499").doesNotHaveDuplicates();
            assertThat(api.people().me().displayName()).isEqualTo("Me");
            assertThat(api.messages().create("ROOM", "over TLS").id()).isEqualTo("NEW");

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> calls = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    calls.add(pool.submit(() -> api.people().me().id()));
                }
                for (Future<String> call : calls) {
                    assertThat(call.get(20, TimeUnit.SECONDS)).isEqualTo("ME");
                }
            } finally {
                pool.shutdownNow();
            }
        }

        List<ServeEvent> served = spark.getAllServeEvents();
        assertThat(served).hasSize(2 + 1 + 1 + 40);
        assertThat(served).allSatisfy(e -> {
            assertThat(e.getRequest().getScheme()).isEqualTo("https");
            assertThat(e.getRequest().getProtocol()).isEqualTo("HTTP/2.0");
        });
    }

    /** A page of messages {@code M<from>} onwards, about 200 bytes each. */
    private static String page(int from, int count) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = from; i < from + count; i++) {
            if (i > from) {
                json.append(',');
            }
            json.append("{\"id\":\"M").append(i).append("\",\"roomId\":\"ROOM\",\"roomType\":\"group\",")
                    .append("\"text\":\"message number ").append(i).append(" of a listing over TLS\",")
                    .append("\"personEmail\":\"someone@example.com\",\"created\":\"2026-01-01T00:00:00.000Z\"}");
        }
        return json.append("]}").toString();
    }

    /**
     * Trusts any certificate and host: the test server's certificate is self-signed and names no
     * loopback address. For this test only.
     */
    private static SSLContext trustingTestServer() throws Exception {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
