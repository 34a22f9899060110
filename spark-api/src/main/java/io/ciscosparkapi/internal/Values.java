package io.ciscosparkapi.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Turns parameter values into the text Spark expects.
 */
public final class Values {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Values() {
    }

    /**
     * Formats a value for a query string or form field: timestamps as
     * {@code 2018-05-28T11:01:40.123Z}, booleans as {@code true}/{@code false}, enums by their wire value.
     *
     * @param value the value
     * @return its text
     */
    public static String text(Object value) {
        if (value instanceof Instant instant) {
            return TIMESTAMP.format(instant);
        }
        if (value instanceof Enum<?> e) {
            return WireValues.of(e);
        }
        return String.valueOf(value);
    }

    /**
     * Converts a value for a JSON body: timestamps and enums as text, the rest as is.
     *
     * @param value the value
     * @return a JSON-ready value
     */
    public static Object json(Object value) {
        return value instanceof Instant || value instanceof Enum<?> ? text(value) : value;
    }

    /** Finds the wire string of an enum constant: its {@code value()} method, else its lower-case name. */
    private static final class WireValues {
        static String of(Enum<?> e) {
            try {
                Object v = e.getClass().getMethod("value").invoke(e);
                if (v instanceof String s) {
                    return s;
                }
            } catch (ReflectiveOperationException ignored) {
                // fall back to the name
            }
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
