package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.GuestIssuers;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST jwt/login} (spec §2.16): a guest JWT as the bearer, no body. A JWT that passes
 * {@link GuestJwt} gets an access token for the guest, a person of type {@code appuser} in the
 * issuer's org, made at the subject's first login and the same one afterwards; the token stops
 * working after {@link GuestIssuers#TOKEN_LIFETIME} on the fake's clock.
 */
final class JwtLoginEndpoint {

    private static final String GUEST_DOMAIN = "guest.example.com";

    private JwtLoginEndpoint() {
    }

    static ApiResponse login(RequestContext ctx, String unused) {
        Store store = ctx.store;
        String auth = ctx.request.header("Authorization");
        String jwt = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
        Instant now = store.clock.peek();
        GuestJwt.Claims claims = GuestJwt.verify(jwt, store.guestIssuers::key, now);
        String known = store.guestIssuers.guest(claims.issuer(), claims.subject());
        Person guest = known == null ? null : store.people.get(known);
        if (guest == null) {
            guest = store.addPerson(Ids.uuid(), claims.name(), store.freeEmail(claims.subject(), GUEST_DOMAIN),
                    "appuser", store.guestIssuers.orgId(claims.issuer()), null);
            store.guestIssuers.bind(claims.issuer(), claims.subject(), guest.id);
        } else {
            guest.displayName = claims.name();
        }
        guest.loggedIn = true;
        String token = Ids.token();
        store.tokens.put(token, new Store.AccessGrant(guest.id, now.plus(GuestIssuers.TOKEN_LIFETIME)));
        ObjectNode o = Json.object();
        o.put("token", token);
        o.put("expiresIn", GuestIssuers.TOKEN_LIFETIME.toSeconds());
        return Replies.ok(o);
    }
}
