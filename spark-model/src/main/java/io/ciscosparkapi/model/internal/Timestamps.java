package io.ciscosparkapi.model.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Lenient parsing of the API's ISO-8601 timestamps. Not part of the public API.
 */
public final class Timestamps {

    /**
     * Date, {@code T}, time with optional seconds and fraction (0 to 9 digits), then an optional offset written as
     * {@code Z}, {@code +HH:MM[:SS]}, {@code +HHMM} or {@code +HH}.
     */
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private Timestamps() {
    }

    /**
     * Parses an ISO-8601 timestamp such as {@code 2018-05-28T11:01:40.123Z}, with or without fractional seconds, with
     * {@code Z} or a numeric offset; a value without any offset is taken as UTC.
     *
     * @param text the timestamp text; may be null
     * @return the instant, or null when {@code text} is null or not such a timestamp
     */
    public static Instant parse(String text) {
        if (text == null || text.length() < 16 || text.length() > 64) {
            return null;
        }
        try {
            TemporalAccessor parsed = FORMAT.parse(text.strip());
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return local.toInstant(offset);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
