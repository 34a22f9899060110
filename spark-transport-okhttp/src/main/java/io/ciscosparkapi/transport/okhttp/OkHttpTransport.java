package io.ciscosparkapi.transport.okhttp;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.okhttp.internal.OkHttpClientTransport;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link Transport} around an application's own {@link OkHttpClient}, so the SDK shares
 * its connection pool, threads, TLS, proxy, DNS, interceptors and event listener.
 *
 * <pre>{@code
 * OkHttpClient shared = ...; // the application's client
 * CiscoSparkAPI api = CiscoSparkAPI.builder()
 *         .transport(OkHttpTransport.wrap(shared))
 *         .build();
 * }</pre>
 *
 * <p>Without this class the SDK still finds the OkHttp transport by itself (under the name
 * {@code okhttp}) and builds a client of its own from its
 * {@link io.ciscosparkapi.transport.TransportOptions}.
 */
public final class OkHttpTransport {

    private OkHttpTransport() {
    }

    /**
     * Returns a transport that sends every request through {@code client}.
     *
     * <p>The transport works on a client derived with {@link OkHttpClient#newBuilder()}, which
     * shares the connection pool and dispatcher of {@code client} and leaves {@code client}
     * itself unchanged. The derived client keeps the transport's contract whatever
     * {@code client} was configured to do: redirects are never followed (so an
     * {@code Authorization} header never reaches another host), failed connections are not
     * retried, a {@code 401} is returned rather than answered by an
     * {@link okhttp3.Authenticator}, and a {@code 503} with {@code Retry-After: 0} is returned
     * rather than resent. Proxies are the client's own: its proxy or proxy selector, and its
     * proxy authenticator for a {@code 407}. Request bodies are never sent twice, so a plain
     * {@code http} request with a body through a proxy that asks for credentials gets the
     * {@code 407} back unless the client sends them before the proxy asks (in a network
     * interceptor); an {@code https} tunnel is authenticated by the proxy authenticator alone.
     *
     * <p>Timeouts are the client's own, except that a request carrying a
     * {@link io.ciscosparkapi.transport.TransportRequest#timeout() timeout} is bounded by it: up
     * to the response headers as a whole, then for every wait for body data. OkHttp bounds a TLS
     * handshake by the client's read timeout, its connect timeout covering the TCP connection
     * alone. The client's sockets are its own: OkHttp sees an interrupt of a thread waiting in
     * {@code execute} only between two reads or writes, so the exchange goes on until its
     * timeout. (The transport the SDK builds by itself bounds a handshake by its connect timeout
     * and ends a waiting exchange on an interrupt.)
     *
     * <p>{@link Transport#close()} on the returned transport stops it from accepting requests
     * but shuts down neither the pool nor the dispatcher of {@code client}: they belong to whoever
     * built {@code client}. The returned transport is thread-safe.
     *
     * @param client the application's client; not {@code null}
     * @return a transport on {@code client}, which the caller closes when done with it
     */
    public static Transport wrap(OkHttpClient client) {
        Objects.requireNonNull(client, "client");
        return OkHttpClientTransport.borrowing(client);
    }
}
