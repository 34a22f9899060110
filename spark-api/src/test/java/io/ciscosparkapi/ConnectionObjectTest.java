package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionObjectTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private static CiscoSparkAPI.Builder builder() {
        return CiscoSparkAPI.builder().baseUrl(WireMockSpark.baseUrl(spark)).transport("jdk");
    }

    @Test
    void withoutTokenAnywhereCreationFailsNamingBothWaysToProvideOne() {
        assertThatThrownBy(() -> builder().environment(name -> null).build())
                .isInstanceOf(SparkException.class)
                .hasMessageContaining("SPARK_ACCESS_TOKEN environment variable")
                .hasMessageContaining("accessToken(...)");
    }

    @Test
    void tokenIsReadFromSparkAccessTokenEnvironmentVariable() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = builder()
                .environment(name -> name.equals("SPARK_ACCESS_TOKEN") ? "token-from-env" : null).build()) {
            api.session().get("people/me", Map.of());
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/people/me"))
                .withHeader("Authorization", equalTo("Bearer token-from-env")));
    }

    @Test
    void tokenGivenToTheBuilderWinsOverTheEnvironment() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = builder().accessToken("chris-token")
                .environment(name -> "token-from-env").build()) {
            api.session().get("people/me", Map.of());
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/people/me"))
                .withHeader("Authorization", equalTo("Bearer chris-token")));
    }

    @Test
    void severalClientsWithDifferentTokensCoexist() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI chris = builder().accessToken("chris-token").build();
             CiscoSparkAPI veronica = builder().accessToken("veronica-token").build()) {
            chris.session().get("people/me", Map.of());
            veronica.session().get("people/me", Map.of());
        }
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/people/me")).withHeader("Authorization", equalTo("Bearer chris-token")));
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/people/me")).withHeader("Authorization", equalTo("Bearer veronica-token")));
    }

    @Test
    void baseUrlWithoutTrailingSlashIsNormalised() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        String noSlash = "http://127.0.0.1:" + spark.getPort() + "/v1";
        try (CiscoSparkAPI api = builder().baseUrl(noSlash).accessToken("t").build()) {
            assertThat(api.baseUrl().toString()).isEqualTo(noSlash + "/");
            api.session().get("people/me", Map.of());
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    @Test
    void defaultBaseUrlIsTheHistoricSparkHost() {
        try (CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").transport("jdk").build()) {
            assertThat(api.baseUrl().toString()).isEqualTo("https://api.ciscospark.com/v1/");
        }
    }

    @Test
    void baseUrlWithoutSchemeOrHostIsRefused() {
        assertThatThrownBy(() -> builder().accessToken("t").baseUrl("api.ciscospark.com/v1/").build())
                .isInstanceOf(SparkException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> builder().accessToken("t").baseUrl("https:///v1/").build())
                .isInstanceOf(SparkException.class).hasMessageContaining("no host");
        assertThatThrownBy(() -> builder().accessToken("t").baseUrl("ftp://example.com/v1/").build())
                .isInstanceOf(SparkException.class);
    }

    @Test
    void requestsCarryJsonAcceptAndAUserAgentNamingTheSdk() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = builder().accessToken("t").build()) {
            api.session().get("people/me", Map.of());
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/people/me"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("ciscosparkapi-java/\\S+ Java/.+")));
    }

    @Test
    void callsOnAClosedClientFailAtOnceWithoutRetrying() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        CiscoSparkAPI api = builder().accessToken("t").build();
        api.close();
        api.close();
        assertThatThrownBy(() -> api.session().get("people/me", Map.of()))
                .isExactlyInstanceOf(SparkException.class).hasMessageContaining("closed");
        spark.verify(0, getRequestedFor(urlPathEqualTo("/v1/people/me")));
    }

    @Test
    void toStringNeverShowsTheToken() {
        try (CiscoSparkAPI api = builder().accessToken("super-secret-token").build()) {
            assertThat(api.toString()).doesNotContain("super-secret-token").contains("jdk");
        }
    }

    @Test
    void namingAnAbsentTransportIsAClearError() {
        assertThatThrownBy(() -> builder().accessToken("t").transport("carrier-pigeon").build())
                .isInstanceOf(SparkException.class)
                .hasMessageContaining("carrier-pigeon")
                .hasMessageContaining("jdk");
    }

    @Test
    void createReadsTheBaseUrlFromSparkBaseUrl() {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        Map<String, String> env = Map.of("SPARK_ACCESS_TOKEN", "token-from-env",
                "SPARK_BASE_URL", WireMockSpark.baseUrl(spark));
        try (CiscoSparkAPI api = CiscoSparkAPI.builder().transport("jdk").environment(env::get).build()) {
            assertThat(api.baseUrl()).hasToString(WireMockSpark.baseUrl(spark));
            api.people().me();
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/people/me"))
                .withHeader("Authorization", equalTo("Bearer token-from-env")));
    }

    @Test
    void aBaseUrlGivenToTheBuilderWinsOverSparkBaseUrl() {
        try (CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").transport("jdk")
                .baseUrl("https://webexapis.com/v1/")
                .environment(name -> name.equals("SPARK_BASE_URL") ? "http://127.0.0.1:1/v1/" : null).build()) {
            assertThat(api.baseUrl()).hasToString("https://webexapis.com/v1/");
        }
        try (CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").transport("jdk")
                .environment(name -> null).build()) {
            assertThat(api.baseUrl()).hasToString(CiscoSparkAPI.DEFAULT_BASE_URL);
        }
    }

    @Test
    void aTokenThatCannotBeAHeaderValueIsRefusedAtBuildWithoutShowingIt() {
        for (String token : new String[] {"secret-part\nX-Injected: 1", "secret part", "secr\u00e9t"}) {
            assertThatThrownBy(() -> builder().accessToken(token).build())
                    .isExactlyInstanceOf(SparkException.class)
                    .hasMessageStartingWith("The access token cannot be sent")
                    .hasMessageNotContaining("secr");
        }
        assertThatThrownBy(() -> builder().environment(name -> "from-env\r\nX-Injected: 1").accessToken(null).build())
                .isExactlyInstanceOf(SparkException.class).hasMessageContaining("line break")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("from-env"));
    }
}
