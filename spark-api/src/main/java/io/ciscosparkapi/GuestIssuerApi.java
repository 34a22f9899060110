package io.ciscosparkapi;

import io.ciscosparkapi.model.GuestToken;

/**
 * Guests of an application: {@code POST jwt/login} exchanges a guest JWT, minted with
 * {@link GuestIssuer}, for the guest's access token. Obtain it from
 * {@link CiscoSparkAPI#guestIssuer()}. Thread-safe.
 */
public final class GuestIssuerApi {

    private final Session session;

    GuestIssuerApi(Session session) {
        this.session = session;
    }

    /**
     * Exchanges a guest JWT for the guest's access token. The JWT itself is the call's bearer
     * token (the client's own token is not sent), and the call has no body.
     *
     * @param jwt a JWT from {@link GuestIssuer#jwt}
     * @return the guest's token and its lifetime
     * @throws SparkApiException with status 401 when Spark refuses the JWT (bad signature,
     *     expired, unknown issuer)
     */
    public GuestToken login(String jwt) {
        return session.execute(loginCall(jwt));
    }

    static Call<GuestToken> loginCall(String jwt) {
        Arguments.required(jwt, "jwt");
        for (int i = 0; i < jwt.length(); i++) {
            char c = jwt.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("jwt holds a character a JWT cannot hold, at position " + i);
            }
        }
        return Call.post("jwt/login", GuestToken::new).withBearer(jwt);
    }
}
