package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The times of the meetings family (spec §2.17): ISO-8601 with an offset, or without one and then
 * local to the meeting's time zone; shown in that zone, to the second.
 */
final class MeetingTimes {

    /** The zone of a meeting that names none. */
    static final ZoneId UTC = ZoneId.of("UTC");

    private MeetingTimes() {
    }

    /**
     * Reads a time zone name.
     *
     * @param name an IANA name such as {@code Europe/Paris}, or {@code null} for {@code UTC}
     * @param field the field or parameter, for the error
     * @return the zone
     * @throws ApiError 400 for a name that is no zone
     */
    static ZoneId zone(String name, String field) {
        if (name == null || name.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            throw ApiError.badRequest("Invalid value for '" + field + "': " + name + " is not a time zone.");
        }
    }

    /**
     * Reads a time.
     *
     * @param text e.g. {@code 2026-12-02T10:00:00Z}, {@code 2026-12-02T10:00:00+01:00} or
     *     {@code 2026-12-02T10:00:00} (local to {@code zone})
     * @param zone the zone of a time without offset
     * @param field the field or parameter, for the error
     * @return the instant, to the second (as it is shown)
     * @throws ApiError 400 for text that is no such time
     */
    static Instant parse(String text, ZoneId zone, String field) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant().truncatedTo(ChronoUnit.SECONDS);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("Invalid value for '" + field + "': " + text
                        + " is not an ISO-8601 date and time.");
            }
        }
    }

    /**
     * Reads an optional time query parameter.
     *
     * @param ctx the request
     * @param name the parameter
     * @return the instant, or {@code null} when absent
     * @throws ApiError 400 for a value that is no time
     */
    static Instant query(RequestContext ctx, String name) {
        String v = ctx.query.get(name);
        return v == null || v.isBlank() ? null : parse(v, UTC, name);
    }

    /**
     * Shows a time in a zone, e.g. {@code 2026-12-02T10:00:00+01:00}, or {@code ...Z} in UTC.
     *
     * @param instant the time
     * @param zone the zone
     * @return the text
     */
    static String show(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone)
                .toOffsetDateTime());
    }
}
