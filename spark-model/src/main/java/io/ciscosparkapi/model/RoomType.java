package io.ciscosparkapi.model;

import io.ciscosparkapi.model.internal.WireValues;

/**
 * The kind of a room: a one-to-one conversation or a group space.
 *
 * <p>A value that a newer server sends and this version does not know reads as {@link #UNKNOWN}; the raw text
 * stays readable with {@link SparkObject#get(String)}.
 */
public enum RoomType implements WireValue {
    /** A one-to-one room between two people ({@code direct}). */
    DIRECT("direct"),
    /** A group room ({@code group}). */
    GROUP("group"),
    /** A value this version of the SDK does not know. */
    UNKNOWN(null);

    private static final WireValues<RoomType> LOOKUP = WireValues.of(values(), RoomType::value, UNKNOWN);

    private final String value;

    RoomType(String value) {
        this.value = value;
    }

    /**
     * Returns the string the API uses for this room type.
     *
     * @return the wire value, for example {@code "direct"}; null for {@link #UNKNOWN}
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
    public static RoomType of(String wire) {
        return LOOKUP.find(wire);
    }
}
