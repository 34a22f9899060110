package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.Query;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.OAuthGrants;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.util.Locale;
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
        Query form = contentType != null && contentType.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded") ? Query.parse(ctx.bodyText()) : ctx.query;
        String grantType = required(form, "grant_type");
        String clientId = required(form, "client_id");
        store.oauth.authenticate(clientId, required(form, "client_secret"));
        OAuthGrants.Grant grant = switch (grantType) {
            case "authorization_code" -> store.oauth.exchange(clientId, required(form, "code"),
                    required(form, "redirect_uri"));
            case "refresh_token" -> store.oauth.refresh(clientId, required(form, "refresh_token"));
            default -> throw ApiError.badRequest("Unsupported grant_type: " + grantType);
        };
        if (!store.people.containsKey(grant.personId())) {
            throw ApiError.badRequest("The person of this grant no longer exists.");
        }
        String access = Ids.token();
        store.tokens.put(access, grant.personId());
        ObjectNode o = Json.object();
        o.put("access_token", access);
        o.put("expires_in", ACCESS_LIFETIME);
        o.put("refresh_token", grant.refreshToken());
        o.put("refresh_token_expires_in", REFRESH_LIFETIME);
        o.put("token_type", "Bearer");
        return Replies.ok(o);
    }
}
