package io.ciscosparkapi.testkit.internal.http;

import io.ciscosparkapi.transport.Headers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * One request as the fake sees it, whichever way it arrived (HTTP or in-process).
 *
 * @param method the HTTP method, upper case
 * @param uri the absolute request URI (its scheme, host and port are where the client reached the
 *     fake, see {@link #origin()})
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
     * Where the client reached the fake, for the absolute URLs the fake builds (next links, file
     * URLs): the scheme and authority of the request URI, unless a proxy in front of the fake says
     * otherwise with {@code X-Forwarded-Proto} ({@code http} or {@code https}) and
     * {@code X-Forwarded-Host} (a host, with or without a port). Behind several proxies the first
     * value, the one the client's side set, counts. A value that is neither is ignored.
     *
     * @return e.g. {@code https://spark.example.com} or {@code http://127.0.0.1:41234}
     */
    public String origin() {
        String scheme = uri.getScheme();
        String authority = uri.getRawAuthority();
        String proto = forwarded("X-Forwarded-Proto");
        if (proto != null && (proto.equalsIgnoreCase("http") || proto.equalsIgnoreCase("https"))) {
            scheme = proto.toLowerCase(Locale.ROOT);
        }
        String host = forwarded("X-Forwarded-Host");
        if (host != null && isAuthority(host)) {
            authority = host;
        }
        return scheme + "://" + authority;
    }

    private String forwarded(String name) {
        String value = header(name);
        if (value == null) {
            return null;
        }
        int comma = value.indexOf(',');
        String first = (comma < 0 ? value : value.substring(0, comma)).trim();
        return first.isEmpty() ? null : first;
    }

    private static boolean isAuthority(String host) {
        try {
            URI u = new URI("http://" + host + "/");
            return u.getHost() != null && u.getRawUserInfo() == null && host.equals(u.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
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
