package io.ciscosparkapi.transport;

import java.net.ProxySelector;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Settings a {@link TransportProvider} builds a {@link Transport} with: timeouts, proxy and TLS.
 *
 * <p>Immutable and thread-safe. Unset values mean the defaults documented on each getter.
 */
public final class TransportOptions {

    /** The connect timeout used when none is set: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The read timeout used when none is set: 60 seconds, as in the Python SDK. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final TransportOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final ProxySelector proxy;
    private final SSLContext sslContext;

    private TransportOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.proxy = b.proxy;
        this.sslContext = b.sslContext;
    }

    /**
     * Returns the default options.
     *
     * @return options with every value at its default
     */
    public static TransportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder with every value at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The longest to wait for a TCP (and TLS) connection to be established.
     *
     * @return the connect timeout; {@link #DEFAULT_CONNECT_TIMEOUT} unless set
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The longest to wait for response data when a request carries no timeout of its own.
     *
     * @return the read timeout; {@link #DEFAULT_READ_TIMEOUT} unless set
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The proxy selector to route connections through.
     *
     * @return the selector, or empty for a direct connection (system proxy settings are not
     *     consulted unless a selector such as {@link ProxySelector#getDefault()} is given)
     */
    public Optional<ProxySelector> proxy() {
        return Optional.ofNullable(proxy);
    }

    /**
     * The TLS context to use for {@code https}.
     *
     * @return the context, or empty for the JDK's default (which trusts the JDK's CA store)
     */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /**
     * Returns a builder that starts with these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().connectTimeout(connectTimeout).readTimeout(readTimeout).proxy(proxy).sslContext(sslContext);
    }

    @Override
    public String toString() {
        return "TransportOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", proxy=" + (proxy != null) + ", sslContext=" + (sslContext != null) + "}";
    }

    /** Builds {@link TransportOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private ProxySelector proxy;
        private SSLContext sslContext;

        private Builder() {
        }

        /**
         * Sets the connect timeout.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the read timeout.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * Sets the proxy selector.
         *
         * @param proxy the selector, or {@code null} for direct connections
         * @return this builder
         */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * Sets the TLS context.
         *
         * @param sslContext the context, or {@code null} for the JDK default
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the immutable options
         */
        public TransportOptions build() {
            return new TransportOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
