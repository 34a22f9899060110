package io.ciscosparkapi.testkit.internal.state;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The OAuth side of the fake (spec §2.12): the integrations a test registers, the one-time
 * authorization codes it issues, and the refresh tokens minted by {@code POST access_token}, which
 * expire on the fake's clock. Guarded by the {@link Store}'s lock, like the rest of the state.
 */
public final class OAuthGrants {

    /** How long a minted access token works: 14 days, as the service answers. */
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofDays(14);
    /** How long a refresh token works from the code exchange: 90 days. */
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(90);

    private record Client(String secret) {
    }

    private record Code(String clientId, String personId, String redirectUri) {
    }

    private record Refresh(String clientId, String personId, Instant expires) {
    }

    /**
     * What a successful exchange grants: the person the new token acts as, and the refresh token.
     *
     * @param personId the person
     * @param refreshToken the refresh token to hand out
     * @param refreshExpires when the refresh token stops working
     */
    public record Grant(String personId, String refreshToken, Instant refreshExpires) {
    }

    private final Map<String, Client> clients = new LinkedHashMap<>();
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, Refresh> refreshTokens = new LinkedHashMap<>();

    /** Creates grants with no integration registered. */
    public OAuthGrants() {
    }

    /**
     * Registers an integration (again: replaces its secret).
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     */
    public void registerClient(String clientId, String clientSecret) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        clients.put(clientId, new Client(clientSecret));
    }

    /**
     * Issues a one-time authorization code, as the browser step would.
     *
     * @param clientId a registered client id
     * @param personId the person who authorizes
     * @param redirectUri the redirect URI the exchange must repeat
     * @return the code
     * @throws IllegalArgumentException when the client is not registered
     */
    public String issueCode(String clientId, String personId, String redirectUri) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        if (!clients.containsKey(clientId)) {
            throw new IllegalArgumentException("unknown OAuth client: " + clientId);
        }
        String code = Ids.token();
        codes.put(code, new Code(clientId, personId, redirectUri));
        return code;
    }

    /**
     * Checks an integration's credentials.
     *
     * @param clientId the client id
     * @param clientSecret the secret
     * @throws ApiError 401 when the pair is unknown
     */
    public void authenticate(String clientId, String clientSecret) {
        Client c = clients.get(clientId);
        if (c == null || !c.secret().equals(clientSecret)) {
            throw new ApiError(401, "Invalid client_id or client_secret.");
        }
    }

    /**
     * Exchanges a code (once) for a grant with a new refresh token.
     *
     * @param clientId the authenticated client
     * @param code the code
     * @param redirectUri the redirect URI, equal to the one the code was issued for
     * @param now the fake's time
     * @return the grant
     * @throws ApiError 400 for an unknown or used code, another client's code or another URI
     */
    public Grant exchange(String clientId, String code, String redirectUri, Instant now) {
        Code c = codes.get(code);
        if (c == null || !c.clientId().equals(clientId) || !c.redirectUri().equals(redirectUri)) {
            throw ApiError.badRequest("Invalid authorization code or redirect_uri.");
        }
        codes.remove(code);
        String refresh = Ids.token();
        Instant expires = now.plus(REFRESH_TOKEN_LIFETIME);
        refreshTokens.put(refresh, new Refresh(clientId, c.personId(), expires));
        return new Grant(c.personId(), refresh, expires);
    }

    /**
     * Uses a refresh token; it is handed out again and keeps its end of life.
     *
     * @param clientId the authenticated client
     * @param refreshToken the refresh token
     * @param now the fake's time
     * @return the grant
     * @throws ApiError 400 for an unknown token, another client's token or an expired one
     */
    public Grant refresh(String clientId, String refreshToken, Instant now) {
        Refresh r = refreshTokens.get(refreshToken);
        if (r == null || !r.clientId().equals(clientId)) {
            throw ApiError.badRequest("Invalid refresh token.");
        }
        if (!now.isBefore(r.expires())) {
            refreshTokens.remove(refreshToken);
            throw ApiError.badRequest("The refresh token has expired; the user must authorize the integration again.");
        }
        return new Grant(r.personId(), refreshToken, r.expires());
    }
}
