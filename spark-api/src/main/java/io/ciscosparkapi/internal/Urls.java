package io.ciscosparkapi.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds request URLs: path segments and query values are always percent-encoded.
 */
public final class Urls {

    private Urls() {
    }

    /**
     * Joins path segments, percent-encoding each one, so an id can never change the path.
     *
     * @param segments the segments, e.g. {@code "rooms", roomId}
     * @return the relative path, e.g. {@code rooms/Y2lz...}
     * @throws IllegalArgumentException when a segment is empty, {@code .} or {@code ..}
     */
    public static String path(String... segments) {
        StringJoiner path = new StringJoiner("/");
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("'" + segment + "' cannot be a path segment: the URL would "
                        + "lead somewhere else than the resource it names");
            }
            path.add(encode(segment));
        }
        return path.toString();
    }

    /**
     * Percent-encodes a path segment or a query key or value ({@code %20} for space).
     *
     * @param value the raw text
     * @return the encoded text
     */
    public static String encode(String value) {
        if (isPlain(value)) {
            return value; // ids and fixed path segments: nothing to encode
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
    }

    /** Whether every character is one that {@link #encode} leaves as it is. */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '*';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * Encodes a field name or value of an {@code application/x-www-form-urlencoded} body
     * ({@code +} for space).
     *
     * @param value the raw text
     * @return the encoded text
     */
    public static String encodeForm(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Decodes a percent-encoded query key or value.
     *
     * @param value the encoded text
     * @return the raw text
     */
    public static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /**
     * Resolves a relative path and a query against the base URL.
     *
     * @param base the base URL, ending in {@code /}
     * @param path a relative path (already encoded), or an absolute URL used as given
     * @param query query parameters (not encoded); may be empty
     * @return the absolute URI
     */
    public static URI resolve(URI base, String path, Map<String, String> query) {
        String target = withQuery(path, query);
        return target.contains("://") ? URI.create(target) : base.resolve(target);
    }

    /**
     * Appends encoded query parameters to a path.
     *
     * @param path a path (encoded), which may already hold a query
     * @param query query parameters (not encoded); may be empty
     * @return the path with the parameters appended
     */
    public static String withQuery(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return path;
        }
        StringJoiner q = new StringJoiner("&");
        query.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
        return path + (path.contains("?") ? "&" : "?") + q;
    }

    /**
     * Whether two URIs share scheme, host and port: where the access token may be sent.
     *
     * @param a one URI
     * @param b the other URI
     * @return {@code true} when both name the same origin
     */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && b.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && b.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
