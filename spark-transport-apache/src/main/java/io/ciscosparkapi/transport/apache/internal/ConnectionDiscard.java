package io.ciscosparkapi.transport.apache.internal;

import java.io.IOException;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The first step of the async client's execution chain: it keeps each exchange's runtime in the
 * exchange's context, so that an aborted exchange can have its connection closed at once.
 *
 * <p>Cancelling the client's future alone is not enough: the client passes a cancel on to the
 * step its exchange is at, and when the pool hands over a connection at once, that step can be
 * recorded before the previous one, so a cancel then reaches a step already over and the
 * connection stays open. {@link #discard(HttpContext)} closes the connection whatever step the
 * exchange is at. Stateless and thread-safe.
 */
final class ConnectionDiscard implements AsyncExecChainHandler {

    /** The step's name in the chain. */
    static final String NAME = "ciscosparkapi-connection-discard";
    /** The one instance. */
    static final ConnectionDiscard INSTANCE = new ConnectionDiscard();

    private static final String RUNTIME = ConnectionDiscard.class.getName() + ".runtime";

    private ConnectionDiscard() {
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
                        AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        scope.clientContext.setAttribute(RUNTIME, scope.execRuntime);
        chain.proceed(request, entityProducer, scope, callback);
    }

    /**
     * Closes the connection of the exchange that runs with {@code context}, if it has one; any
     * thread may call it, at any step of the exchange, and more than once.
     *
     * @param context the context the exchange was started with
     */
    static void discard(HttpContext context) {
        if (context.getAttribute(RUNTIME) instanceof AsyncExecRuntime runtime) {
            runtime.discardEndpoint();
        }
    }
}
