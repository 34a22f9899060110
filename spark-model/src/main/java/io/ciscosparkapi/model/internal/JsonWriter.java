package io.ciscosparkapi.model.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes frozen JSON values as compact JSON text (no spaces), keeping the order of object fields.
 *
 * <p>Numbers are written as Java prints them; a non-finite float or double (not possible from a JSON parser) is
 * written as a string, as Jackson does by default. Not part of the public API.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonWriter() {
    }

    /**
     * Returns the compact JSON text of a value.
     *
     * @param value a JSON value (map, list, string, number, boolean or null)
     * @return the JSON text; never null
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(128);
        writeValue(out, value);
        return out.toString();
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            writeString(out, (String) value);
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue());
        } else if (value instanceof Number) {
            writeNumber(out, (Number) value);
        } else if (value instanceof Map) {
            writeObject(out, (Map<?, ?>) value);
        } else if (value instanceof Collection) {
            writeArray(out, (Collection<?>) value);
        } else {
            writeString(out, value.toString());
        }
    }

    private static void writeNumber(StringBuilder out, Number number) {
        if ((number instanceof Double && !Double.isFinite(number.doubleValue()))
                || (number instanceof Float && !Float.isFinite(number.floatValue()))) {
            writeString(out, number.toString());
        } else {
            out.append(number);
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> object) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, String.valueOf(entry.getKey()));
            out.append(':');
            writeValue(out, entry.getValue());
        }
        out.append('}');
    }

    private static void writeArray(StringBuilder out, Collection<?> array) {
        out.append('[');
        Iterator<?> it = array.iterator();
        while (it.hasNext()) {
            writeValue(out, it.next());
            if (it.hasNext()) {
                out.append(',');
            }
        }
        out.append(']');
    }

    /**
     * Appends a JSON string literal: quotes, backslashes and control characters are escaped, lone surrogates are
     * written as {@code \}{@code uXXXX} escapes, everything else is written as it is.
     */
    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        int length = s.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            String shortEscape = null;
            boolean escape;
            if (c == '"') {
                shortEscape = "\\\"";
                escape = true;
            } else if (c == '\\') {
                shortEscape = "\\\\";
                escape = true;
            } else if (c < 0x20) {
                switch (c) {
                    case '\n': shortEscape = "\\n"; break;
                    case '\r': shortEscape = "\\r"; break;
                    case '\t': shortEscape = "\\t"; break;
                    case '\b': shortEscape = "\\b"; break;
                    case '\f': shortEscape = "\\f"; break;
                    default: break;
                }
                escape = true;
            } else if (Character.isSurrogate(c)) {
                boolean pairStart = Character.isHighSurrogate(c) && i + 1 < length
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (pairStart) {
                    i++; // a valid pair is written as it is
                    continue;
                }
                escape = true;
            } else {
                escape = false;
            }
            if (escape) {
                out.append(s, plainFrom, i);
                if (shortEscape != null) {
                    out.append(shortEscape);
                } else {
                    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                            .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                }
                plainFrom = i + 1;
            }
        }
        out.append(s, plainFrom, length);
        out.append('"');
    }
}
