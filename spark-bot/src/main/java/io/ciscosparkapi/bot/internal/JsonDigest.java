package io.ciscosparkapi.bot.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of a JSON value (maps, lists, strings, numbers, booleans and nulls) that does not depend on the
 * order of object fields, so two copies of one object digest alike however they were written. Stateless.
 */
public final class JsonDigest {

    private JsonDigest() {
    }

    /**
     * Digests a JSON value.
     *
     * @param value the value
     * @return 64 lower-case hex characters
     */
    public static String of(Object value) {
        StringBuilder canonical = new StringBuilder();
        write(value, canonical);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            sorted.forEach((k, v) -> {
                string(k, out);
                out.append(':');
                write(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object item : list) {
                write(item, out);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else {
            out.append(value);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
