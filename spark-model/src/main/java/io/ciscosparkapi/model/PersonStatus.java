package io.ciscosparkapi.model;

import io.ciscosparkapi.model.internal.WireValues;

/**
 * The presence of a person, as Spark sees it: active, in a call or meeting, away, or not known.
 *
 * <p>A value that a newer server sends and this version does not know reads as {@link #UNKNOWN}; the raw text
 * stays readable with {@link SparkObject#get(String)}. Spark's own {@code unknown} presence, which it sends when it
 * cannot tell, reads as {@link #PRESENCE_UNKNOWN}.
 */
public enum PersonStatus implements WireValue {
    /** Active in the last ten minutes ({@code active}). */
    ACTIVE("active"),
    /** Not active in the last ten minutes ({@code inactive}). */
    INACTIVE("inactive"),
    /** In a call ({@code call}). */
    CALL("call"),
    /** In a meeting ({@code meeting}). */
    MEETING("meeting"),
    /** Presenting in a meeting ({@code presenting}). */
    PRESENTING("presenting"),
    /** Do not disturb is on ({@code DoNotDisturb}). */
    DO_NOT_DISTURB("DoNotDisturb"),
    /** Out of office ({@code OutOfOffice}). */
    OUT_OF_OFFICE("OutOfOffice"),
    /** Has never logged in ({@code pending}). */
    PENDING("pending"),
    /** Spark cannot tell the presence ({@code unknown}). */
    PRESENCE_UNKNOWN("unknown"),
    /** A value this version of the SDK does not know. */
    UNKNOWN(null);

    private static final WireValues<PersonStatus> LOOKUP = WireValues.of(values(), PersonStatus::value, UNKNOWN);

    private final String value;

    PersonStatus(String value) {
        this.value = value;
    }

    /**
     * Returns the string the API uses for this presence.
     *
     * @return the wire value, for example {@code "DoNotDisturb"}; null for {@link #UNKNOWN}
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
    public static PersonStatus of(String wire) {
        return LOOKUP.find(wire);
    }
}
