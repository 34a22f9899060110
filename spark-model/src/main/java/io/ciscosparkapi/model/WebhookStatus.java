package io.ciscosparkapi.model;

import io.ciscosparkapi.model.internal.WireValues;

/**
 * Whether a webhook delivers events; the service disables a webhook after repeated delivery failures.
 *
 * <p>A value that a newer server sends and this version does not know reads as {@link #UNKNOWN}; the raw text
 * stays readable with {@link SparkObject#get(String)}.
 */
public enum WebhookStatus implements WireValue {
    /** The webhook delivers events ({@code active}). */
    ACTIVE("active"),
    /** The webhook is disabled and delivers nothing ({@code inactive}). */
    INACTIVE("inactive"),
    /** A value this version of the SDK does not know. */
    UNKNOWN(null);

    private static final WireValues<WebhookStatus> LOOKUP = WireValues.of(values(), WebhookStatus::value, UNKNOWN);

    private final String value;

    WebhookStatus(String value) {
        this.value = value;
    }

    /**
     * Returns the string the API uses for this webhook status.
     *
     * @return the wire value, for example {@code "active"}; null for {@link #UNKNOWN}
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
    public static WebhookStatus of(String wire) {
        return LOOKUP.find(wire);
    }
}
