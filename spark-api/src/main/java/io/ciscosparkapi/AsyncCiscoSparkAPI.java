package io.ciscosparkapi;

import java.net.URI;

/**
 * The async twin of a {@link CiscoSparkAPI}, from {@link CiscoSparkAPI#async()}: the same
 * resource groups, with the same method names and parameters, each returning a
 * {@link java.util.concurrent.CompletableFuture} (listings an {@link AsyncPagedIterable}), and
 * the same client underneath: token, transport, settings, interceptors.
 *
 * <pre>{@code
 * CompletableFuture<Message> sent = api.async().messages().create(m -> m.roomId(id).text("hi"));
 * }</pre>
 *
 * <p>No thread waits for an answer: waits (rate limits, retry backoff) are scheduled, and the
 * steps after an exchange run on the client's async executor (see
 * {@link CiscoSparkAPI.Builder#asyncExecutor}). A future fails with the same exceptions the
 * blocking call throws; cancelling it cancels the exchange in flight and frees its connection.
 * Arguments are checked when the method is called, which throws for bad ones as the blocking
 * method does. Closing the client fails the calls still in flight. Thread-safe.
 */
public final class AsyncCiscoSparkAPI {

    private final AsyncSparkSession rawSession;
    private final Session session;

    AsyncCiscoSparkAPI(Session session) {
        this.session = session;
        this.rawSession = new AsyncSparkSession(session);
    }

    /**
     * Raw calls on any path, for endpoints this SDK does not model yet.
     *
     * @return the raw async session
     */
    public AsyncSparkSession session() {
        return rawSession;
    }

    /**
     * The base URL every relative path is resolved against.
     *
     * @return the base URL, ending in {@code /}
     */
    public URI baseUrl() {
        return session.config().baseUrl();
    }

    @Override
    public String toString() {
        return "AsyncCiscoSparkAPI{baseUrl=" + baseUrl() + "}";
    }
}
