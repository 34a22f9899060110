package io.ciscosparkapi.model;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The access token a guest gets from {@code POST jwt/login} in exchange for a guest JWT signed by
 * a guest issuer; with it, the guest acts as a person of type {@link PersonType#APPUSER}.
 *
 * <p>{@link #toString()} hides the token.
 */
public final class GuestToken extends SparkObject {

    private static final Set<String> FIELDS = Set.of("token", "expiresIn");

    private static final Set<String> SECRET_FIELDS = Set.of("token");

    /**
     * Creates the model from the JSON object the API returned.
     *
     * @param json the JSON object; not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public GuestToken(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the guest's access token (JSON field {@code token}).
     *
     * @return the token; null when absent
     */
    public String token() {
        return string("token");
    }

    /**
     * Returns how long the token is valid, in seconds (JSON field {@code expiresIn}).
     *
     * @return the lifetime; null when absent
     */
    public Long expiresIn() {
        return longValue("expiresIn");
    }

    /**
     * Returns the JSON text with the token hidden.
     *
     * @return for example {@code GuestToken({"token":"<redacted>","expiresIn":21600})}
     */
    @Override
    public String toString() {
        return "GuestToken(" + redactedJson(SECRET_FIELDS) + ")";
    }
}
