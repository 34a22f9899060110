package io.ciscosparkapi.transport.apache.internal;

import java.net.Socket;
import java.nio.channels.SocketChannel;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;

/**
 * Builds the transport's connection pool on sockets that an interrupt reaches.
 *
 * <p>Each socket is the {@linkplain SocketChannel#socket() socket of a channel}: a thread
 * interrupted while it waits to connect, read or write on it gets a
 * {@link java.nio.channels.ClosedByInterruptException} at once, and the connection is closed,
 * where a plain socket would keep the thread waiting until a timeout. HttpClient's classic API
 * does not look at interrupts while it waits for the server, so this is what lets an interrupt
 * end a waiting {@code execute}. Timeouts and TLS layered on top work as on a plain socket;
 * a SOCKS proxy, which a channel cannot use, gets a plain socket.
 */
final class InterruptibleConnections extends PoolingHttpClientConnectionManagerBuilder {

    private static final DetachedSocketFactory SOCKETS =
            socksProxy -> socksProxy != null ? new Socket(socksProxy) : SocketChannel.open().socket();

    private InterruptibleConnections() {
    }

    /**
     * Starts a builder, with HttpClient's defaults for everything but the sockets.
     *
     * @return a new builder
     */
    static InterruptibleConnections start() {
        return new InterruptibleConnections();
    }

    @Override
    protected HttpClientConnectionOperator createConnectionOperator(SchemePortResolver schemePortResolver,
                                                                    DnsResolver dnsResolver, TlsSocketStrategy tls) {
        return new DefaultHttpClientConnectionOperator(SOCKETS, schemePortResolver, dnsResolver,
                RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tls).build());
    }
}
