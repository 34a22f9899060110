package io.ciscosparkapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @Test
    void plainSegmentsAreSentAsTheyAre() {
        String plain = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hYmM-._~*AZaz09";

        assertThat(Urls.encode(plain)).isSameAs(plain);
        assertThat(Urls.path("people", "me")).isEqualTo("people/me");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a b|a%20b",
        "a/b?c=d&e|a%2Fb%3Fc%3Dd%26e",
        "100%|100%25",
        "a+b|a%2Bb",
        "café~|caf%C3%A9~",
        "''|''",
    })
    void otherCharactersArePercentEncoded(String raw, String encoded) {
        assertThat(Urls.encode(raw)).isEqualTo(encoded);
    }

    @ParameterizedTest
    @CsvSource({
        "https://webexapis.com/v1/, https://WebexAPIs.com/v1/rooms, true",
        "HTTPS://webexapis.com/v1/, https://webexapis.com:443/v1/rooms, true",
        "http://127.0.0.1:8080/v1/, http://127.0.0.1:8080/v1/rooms, true",
        "https://webexapis.com/v1/, http://webexapis.com/v1/rooms, false",
        "https://webexapis.com/v1/, https://webexapis.com:8443/v1/rooms, false",
        "https://webexapis.com/v1/, https://webexapis.com.evil.example/v1/rooms, false",
    })
    void sameOriginComparesSchemeHostAndPortIgnoringCase(String a, String b, boolean same) {
        assertThat(Urls.sameOrigin(URI.create(a), URI.create(b))).isEqualTo(same);
    }
}
