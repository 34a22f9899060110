package io.ciscosparkapi;

import io.ciscosparkapi.model.GuestToken;
import java.util.concurrent.CompletableFuture;

/**
 * The async twin of {@link GuestIssuerApi}: the same operations with the same parameters, each
 * returning a future. Obtain it from {@link AsyncCiscoSparkAPI#guestIssuer()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncGuestIssuerApi {

    private final Session session;

    AsyncGuestIssuerApi(Session session) {
        this.session = session;
    }

    /**
     * Exchanges a guest JWT for the guest's access token. The async twin of
     * {@link GuestIssuerApi#login(String)}; the future fails with a {@link SparkApiException} with
     * status 401 when Spark refuses the JWT (bad signature, expired, unknown issuer).
     *
     * @param jwt a JWT from {@link GuestIssuer#jwt}
     * @return completes with the guest's token and its lifetime
     */
    public CompletableFuture<GuestToken> login(String jwt) {
        return session.executeAsync(GuestIssuerApi.loginCall(jwt));
    }
}
