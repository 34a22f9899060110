package io.ciscosparkapi;

import io.ciscosparkapi.internal.RestSession;
import io.ciscosparkapi.model.AccessToken;
import io.ciscosparkapi.transport.RequestBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * OAuth access tokens for integrations: {@code POST access_token}. Obtain it from
 * {@link CiscoSparkAPI#accessTokens()}. These calls send a form body and no
 * {@code Authorization} header. Thread-safe.
 */
public final class AccessTokensApi {

    private static final String PATH = "access_token";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final RestSession session;

    AccessTokensApi(RestSession session) {
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
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", Arguments.required(clientId, "clientId"));
        form.put("client_secret", Arguments.required(clientSecret, "clientSecret"));
        form.put("code", Arguments.required(code, "code"));
        form.put("redirect_uri", Arguments.required(redirectUri, "redirectUri"));
        return post(form);
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
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", Arguments.required(clientId, "clientId"));
        form.put("client_secret", Arguments.required(clientSecret, "clientSecret"));
        form.put("refresh_token", Arguments.required(refreshToken, "refreshToken"));
        return post(form);
    }

    private AccessToken post(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        RequestBody request = RequestBody.of(body.toString().getBytes(StandardCharsets.UTF_8), FORM);
        return session.post(PATH, request, false, AccessToken::new);
    }
}
