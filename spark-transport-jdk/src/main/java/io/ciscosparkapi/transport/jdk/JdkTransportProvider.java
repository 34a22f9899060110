package io.ciscosparkapi.transport.jdk;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import java.util.Objects;

/**
 * Provides the transport built on the JDK's own {@link java.net.http.HttpClient}.
 *
 * <p>It needs nothing beyond the JDK, so it is always present; its {@link #priority() priority}
 * is {@code 0}, the lowest, so that any other transport on the path is chosen before it when the
 * user names none. Select it explicitly by the name {@code "jdk"}.
 *
 * <p>This class is public only so that {@link java.util.ServiceLoader} can instantiate it; it is
 * not part of the SDK's API. It is stateless and thread-safe.
 */
public final class JdkTransportProvider implements TransportProvider {

    /** The short name users select this provider by. */
    static final String NAME = "jdk";

    /**
     * Creates the provider; called by {@link java.util.ServiceLoader}.
     */
    public JdkTransportProvider() {
    }

    /**
     * Returns {@code "jdk"}.
     *
     * @return the provider's short name
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code 0}, the lowest priority: any add-on transport is preferred.
     *
     * @return {@code 0}
     */
    @Override
    public int priority() {
        return 0;
    }

    /**
     * Creates a transport on a new {@link java.net.http.HttpClient} configured from
     * {@code options}: connect timeout, proxy (the options' selector, the JVM's default when they
     * name none), proxy credentials and TLS context; redirects are never followed.
     *
     * <p>Proxy credentials are sent to the proxy before it asks, as {@code Proxy-Authorization:
     * Basic}, and never to a server; a {@code 401} from the server is returned to the caller. The
     * JDK client sends Basic credentials through a {@code CONNECT} tunnel only when the JVM allows
     * it, which by default it does not: with credentials, start the JVM with
     * {@code -Djdk.http.auth.tunneling.disabledSchemes=} (empty).
     *
     * @param options timeouts, proxy and TLS settings
     * @return a new transport, which the caller closes
     * @throws IllegalArgumentException when the options carry proxy credentials and the JVM's
     *     {@code jdk.http.auth.tunneling.disabledSchemes} or
     *     {@code jdk.http.auth.proxying.disabledSchemes} refuses Basic authentication
     */
    @Override
    public Transport create(TransportOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.proxyCredentials().isPresent()) {
            ProxyCredentials.requireBasicAllowed(ProxyCredentials::networkProperty);
        }
        return new JdkTransport(options);
    }

    @Override
    public String toString() {
        return "JdkTransportProvider{name=" + NAME + ", priority=0}";
    }
}
