package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.Query;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.AuthCode;
import io.ciscosparkapi.testkit.internal.state.Entities.OAuthClient;
import io.ciscosparkapi.testkit.internal.state.Entities.RefreshGrant;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST access_token} (spec §2.12): form-encoded, no bearer token. */
final class AccessTokenEndpoint {

    /** Access token lifetime in seconds. */
    static final int ACCESS_LIFETIME = 1_209_600;
    /** Refresh token lifetime in seconds. */
    static final int REFRESH_LIFETIME = 7_776_000;

    private AccessTokenEndpoint() {
    }

    private static String required(Query form, String name) {
        String v = form.get(name);
        if (v == null || v.isEmpty()) {
            throw ApiError.badRequest("Missing required parameter '" + name + "'.");
        }
        return v;
    }

    static ApiResponse token(RequestContext ctx, String unused) {
        Store store = ctx.store;
        String contentType = ctx.request.header("Content-Type");
        Query form = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded") ? Query.parse(ctx.bodyText()) : ctx.query;
        String grant = required(form, "grant_type");
        String clientId = required(form, "client_id");
        String secret = required(form, "client_secret");
        OAuthClient client = store.oauthClients.get(clientId);
        if (client == null || !client.secret().equals(secret)) {
            throw new ApiError(401, "Invalid client_id or client_secret.");
        }
        String personId;
        String refresh;
        if (grant.equals("authorization_code")) {
            String code = required(form, "code");
            String redirectUri = required(form, "redirect_uri");
            AuthCode ac = store.authCodes.get(code);
            if (ac == null || !ac.clientId().equals(clientId) || !ac.redirectUri().equals(redirectUri)) {
                throw ApiError.badRequest("Invalid authorization code or redirect_uri.");
            }
            store.authCodes.remove(code);
            personId = ac.personId();
            refresh = Ids.token();
            store.refreshGrants.put(refresh, new RefreshGrant(clientId, personId));
        } else if (grant.equals("refresh_token")) {
            refresh = required(form, "refresh_token");
            RefreshGrant rg = store.refreshGrants.get(refresh);
            if (rg == null || !rg.clientId().equals(clientId)) {
                throw ApiError.badRequest("Invalid refresh token.");
            }
            personId = rg.personId();
        } else {
            throw ApiError.badRequest("Unsupported grant_type: " + grant);
        }
        if (!store.people.containsKey(personId)) {
            throw ApiError.badRequest("The person of this grant no longer exists.");
        }
        String access = Ids.token();
        store.tokens.put(access, personId);
        ObjectNode o = Json.object();
        o.put("access_token", access);
        o.put("expires_in", ACCESS_LIFETIME);
        o.put("refresh_token", refresh);
        o.put("refresh_token_expires_in", REFRESH_LIFETIME);
        o.put("token_type", "Bearer");
        return Replies.ok(o);
    }
}
