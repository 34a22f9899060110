package io.ciscosparkapi.model;

import io.ciscosparkapi.model.internal.WireValues;

/**
 * What kind of meeting is scheduled: a meeting, a webinar, or a meeting in the host's personal room.
 *
 * <p>A value that a newer server sends and this version does not know reads as {@link #UNKNOWN}; the raw text
 * stays readable with {@link SparkObject#get(String)}.
 */
public enum MeetingScheduledType implements WireValue {
    /** A regular meeting, the default ({@code meeting}). */
    MEETING("meeting"),
    /** A webinar, which may take registrations ({@code webinar}). */
    WEBINAR("webinar"),
    /** A meeting in the host's personal room ({@code personalRoomMeeting}). */
    PERSONAL_ROOM_MEETING("personalRoomMeeting"),
    /** A value this version of the SDK does not know. */
    UNKNOWN(null);

    private static final WireValues<MeetingScheduledType> LOOKUP =
            WireValues.of(values(), MeetingScheduledType::value, UNKNOWN);

    private final String value;

    MeetingScheduledType(String value) {
        this.value = value;
    }

    /**
     * Returns the string the API uses for this kind of meeting.
     *
     * @return the wire value, for example {@code "webinar"}; null for {@link #UNKNOWN}
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the constant for a wire value, ignoring case.
     *
     * @param wire the value as the API sends it; may be null
     * @return the matching constant, {@link #UNKNOWN} for any other value, or null when {@code wire} is null
     */
    public static MeetingScheduledType of(String wire) {
        return LOOKUP.find(wire);
    }
}
