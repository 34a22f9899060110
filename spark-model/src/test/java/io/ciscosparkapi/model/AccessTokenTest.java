package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AccessTokenTest {

    private static final String ACCESS = "ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVjNjE0MGU1OGZmZWNmZDEwN2ItYTU3";
    private static final String REFRESH = "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3";

    /** The example of the API reference, section 2.12. */
    static final String SPEC_EXAMPLE = """
            {"access_token": "ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVjNjE0MGU1OGZmZWNmZDEwN2ItYTU3", "expires_in": 1209600,
             "refresh_token": "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3", "refresh_token_expires_in": 7776000}
            """;

    @Test
    void specExampleReadsIntoTypedGetters() {
        AccessToken token = readDocumented(SPEC_EXAMPLE, AccessToken::new, AccessToken.class);

        assertThat(token.accessToken()).isEqualTo(ACCESS);
        assertThat(token.expiresIn()).isEqualTo(1_209_600);
        assertThat(token.refreshToken()).isEqualTo(REFRESH);
        assertThat(token.refreshTokenExpiresIn()).isEqualTo(7_776_000);
        assertThat(token.tokenType()).isNull();
        assertThat(token.scope()).isNull();
    }

    @Test
    void newerFieldsReadIntoTypedGetters() {
        AccessToken token = readDocumented(FullExamples.ACCESS_TOKEN, AccessToken::new, AccessToken.class);

        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.scope()).isEqualTo("spark:all spark:kms");
    }

    @Test
    void toStringHidesBothTokens() {
        AccessToken token = new AccessToken(map(SPEC_EXAMPLE));

        assertThat(token.toString())
                .isEqualTo("AccessToken({\"access_token\":\"<redacted>\",\"expires_in\":1209600,"
                        + "\"refresh_token\":\"<redacted>\",\"refresh_token_expires_in\":7776000})")
                .doesNotContain(ACCESS)
                .doesNotContain(REFRESH);
    }

    @Test
    void jsonAndGetStillGiveTheRealTokens() {
        AccessToken token = new AccessToken(map(SPEC_EXAMPLE));

        assertThat(token.json()).contains(ACCESS, REFRESH);
        assertThat(token.get("access_token")).isEqualTo(ACCESS);
    }

    @Test
    void toStringOfATokenWithoutRefreshTokenShowsNoRefreshToken() {
        AccessToken token = new AccessToken(Map.of("access_token", "secret-value"));

        assertThat(token).hasToString("AccessToken({\"access_token\":\"<redacted>\"})");
    }
}
