package io.ciscosparkapi.cards.internal.json;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON values (maps, lists, strings, numbers, booleans, null) as compact JSON text, keeping the order of
 * object fields, so the same value always gives the same text.
 *
 * <p>Only values checked by {@link JsonValues#copy(Object, String)} or built by this module reach it. Not API.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /**
     * Returns the compact JSON text of a value.
     *
     * @param value a JSON value
     * @return the text; never null
     * @throws IllegalArgumentException if the value, or something inside it, is not a JSON value
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        writeValue(out, value);
        return out.toString();
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String string) {
            writeString(out, string);
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Number number) {
            if (!JsonValues.isJsonNumber(number)) {
                throw new IllegalArgumentException("not a JSON number: " + number);
            }
            out.append(number);
        } else if (value instanceof Map<?, ?> object) {
            writeObject(out, object);
        } else if (value instanceof Collection<?> array) {
            writeArray(out, array);
        } else {
            throw new IllegalArgumentException("not a JSON value: a " + value.getClass().getName());
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> object) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> field : object.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, (String) field.getKey());
            out.append(':');
            writeValue(out, field.getValue());
        }
        out.append('}');
    }

    private static void writeArray(StringBuilder out, Collection<?> array) {
        out.append('[');
        boolean first = true;
        for (Object item : array) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeValue(out, item);
        }
        out.append(']');
    }

    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A surrogate without its other half cannot be encoded in UTF-8, so it is written as an escape. */
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
