package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import java.time.Duration;
import java.util.Objects;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
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
     * {@code options}.
     *
     * <p>The connect timeout is the options' connect timeout; the read timeout bounds every wait
     * for the server. Redirects are not followed, nothing is retried, and no cookies are kept
     * between requests. A direct connection is used unless the options carry a proxy selector,
     * which then routes every request (the system's proxy settings are not consulted). With an
     * {@link javax.net.ssl.SSLContext}, {@code https} connections use it, with HttpClient's
     * default host name verification. The pool keeps up to {@value #MAX_CONNECTIONS_PER_ROUTE}
     * connections per host and {@value #MAX_CONNECTIONS_TOTAL} in all.
     *
     * @param options timeouts, proxy and TLS settings
     * @return a new transport, which the caller closes
     */
    @Override
    public Transport create(TransportOptions options) {
        Objects.requireNonNull(options, "options");
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
                .setMaxConnTotal(MAX_CONNECTIONS_TOTAL)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(options.connectTimeout()))
                        .setSocketTimeout(timeout(options.readTimeout()))
                        .build());
        options.sslContext().ifPresent(context -> connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(context)));
        PoolingHttpClientConnectionManager manager = connections.build();

        HttpClientBuilder client = HttpClients.custom()
                .setConnectionManager(manager)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setRoutePlanner(options.proxy()
                        .<DefaultRoutePlanner>map(selector -> new SystemDefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE, selector))
                        .orElseGet(() -> new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE)));
        return ApacheClientTransport.owning(client.build(), options);
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
