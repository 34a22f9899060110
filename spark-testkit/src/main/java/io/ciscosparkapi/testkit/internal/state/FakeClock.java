package io.ciscosparkapi.testkit.internal.state;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A monotonic millisecond clock: each {@link #next()} is strictly later than the one before,
 * {@code max(now, last + 1 ms)}, so creation timestamps order objects unambiguously.
 */
public final class FakeClock {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock source;
    private Instant last = Instant.EPOCH;

    /**
     * Creates a clock reading from {@code source}.
     *
     * @param source the wall clock
     */
    public FakeClock(Clock source) {
        this.source = source;
    }

    /**
     * Returns the next instant, strictly after every instant returned before.
     *
     * @return the instant, truncated to milliseconds
     */
    public synchronized Instant next() {
        Instant now = source.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant min = last.plusMillis(1);
        last = now.isAfter(min) ? now : min;
        return last;
    }

    /**
     * Returns the current instant without advancing the clock.
     *
     * @return the instant
     */
    public Instant peek() {
        return source.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Formats an instant as the API does, e.g. {@code 2018-05-28T11:01:40.123Z}.
     *
     * @param instant the instant
     * @return the text
     */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /**
     * Parses a timestamp as the API accepts it (ISO-8601, with or without milliseconds).
     *
     * @param text the text
     * @return the instant, or {@code null} when the text is not a timestamp
     */
    public static Instant parse(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
