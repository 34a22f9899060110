package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.GuestToken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuestIssuerTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private static final byte[] KEY = "a secret of the guest issuer".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = Base64.getEncoder().encodeToString(KEY);
    private static final Instant EXPIRY = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void theJwtCarriesTheClaimsAndAnHs256SignatureWithTheDecodedSecret() throws Exception {
        String jwt = GuestIssuer.of("ISSUER-1", SECRET).jwt("customer-42", "Jo Customer", EXPIRY);
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        Base64.Decoder url = Base64.getUrlDecoder();
        assertThat(new String(url.decode(parts[0]), StandardCharsets.UTF_8)).isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        assertThat(new String(url.decode(parts[1]), StandardCharsets.UTF_8))
                .isEqualTo("{\"sub\":\"customer-42\",\"name\":\"Jo Customer\",\"iss\":\"ISSUER-1\",\"exp\":"
                        + EXPIRY.getEpochSecond() + "}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(url.decode(parts[2]))).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(jwt).doesNotContain("=");
    }

    @Test
    void loginSendsTheJwtAsTheBearerTokenInsteadOfTheClientsAndNoBody() {
        spark.stubFor(post(urlEqualTo("/v1/jwt/login"))
                .willReturn(okJson("{\"token\":\"guest-access-token\",\"expiresIn\":21600}")));
        String jwt = GuestIssuer.of("ISSUER-1", SECRET).jwt("customer-42", "Jo Customer", EXPIRY);
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            GuestToken guest = api.guestIssuer().login(jwt);
            assertThat(guest.token()).isEqualTo("guest-access-token");
            assertThat(guest.expiresIn()).isEqualTo(21600L);
            assertThat(guest.toString()).doesNotContain("guest-access-token");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/jwt/login"))
                .withHeader("Authorization", equalTo("Bearer " + jwt))
                .withHeader("Content-Type", absent()));
        assertThat(spark.findAll(postRequestedFor(urlEqualTo("/v1/jwt/login"))).get(0).getBody()).isEmpty();
    }

    @Test
    void aRefusedJwtIsAnApiError() {
        spark.stubFor(post(urlEqualTo("/v1/jwt/login")).willReturn(aResponse().withStatus(401)));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            SparkApiException e = catchThrowableOfType(SparkApiException.class,
                    () -> api.guestIssuer().login("a.b.c"));
            assertThat(e.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void badClaimsAndSecretsAreRefusedNamingWhatIsWrongNeverTheSecret() {
        GuestIssuer issuer = GuestIssuer.of("ISSUER-1", SECRET);
        assertThatThrownBy(() -> issuer.jwt("customer 42", "Jo", EXPIRY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("subject may hold only letters, digits and hyphens");
        assertThatThrownBy(() -> issuer.jwt("c-42", " ", EXPIRY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("displayName");
        assertThatThrownBy(() -> GuestIssuer.of("ISSUER-1", "not base64 %%%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("%%%");
        assertThat(issuer.toString()).doesNotContain(SECRET).contains("ISSUER-1");
    }
}
