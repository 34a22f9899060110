package io.ciscosparkapi.testkit.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed query string that keeps the raw pairs in order (for next links) and decodes values
 * on lookup.
 */
public final class Query {

    /**
     * One raw pair.
     *
     * @param rawKey the key as sent
     * @param rawValue the value as sent, or {@code null} for a valueless item such as {@code before}
     */
    public record Pair(String rawKey, String rawValue) {
        /**
         * The decoded key.
         *
         * @return the key
         */
        public String key() {
            return decode(rawKey);
        }

        /**
         * The decoded value.
         *
         * @return the value, or {@code null} when valueless
         */
        public String value() {
            return rawValue == null ? null : decode(rawValue);
        }

        /**
         * The pair as it appears in a query.
         *
         * @return {@code key=value} or {@code key}
         */
        public String raw() {
            return rawValue == null ? rawKey : rawKey + "=" + rawValue;
        }
    }

    private final List<Pair> pairs;

    private Query(List<Pair> pairs) {
        this.pairs = pairs;
    }

    /**
     * Parses a raw query (or a form-encoded body).
     *
     * @param raw the raw text, or {@code null}
     * @return the query
     */
    public static Query parse(String raw) {
        List<Pair> out = new ArrayList<>();
        if (raw != null && !raw.isEmpty()) {
            for (String item : raw.split("&")) {
                if (item.isEmpty()) {
                    continue;
                }
                int eq = item.indexOf('=');
                out.add(eq < 0 ? new Pair(item, null) : new Pair(item.substring(0, eq), item.substring(eq + 1)));
            }
        }
        return new Query(Collections.unmodifiableList(out));
    }

    /**
     * The pairs, in order.
     *
     * @return the pairs
     */
    public List<Pair> pairs() {
        return pairs;
    }

    /**
     * The first decoded value of a key.
     *
     * @param key the key
     * @return the value, or {@code null} when absent or valueless
     */
    public String get(String key) {
        for (Pair p : pairs) {
            if (p.key().equals(key)) {
                return p.value();
            }
        }
        return null;
    }

    /**
     * Whether a key is present with a non-empty value.
     *
     * @param key the key
     * @return {@code true} when present
     */
    public boolean has(String key) {
        String v = get(key);
        return v != null && !v.isEmpty();
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
