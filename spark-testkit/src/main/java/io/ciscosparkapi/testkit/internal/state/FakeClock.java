package io.ciscosparkapi.testkit.internal.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The fake's one clock, read by everything time-dependent (timestamps, presence, token expiry,
 * webhook failure windows, rate-limit refills): a source clock plus however far a test has
 * {@linkplain #advance(Duration) advanced} it. Timestamps come from {@link #next()}, which is
 * monotonic: each is strictly later than the one before, {@code max(now, last + 1 ms)}, so
 * creation timestamps order objects unambiguously. Thread-safe.
 */
public final class FakeClock {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock source;
    private volatile Duration offset = Duration.ZERO;
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
        Instant now = peek();
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
        return source.instant().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Moves the time forward.
     *
     * @param amount how far, not negative
     */
    public synchronized void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    /**
     * Formats an instant as the API does, e.g. {@code 2018-05-28T11:01:40.123Z}: in UTC, to the
     * millisecond (what is below is cut off), four-digit years written by hand (it is on every
     * rendered object), others through {@link DateTimeFormatter}.
     *
     * @param instant the instant
     * @return the text
     */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            return FORMAT.format(instant);
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        char[] c = new char[24];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, date.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, date.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, secondOfDay / 3600, 2);
        c[13] = ':';
        digits(c, 14, secondOfDay / 60 % 60, 2);
        c[16] = ':';
        digits(c, 17, secondOfDay % 60, 2);
        c[19] = '.';
        digits(c, 20, instant.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
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
