package io.ciscosparkapi.model;

import io.ciscosparkapi.model.internal.WireValues;

/**
 * The kind of account behind a person: a human user, a bot or a guest application user.
 *
 * <p>A value that a newer server sends and this version does not know reads as {@link #UNKNOWN}; the raw text
 * stays readable with {@link SparkObject#get(String)}.
 */
public enum PersonType implements WireValue {
    /** A human user ({@code person}). */
    PERSON("person"),
    /** A bot account ({@code bot}). */
    BOT("bot"),
    /** A guest user created by an application through a guest issuer ({@code appuser}). */
    APPUSER("appuser"),
    /** A value this version of the SDK does not know. */
    UNKNOWN(null);

    private static final WireValues<PersonType> LOOKUP = WireValues.of(values(), PersonType::value, UNKNOWN);

    private final String value;

    PersonType(String value) {
        this.value = value;
    }

    /**
     * Returns the string the API uses for this person type.
     *
     * @return the wire value, for example {@code "person"}; null for {@link #UNKNOWN}
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
    public static PersonType of(String wire) {
        return LOOKUP.find(wire);
    }
}
