package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.Query;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.OAuthGrants;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST access_token} (spec §2.12): form-encoded, no bearer token. The access tokens it
 * mints stop working after {@link OAuthGrants#ACCESS_TOKEN_LIFETIME} on the fake's clock.
 */
final class AccessTokenEndpoint {

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
        Instant now = store.clock.peek();
        OAuthGrants.Grant grant = switch (grantType) {
            case "authorization_code" -> store.oauth.exchange(clientId, required(form, "code"),
                    required(form, "redirect_uri"), now);
            case "refresh_token" -> store.oauth.refresh(clientId, required(form, "refresh_token"), now);
            default -> throw ApiError.badRequest("Unsupported grant_type: " + grantType);
        };
        Person person = store.people.get(grant.personId());
        if (person == null) {
            throw ApiError.badRequest("The person of this grant no longer exists.");
        }
        person.loggedIn = true;
        String access = Ids.token();
        store.tokens.put(access, new Store.AccessGrant(grant.personId(), now.plus(OAuthGrants.ACCESS_TOKEN_LIFETIME)));
        ObjectNode o = Json.object();
        o.put("access_token", access);
        o.put("expires_in", OAuthGrants.ACCESS_TOKEN_LIFETIME.toSeconds());
        o.put("refresh_token", grant.refreshToken());
        o.put("refresh_token_expires_in", Duration.between(now, grant.refreshExpires()).toSeconds());
        o.put("token_type", "Bearer");
        return Replies.ok(o);
    }
}
