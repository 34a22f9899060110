package io.ciscosparkapi.testkit;

import io.ciscosparkapi.transport.Headers;

/**
 * A request the fake received, as recorded in its {@link Journal}.
 *
 * @param method the HTTP method
 * @param path the raw path, e.g. {@code /v1/people}
 * @param query the raw query without {@code ?}, or {@code null}
 * @param headers the request headers, {@code Authorization} included (its value is kept for
 *     assertions but never shown by {@link #toString()})
 * @param body the body as UTF-8 text, empty when there was none
 */
public record RecordedRequest(String method, String path, String query, Headers headers, String body) {

    /**
     * The first value of a header.
     *
     * @param name the name, in any case
     * @return the value, or {@code null} when absent
     */
    public String header(String name) {
        return headers.first(name).orElse(null);
    }

    /**
     * The {@code Authorization} header.
     *
     * @return the value, e.g. {@code Bearer abc}, or {@code null}
     */
    public String authorization() {
        return header("Authorization");
    }

    /**
     * Describes the request with the {@code Authorization} value redacted.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + (query == null ? "" : "?" + query) + " " + headers
                + (body.isEmpty() ? "" : " body=" + (body.length() > 200 ? body.substring(0, 200) + "..." : body)) + "]";
    }
}
