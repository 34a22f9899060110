package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import java.time.Duration;
import java.util.Objects;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.concurrent.DefaultThreadFactory;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.util.Timeout;

/**
 * Provides the transport built on Apache HttpClient 5, under the name {@code apache}.
 *
 * <p>Its {@link #priority() priority} is {@code 10}: chosen before the JDK transport
 * ({@code 0}) and after OkHttp ({@code 20}) when the user names none.
 *
 * <p>This class is public only so that {@link java.util.ServiceLoader} can instantiate it; it is
 * not part of the SDK's API. It is stateless and thread-safe.
 */
public final class ApacheTransportProvider implements TransportProvider {

    /** The short name users select this provider by. */
    static final String NAME = "apache";
    private static final int PRIORITY = 10;
    /** Connections kept per host: enough for many threads sharing one client. */
    static final int MAX_CONNECTIONS_PER_ROUTE = 64;
    /** Connections kept in all. */
    static final int MAX_CONNECTIONS_TOTAL = 128;

    /**
     * Creates the provider; called by {@link java.util.ServiceLoader}.
     */
    public ApacheTransportProvider() {
    }

    /**
     * Returns {@code "apache"}.
     *
     * @return the provider's short name
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code 10}.
     *
     * @return {@code 10}
     */
    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * Creates a transport on a new classic {@code CloseableHttpClient} configured from
     * {@code options}, with an async client beside it for {@code executeAsync}.
     *
     * <p>The connect timeout bounds the TCP connection and its TLS handshake; the read timeout
     * bounds every wait for the server, and the whole wait for the response headers of a request
     * without a timeout of its own. Redirects are not followed, nothing is retried, and no
     * cookies are kept between requests. The options'
     * {@link TransportOptions#proxySelector() proxy selector} routes every request (the JVM's
     * default one when the options name no proxy), {@code https} through a {@code CONNECT}
     * tunnel, and their proxy credentials answer the proxy alone ({@link ProxyCredentials}).
     * With an {@link javax.net.ssl.SSLContext}, {@code https} connections use it, with
     * HttpClient's default host name verification. The pool keeps up to
     * {@value #MAX_CONNECTIONS_PER_ROUTE} connections per host and {@value #MAX_CONNECTIONS_TOTAL}
     * in all, on sockets an interrupt reaches ({@link InterruptibleConnections}). The transport's
     * {@code executeAsync} goes through an async client configured alike, with a pool of its own
     * of the same size, built and started on the first {@code executeAsync}.
     *
     * @param options timeouts, proxy and TLS settings
     * @return a new transport, which the caller closes
     */
    @Override
    public Transport create(TransportOptions options) {
        Objects.requireNonNull(options, "options");
        PoolingHttpClientConnectionManagerBuilder connections = InterruptibleConnections.start()
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
                .setMaxConnTotal(MAX_CONNECTIONS_TOTAL)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(options.connectTimeout()))
                        .setSocketTimeout(timeout(options.readTimeout()))
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(timeout(options.connectTimeout())).build());
        options.sslContext().ifPresent(context -> connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(context)));
        PoolingHttpClientConnectionManager manager = connections.build();

        HttpClientBuilder client = HttpClients.custom()
                .setConnectionManager(manager)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setRoutePlanner(new SystemDefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE, options.proxySelector()));
        options.proxyCredentials().map(ProxyCredentials::new).ifPresentOrElse(credentials -> client
                        .setDefaultCredentialsProvider(credentials)
                        .addExecInterceptorAfter(ChainElement.PROTOCOL.name(), "proxy-credentials", credentials),
                // Without credentials the provider must not be HttpClient's system-default one,
                // which would ask the JVM-wide Authenticator.
                () -> client.setDefaultCredentialsProvider((scope, context) -> null));
        return ApacheClientTransport.owning(client.build(), () -> asyncClient(options), options);
    }

    /**
     * The async client for {@code executeAsync}, configured as the classic one: the same pool
     * sizes, timeouts, proxy, credentials and TLS, HTTP/1.1 alone, no redirects, retries or
     * cookies. Unlike the classic client it asks for no compressed answers, so the headers the
     * caller gets always describe the body it reads. Its threads, daemons named
     * {@code ciscosparkapi-apache-io-N}, are the I/O reactor's: one per processor, and one that
     * starts them and waits for their end.
     */
    private static CloseableHttpAsyncClient asyncClient(TransportOptions options) {
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
                .setMaxConnTotal(MAX_CONNECTIONS_TOTAL)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(options.connectTimeout()))
                        .setSocketTimeout(timeout(options.readTimeout()))
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom()
                        .setHandshakeTimeout(timeout(options.connectTimeout()))
                        .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                        .build());
        options.sslContext().ifPresent(context -> connections.setTlsStrategy(new DefaultClientTlsStrategy(context)));
        HttpAsyncClientBuilder client = HttpAsyncClients.custom()
                .setConnectionManager(connections.build())
                .setThreadFactory(new DefaultThreadFactory("ciscosparkapi-apache-io", true))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .addExecInterceptorFirst(ConnectionDiscard.NAME, ConnectionDiscard.INSTANCE)
                .setRoutePlanner(new SystemDefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE, options.proxySelector()));
        options.proxyCredentials().map(ProxyCredentials::new).ifPresentOrElse(credentials -> client
                        .setDefaultCredentialsProvider(credentials)
                        .addExecInterceptorAfter(ChainElement.PROTOCOL.name(), "proxy-credentials", credentials),
                () -> client.setDefaultCredentialsProvider((scope, context) -> null));
        return client.build();
    }

    @Override
    public String toString() {
        return "ApacheTransportProvider{name=" + NAME + ", priority=" + PRIORITY + "}";
    }

    /**
     * A duration as HttpClient takes it, in milliseconds: at least 1.
     *
     * @param duration a positive duration
     * @return the timeout
     */
    static Timeout timeout(Duration duration) {
        long millis;
        try {
            millis = duration.toMillis();
        } catch (ArithmeticException tooLong) {
            millis = Long.MAX_VALUE;
        }
        return Timeout.ofMilliseconds(Math.max(1, millis));
    }
}
