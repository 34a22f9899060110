package io.ciscosparkapi.model;

import io.ciscosparkapi.model.internal.WireValues;

/**
 * What a meeting template schedules: a meeting or a webinar.
 *
 * <p>A value that a newer server sends and this version does not know reads as {@link #UNKNOWN}; the raw text
 * stays readable with {@link SparkObject#get(String)}.
 */
public enum MeetingTemplateType implements WireValue {
    /** A template for meetings ({@code meeting}). */
    MEETING("meeting"),
    /** A template for webinars ({@code webinar}). */
    WEBINAR("webinar"),
    /** A value this version of the SDK does not know. */
    UNKNOWN(null);

    private static final WireValues<MeetingTemplateType> LOOKUP =
            WireValues.of(values(), MeetingTemplateType::value, UNKNOWN);

    private final String value;

    MeetingTemplateType(String value) {
        this.value = value;
    }

    /**
     * Returns the string the API uses for this kind of template.
     *
     * @return the wire value, for example {@code "meeting"}; null for {@link #UNKNOWN}
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
    public static MeetingTemplateType of(String wire) {
        return LOOKUP.find(wire);
    }
}
