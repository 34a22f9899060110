package io.ciscosparkapi.transport.apache;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.apache.internal.ApacheClientTransport;
import java.util.Objects;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Builds a {@link Transport} around an application's own Apache HttpClient 5, so the SDK shares
 * its connection pool, TLS, proxy and routing.
 *
 * <pre>{@code
 * CloseableHttpClient shared = HttpClients.custom()
 *         .disableAutomaticRetries()   // the SDK does its own retries
 *         .build();
 * CiscoSparkAPI api = CiscoSparkAPI.builder()
 *         .transport(ApacheTransport.wrap(shared))
 *         .build();
 * }</pre>
 *
 * <p>Without this class the SDK still finds the Apache transport by itself (under the name
 * {@code apache}) and builds a client of its own from its
 * {@link io.ciscosparkapi.transport.TransportOptions}.
 */
public final class ApacheTransport {

    private ApacheTransport() {
    }

    /**
     * Returns a transport that sends every request through {@code client}.
     *
     * <p>Each request carries a {@link org.apache.hc.client5.http.config.RequestConfig} of its own
     * that turns redirects off and never answers a server's authentication challenge, so a
     * redirect is returned as it is (an {@code Authorization} header never reaches another host)
     * and a {@code 401} is returned rather than answered. A proxy's {@code 407} is answered from
     * the client's own credentials provider, through the client's own route planner or proxy.
     * That per-request configuration replaces the client's default {@code RequestConfig}: set
     * timeouts on the connection manager's
     * {@link org.apache.hc.client5.http.config.ConnectionConfig} (connect and socket timeouts),
     * which stay in force. A request carrying its own
     * {@link io.ciscosparkapi.transport.TransportRequest#timeout() timeout} is bounded by it for
     * every wait for the server, and for the whole wait for the response headers.
     *
     * <p>Retries are the one thing a request cannot turn off: build {@code client} with
     * {@code disableAutomaticRetries()}, or it may resend idempotent requests and wait out
     * {@code 429} and {@code 503} answers on its own, before the SDK's own rules see them. Request
     * bodies are marked non-repeatable, so a request with a body is never resent: a plain
     * {@code http} request with a body through a proxy that asks for credentials gets the
     * {@code 407} back unless the client sends them before the proxy asks (in a request
     * interceptor). The client's sockets are its own: HttpClient sees an interrupt of a thread
     * waiting in {@code execute} only while it waits for a pooled connection, so the exchange
     * goes on until its timeout. (The transport the SDK builds by itself ends a waiting exchange
     * on an interrupt.)
     *
     * <p>{@code client} is a blocking client, so the returned transport has no async client of
     * its own: {@link Transport#executeAsync} runs {@code execute} on the executor it is given,
     * as {@code Transport}'s default does. Each exchange in flight then holds a thread of that
     * executor until its headers are in, and cancelling the future interrupts that thread, which
     * (as above) ends the exchange only while it waits for a pooled connection. The transport the
     * SDK builds by itself sends {@code executeAsync} through HttpClient's async client instead.
     *
     * <p>{@link Transport#close()} on the returned transport stops it from accepting requests
     * but does not close {@code client}: it belongs to whoever built it. The returned transport is
     * thread-safe.
     *
     * @param client the application's client; not {@code null}
     * @return a transport on {@code client}, which the caller closes when done with it
     */
    public static Transport wrap(CloseableHttpClient client) {
        Objects.requireNonNull(client, "client");
        return ApacheClientTransport.borrowing(client);
    }
}
