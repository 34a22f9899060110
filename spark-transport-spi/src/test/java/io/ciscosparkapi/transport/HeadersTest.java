package io.ciscosparkapi.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesCompareCaseInsensitivelyAndKeepEveryValueInOrder() {
        Headers headers = Headers.builder().add("Set-Cookie", "a=1").add("set-cookie", "b=2").add("Retry-After", "3").build();
        assertThat(headers.all("SET-COOKIE")).containsExactly("a=1", "b=2");
        assertThat(headers.first("retry-after")).contains("3");
        assertThat(headers.names()).containsExactly("Set-Cookie", "Retry-After");
        assertThat(headers.contains("Link")).isFalse();
    }

    @Test
    void withAddsAValueAndLeavesTheOriginalUnchanged() {
        Headers base = Headers.of("Accept", "application/json");
        Headers more = base.with("accept", "text/plain").with("TrackingID", "t-1");
        assertThat(base.toMap()).containsOnlyKeys("Accept");
        assertThat(more.all("ACCEPT")).containsExactly("application/json", "text/plain");
        assertThat(more.first("trackingid")).contains("t-1");
        assertThat(more).isEqualTo(Headers.builder().add("Accept", "application/json").add("Accept", "text/plain")
                .add("TrackingID", "t-1").build());
        assertThatThrownBy(() -> base.with("X", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        TransportRequest request = TransportRequest.builder("GET", URI.create("https://example.com/"))
                .headers(base).header("X-One", "1").build();
        assertThat(request.headers().names()).containsExactly("Accept", "X-One");
        assertThat(base.isEmpty()).isFalse();
        assertThat(Headers.empty().isEmpty()).isTrue();
    }

    @Test
    void toStringNeverShowsTheAuthorizationValue() {
        Headers headers = Headers.of("Authorization", "Bearer secret-token", "Accept", "application/json");
        assertThat(headers.toString()).doesNotContain("secret-token").contains("<redacted>").contains("application/json");
        TransportRequest request = TransportRequest.builder("get", URI.create("https://example.com/v1/people/me"))
                .headers(headers).build();
        assertThat(request.toString()).doesNotContain("secret-token").startsWith("GET https://example.com/v1/people/me");
    }

    @Test
    void clientHeaderMapsSkipStatusLinesPseudoHeadersAndMalformedFields() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(null, List.of("HTTP/1.1 200 OK"));
        map.put(":status", List.of("200"));
        map.put("bad name", List.of("x"));
        map.put("Content-Type", List.of("application/json"));
        assertThat(Headers.of(map).toMap()).containsOnlyKeys("Content-Type");
    }

    @Test
    void invalidNamesAndLineBreaksInValuesAreRefusedWhenBuilding() {
        assertThatThrownBy(() -> Headers.of("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad Name");
        assertThatThrownBy(() -> Headers.of("X-Injected", "a\r\nEvil: 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
    }

    @Test
    void requestsNeedAnAbsoluteHttpUriAndAPositiveTimeout() {
        assertThatThrownBy(() -> TransportRequest.builder("GET", URI.create("people/me")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> TransportRequest.builder("GET", URI.create("ftp://example.com/x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TransportRequest.builder("GET", URI.create("https://example.com/"))
                .timeout(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamedBodiesAreReadAfreshEachTimeTheyAreOpened() throws Exception {
        byte[] data = "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RequestBody body = RequestBody.ofStream(() -> new java.io.ByteArrayInputStream(data), data.length, "text/plain");
        assertThat(body.open().readAllBytes()).isEqualTo(data);
        assertThat(body.open().readAllBytes()).isEqualTo(data);
        assertThat(body.isInMemory()).isFalse();
        assertThatThrownBy(body::bytes).isInstanceOf(IllegalStateException.class);
    }
}
