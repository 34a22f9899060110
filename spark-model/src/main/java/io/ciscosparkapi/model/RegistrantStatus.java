package io.ciscosparkapi.model;

import io.ciscosparkapi.model.internal.WireValues;

/**
 * Where a webinar registration stands: waiting for the host, approved, rejected or cancelled.
 *
 * <p>A value that a newer server sends and this version does not know reads as {@link #UNKNOWN}; the raw text
 * stays readable with {@link SparkObject#get(String)}.
 */
public enum RegistrantStatus implements WireValue {
    /** Waiting for the host to approve it; webinars that do not accept requests automatically ({@code pending}). */
    PENDING("pending"),
    /** Approved: the registrant may join ({@code approved}). */
    APPROVED("approved"),
    /** Rejected by the host ({@code rejected}). */
    REJECTED("rejected"),
    /** Cancelled ({@code cancelled}). */
    CANCELLED("cancelled"),
    /** A value this version of the SDK does not know. */
    UNKNOWN(null);

    private static final WireValues<RegistrantStatus> LOOKUP =
            WireValues.of(values(), RegistrantStatus::value, UNKNOWN);

    private final String value;

    RegistrantStatus(String value) {
        this.value = value;
    }

    /**
     * Returns the string the API uses for this status.
     *
     * @return the wire value, for example {@code "approved"}; null for {@link #UNKNOWN}
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
    public static RegistrantStatus of(String wire) {
        return LOOKUP.find(wire);
    }
}
