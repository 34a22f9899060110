package io.ciscosparkapi.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.transport.Headers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A JSON answer is written when its body is first asked for, once, whatever headers are added to it. */
class ApiResponseTest {

    @Test
    void aJsonBodyIsRenderedAtItsFirstReadAndOnceForEveryCopyWithMoreHeaders() {
        AtomicInteger renders = new AtomicInteger();
        ApiResponse built = ApiResponse.json(200, () -> {
            renders.incrementAndGet();
            return "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        });
        ApiResponse sent = built.withHeader("Link", "<next>; rel=\"next\"").withHeader("TrackingID", "ROUTER_1");

        assertThat(renders).as("nothing is written before the body is read").hasValue(0);
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"x\"}");
        assertThat(sent.body()).isSameAs(sent.body());
        assertThat(built.body()).isEqualTo(sent.body());
        assertThat(renders).as("the tree is written once").hasValue(1);
        assertThat(sent.headers().first("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(sent.headers().first("Link")).hasValue("<next>; rel=\"next\"");
        assertThat(sent.status()).isEqualTo(200);
    }

    @Test
    void bytesGivenAtOnceAreTheBody() {
        byte[] bytes = {1, 2, 3};
        ApiResponse response = new ApiResponse(201, Headers.empty(), bytes);
        assertThat(response.withHeader("X", "y").body()).isSameAs(bytes);
        assertThat(ApiResponse.empty(204).body()).isEmpty();
    }
}
