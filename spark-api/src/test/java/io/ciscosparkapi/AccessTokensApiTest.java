package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.AccessToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccessTokensApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example token answer (§2.12). */
    static final String TOKENS = """
            {"access_token": "ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVjNjE0MGU1OGZmZWNmZDEwN2ItYTU3", "expires_in": 1209600,
             "refresh_token": "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3",
             "refresh_token_expires_in": 7776000}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void getExchangesTheCodeWithAFormBodyAndNoBearerToken() {
        spark.stubFor(post(urlEqualTo("/v1/access_token")).willReturn(okJson(TOKENS)));
        try (CiscoSparkAPI api = api()) {
            AccessToken token = api.accessTokens().get("C1d2", "s3cr3t+/=", "CODE 123",
                    "https://app.example.com/callback?state=a&b=c");
            assertThat(token.accessToken()).isEqualTo("ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVjNjE0MGU1OGZmZWNmZDEwN2ItYTU3");
            assertThat(token.expiresIn()).isEqualTo(1209600);
            assertThat(token.refreshToken()).startsWith("MDEy");
            assertThat(token.refreshTokenExpiresIn()).isEqualTo(7776000);
            assertThat(token.toString()).doesNotContain("ZDI3MGEy").doesNotContain("MDEyMzQ1");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/access_token"))
                .withoutHeader("Authorization")
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=authorization_code&client_id=C1d2&client_secret=s3cr3t%2B%2F%3D"
                        + "&code=CODE+123&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback%3Fstate%3Da%26b%3Dc")));
    }

    @Test
    void refreshSendsTheRefreshGrantWithAFormBodyAndNoBearerToken() {
        spark.stubFor(post(urlEqualTo("/v1/access_token")).willReturn(okJson(
                "{\"access_token\": \"NEW\", \"expires_in\": 1209600, \"refresh_token\": \"R\", "
                        + "\"refresh_token_expires_in\": 7776000, \"token_type\": \"Bearer\", \"scope\": \"spark:all\"}")));
        try (CiscoSparkAPI api = api()) {
            AccessToken token = api.accessTokens().refresh("C1d2", "secret", "R");
            assertThat(token.accessToken()).isEqualTo("NEW");
            assertThat(token.tokenType()).isEqualTo("Bearer");
            assertThat(token.scope()).isEqualTo("spark:all");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/access_token"))
                .withoutHeader("Authorization")
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=refresh_token&client_id=C1d2&client_secret=secret&refresh_token=R")));
    }

    @Test
    void everyArgumentIsRequiredAndCheckedBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.accessTokens().get(null, "s", "c", "https://r"))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("clientId");
            assertThatThrownBy(() -> api.accessTokens().get("id", " ", "c", "https://r"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret");
            assertThatThrownBy(() -> api.accessTokens().get("id", "s", "", "https://r"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
            assertThatThrownBy(() -> api.accessTokens().get("id", "s", "c", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("redirectUri");
            assertThatThrownBy(() -> api.accessTokens().refresh("id", null, "r"))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("clientSecret");
            assertThatThrownBy(() -> api.accessTokens().refresh("id", "s", " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshToken");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
