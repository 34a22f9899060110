package io.ciscosparkapi.transport.okhttp.internal;

import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.TransportRequest;
import java.time.Duration;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Turns a {@link TransportRequest} into an OkHttp {@link Request}. */
final class OkHttpRequests {

    /** The methods OkHttp sends only with a body; an empty one is sent when the caller has none. */
    private static final Set<String> BODY_REQUIRED = Set.of("POST", "PUT", "PATCH");

    private OkHttpRequests() {
    }

    /**
     * Converts a request.
     *
     * @param request the request to send
     * @param timeout the exchange's timeout, tagged on the request for
     *     {@link ExchangeTimeout.Interceptor}; {@code null} for the client's own timeouts
     * @return the OkHttp request
     * @throws IllegalArgumentException when OkHttp cannot express the request
     */
    static Request toOkHttp(TransportRequest request, Duration timeout) {
        HttpUrl url = HttpUrl.get(request.uri());
        Request.Builder builder = new Request.Builder().url(url);
        RequestBody body = request.body().orElse(null);

        request.headers().toMap().forEach((name, values) -> {
            if (OkHttpClientTransport.skipped(name) || (body != null && name.equalsIgnoreCase("Content-Type"))) {
                return;
            }
            values.forEach(value -> header(builder, name, value));
        });

        okhttp3.RequestBody okBody = null;
        if (body != null) {
            // Sent verbatim as a header: OkHttp's MediaType would re-parse it, and the bytes the
            // server sees must be the caller's (a multipart boundary, say).
            if (!body.contentType().isBlank()) {
                header(builder, "Content-Type", body.contentType());
            }
            okBody = new StreamingRequestBody(body);
        } else if (BODY_REQUIRED.contains(request.method())) {
            okBody = StreamingRequestBody.EMPTY;
        }
        try {
            builder.method(request.method(), okBody);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OkHttp cannot send " + request.method()
                    + (okBody == null ? " without a body" : " with a body"), e);
        }
        if (timeout != null) {
            builder.tag(ExchangeTimeout.class, new ExchangeTimeout(timeout));
        }
        return builder.build();
    }

    private static void header(Request.Builder builder, String name, String value) {
        try {
            builder.addHeader(name, value);
        } catch (IllegalArgumentException e) {
            // OkHttp's message may quote the value, which may be a credential: name the field only.
            throw new IllegalArgumentException("the value of request header '" + name
                    + "' holds characters that cannot be sent");
        }
    }
}
