package io.ciscosparkapi;

import io.ciscosparkapi.model.AccessToken;
import java.util.concurrent.CompletableFuture;

/**
 * The async twin of {@link AccessTokensApi}: the same operations with the same parameters, each
 * returning a future. Obtain it from {@link AsyncCiscoSparkAPI#accessTokens()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncAccessTokensApi {

    private final Session session;

    AsyncAccessTokensApi(Session session) {
        this.session = session;
    }

    /**
     * Exchanges an authorization code, received on the redirect URI after the user granted access,
     * for an access token and a refresh token. The async twin of
     * {@link AccessTokensApi#get(String, String, String, String)}.
     *
     * @param clientId the integration's client id
     * @param clientSecret the integration's client secret
     * @param code the authorization code
     * @param redirectUri the redirect URI used when the code was requested
     * @return completes with the tokens
     */
    public CompletableFuture<AccessToken> get(String clientId, String clientSecret, String code, String redirectUri) {
        return session.executeAsync(AccessTokensApi.getCall(clientId, clientSecret, code, redirectUri));
    }

    /**
     * Gets a fresh access token with a refresh token. The async twin of
     * {@link AccessTokensApi#refresh(String, String, String)}.
     *
     * @param clientId the integration's client id
     * @param clientSecret the integration's client secret
     * @param refreshToken the refresh token
     * @return completes with the tokens; the refresh token may be the same as before
     */
    public CompletableFuture<AccessToken> refresh(String clientId, String clientSecret, String refreshToken) {
        return session.executeAsync(AccessTokensApi.refreshCall(clientId, clientSecret, refreshToken));
    }
}
