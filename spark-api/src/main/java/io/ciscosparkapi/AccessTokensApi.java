package io.ciscosparkapi;

import io.ciscosparkapi.model.AccessToken;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth access tokens for integrations: {@code POST access_token}. Obtain it from
 * {@link CiscoSparkAPI#accessTokens()}. These calls send a form body and no
 * {@code Authorization} header. Thread-safe.
 */
public final class AccessTokensApi {

    private static final String PATH = "access_token";

    private final Session session;

    AccessTokensApi(Session session) {
        this.session = session;
    }

    /**
     * Exchanges an authorization code, received on the redirect URI after the user granted
     * access, for an access token and a refresh token.
     *
     * @param clientId the integration's client id
     * @param clientSecret the integration's client secret
     * @param code the authorization code
     * @param redirectUri the redirect URI used when the code was requested
     * @return the tokens
     */
    public AccessToken get(String clientId, String clientSecret, String code, String redirectUri) {
        return session.execute(getCall(clientId, clientSecret, code, redirectUri));
    }

    static Call<AccessToken> getCall(String clientId, String clientSecret, String code, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", Arguments.id(clientId, "clientId"));
        form.put("client_secret", Arguments.required(clientSecret, "clientSecret"));
        form.put("code", Arguments.required(code, "code"));
        form.put("redirect_uri", Arguments.required(redirectUri, "redirectUri"));
        return postCall(form);
    }

    /**
     * Gets a fresh access token with a refresh token.
     *
     * @param clientId the integration's client id
     * @param clientSecret the integration's client secret
     * @param refreshToken the refresh token
     * @return the tokens; the refresh token may be the same as before
     */
    public AccessToken refresh(String clientId, String clientSecret, String refreshToken) {
        return session.execute(refreshCall(clientId, clientSecret, refreshToken));
    }

    static Call<AccessToken> refreshCall(String clientId, String clientSecret, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", Arguments.id(clientId, "clientId"));
        form.put("client_secret", Arguments.required(clientSecret, "clientSecret"));
        form.put("refresh_token", Arguments.required(refreshToken, "refreshToken"));
        return postCall(form);
    }

    private static Call<AccessToken> postCall(Map<String, String> form) {
        return Call.post(PATH, RequestBodies.form(form), AccessToken::new).anonymous();
    }
}
