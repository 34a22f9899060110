package io.ciscosparkapi.testkit.internal.http;

import io.ciscosparkapi.transport.Headers;
import java.net.URI;

/**
 * One request as the fake sees it, whichever way it arrived (HTTP or in-process).
 *
 * @param method the HTTP method, upper case
 * @param uri the absolute request URI (scheme, host and port are used to build absolute links)
 * @param headers the request headers, {@code Content-Type} included
 * @param body the body bytes, empty when there is none
 */
public record ApiRequest(String method, URI uri, Headers headers, byte[] body) {

    /**
     * The raw (still encoded) path.
     *
     * @return the path, e.g. {@code /v1/people}
     */
    public String path() {
        String p = uri.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    /**
     * The raw query.
     *
     * @return the query without {@code ?}, or {@code null}
     */
    public String rawQuery() {
        return uri.getRawQuery();
    }

    /**
     * The first value of a header.
     *
     * @param name the name, any case
     * @return the value, or {@code null}
     */
    public String header(String name) {
        return headers.first(name).orElse(null);
    }
}
