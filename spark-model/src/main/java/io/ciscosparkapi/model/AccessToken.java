package io.ciscosparkapi.model;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The answer to an OAuth token request ({@code POST access_token}): an access token and the refresh token that renews
 * it.
 *
 * <p>{@link #toString()} hides both tokens; {@link #json()} and {@link #get(String)} give the real values. Fields
 * that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole object.
 * Instances are immutable and thread-safe.
 */
public final class AccessToken extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "access_token", "expires_in", "refresh_token", "refresh_token_expires_in", "token_type", "scope");

    private static final Set<String> SECRET_FIELDS = Set.of("access_token", "refresh_token");

    /**
     * Creates an access token from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AccessToken(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the access token (JSON field {@code access_token}).
     *
     * @return the value; null when absent
     */
    public String accessToken() {
        return string("access_token");
    }

    /**
     * Returns the lifetime of the access token in seconds (JSON field {@code expires_in}).
     *
     * @return the value; null when absent
     */
    public Integer expiresIn() {
        return integer("expires_in");
    }

    /**
     * Returns the refresh token (JSON field {@code refresh_token}).
     *
     * @return the value; null when absent
     */
    public String refreshToken() {
        return string("refresh_token");
    }

    /**
     * Returns the lifetime of the refresh token in seconds (JSON field {@code refresh_token_expires_in}).
     *
     * @return the value; null when absent
     */
    public Integer refreshTokenExpiresIn() {
        return integer("refresh_token_expires_in");
    }

    /**
     * Returns the token type, such as {@code Bearer} (JSON field {@code token_type}).
     *
     * @return the value; null when absent
     */
    public String tokenType() {
        return string("token_type");
    }

    /**
     * Returns the granted scopes, separated by spaces (JSON field {@code scope}).
     *
     * @return the value; null when absent
     */
    public String scope() {
        return string("scope");
    }

    /**
     * Returns the simple class name and the JSON text with both token values replaced by {@code "<redacted>"}, so that
     * logging the object does not leak credentials; {@link #json()} still gives the real values.
     *
     * @return the text; never null
     */
    @Override
    public String toString() {
        return "AccessToken(" + redactedJson(SECRET_FIELDS) + ")";
    }
}
