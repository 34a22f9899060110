package io.ciscosparkapi.internal;

import io.ciscosparkapi.model.WireValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
     * {@code 2018-05-28T11:01:40.123Z}, booleans as {@code true}/{@code false}, the API's closed
     * sets by their {@linkplain WireValue wire value}, other enums by their lower-case name.
     *
     * @param value the value
     * @return its text
     */
    public static String text(Object value) {
        if (value instanceof Instant instant) {
            return TIMESTAMP.format(instant);
        }
        if (value instanceof WireValue wire && wire.value() != null) {
            return wire.value();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
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
}
