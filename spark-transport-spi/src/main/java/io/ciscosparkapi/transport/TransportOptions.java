package io.ciscosparkapi.transport;

import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Settings a {@link TransportProvider} builds a {@link Transport} with: timeouts, proxy and TLS.
 *
 * <p><b>Proxy.</b> Requests go through an HTTP proxy when {@link Builder#proxy(InetSocketAddress)
 * an address} or {@link Builder#proxy(ProxySelector) a selector} is given; {@code https} requests
 * then pass through a {@code CONNECT} tunnel, so the proxy sees neither their headers nor their
 * bodies. When neither is given, the JVM's default selector decides
 * ({@link ProxySelector#getDefault()}, which honours {@code -Dhttps.proxyHost},
 * {@code -Dhttp.proxyHost}, {@code -Dhttp.nonProxyHosts} and
 * {@code -Djava.net.useSystemProxies}); {@code proxy(ProxySelector.of(null))} asks for a direct
 * connection whatever the JVM says. {@link Builder#proxyCredentials(String, char[]) Credentials}
 * for the proxy are sent to the proxy alone, as {@code Proxy-Authorization: Basic}: never as the
 * {@code Authorization} header (which carries the bearer token to Spark and never to the proxy),
 * never to the server behind the proxy, and never through the JVM-wide
 * {@link java.net.Authenticator}.
 *
 * <p>Immutable and thread-safe. Unset values mean the defaults documented on each getter.
 * {@link #toString()} never shows the proxy password.
 */
public final class TransportOptions {

    /** The connect timeout used when none is set: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The read timeout used when none is set: 60 seconds, as in the Python SDK. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final TransportOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final InetSocketAddress proxyAddress;
    private final ProxySelector proxySelector;
    private final String proxyUser;
    private final char[] proxyPassword;
    private final SSLContext sslContext;

    private TransportOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.proxyAddress = b.proxyAddress;
        this.proxySelector = b.proxySelector;
        this.proxyUser = b.proxyUser;
        this.proxyPassword = b.proxyPassword == null ? null : b.proxyPassword.clone();
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
     * The selector that decides, request by request, whether to go through an HTTP proxy: the
     * one {@link Builder#proxy(ProxySelector) given}; for a {@link Builder#proxy(InetSocketAddress)
     * given address}, one that answers that proxy for every {@code http} and {@code https} URI;
     * and when neither was given, the JVM's default, {@link ProxySelector#getDefault()} as it is
     * when this method is called (a selector that always answers a direct connection when the JVM
     * has none). A transport calls this once, when it is created.
     *
     * @return the selector; never {@code null}
     */
    public ProxySelector proxySelector() {
        if (proxySelector != null) {
            return proxySelector;
        }
        if (proxyAddress != null) {
            return ProxySelector.of(proxyAddress);
        }
        ProxySelector jvmDefault = ProxySelector.getDefault();
        return jvmDefault != null ? jvmDefault : ProxySelector.of(null);
    }

    /**
     * The address of the one HTTP proxy every request goes through, when one was given.
     *
     * @return the address, or empty when a selector was given or nothing was (see
     *     {@link #proxySelector()})
     */
    public Optional<InetSocketAddress> proxyAddress() {
        return Optional.ofNullable(proxyAddress);
    }

    /**
     * The user name and password to answer the proxy's {@code 407} challenge with (transports may
     * also send them before the proxy asks), as {@code Proxy-Authorization: Basic}. They go to the
     * proxy alone: never as the {@code Authorization} header, never to the server behind the
     * proxy, never through the JVM-wide {@link java.net.Authenticator}.
     *
     * @return a new copy of the credentials on every call (the caller may clear its password), or
     *     empty when none were given
     */
    public Optional<PasswordAuthentication> proxyCredentials() {
        return proxyUser == null ? Optional.empty() : Optional.of(new PasswordAuthentication(proxyUser, proxyPassword));
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
        Builder builder = new Builder().connectTimeout(connectTimeout).readTimeout(readTimeout).sslContext(sslContext);
        builder.proxyAddress = proxyAddress;
        builder.proxySelector = proxySelector;
        builder.proxyUser = proxyUser;
        builder.proxyPassword = proxyPassword == null ? null : proxyPassword.clone();
        return builder;
    }

    /**
     * Shows the timeouts, which proxy is used and whether TLS and proxy credentials are set; never
     * the proxy's user name or password.
     */
    @Override
    public String toString() {
        String proxy = proxyAddress != null ? proxyAddress.getHostString() + ":" + proxyAddress.getPort()
                : proxySelector != null ? "selector" : "JVM default";
        return "TransportOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", proxy=" + proxy + (proxyUser != null ? ", proxyCredentials=<redacted>" : "")
                + ", sslContext=" + (sslContext != null) + "}";
    }

    /** Builds {@link TransportOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private InetSocketAddress proxyAddress;
        private ProxySelector proxySelector;
        private String proxyUser;
        private char[] proxyPassword;
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
         * Sends every request through the HTTP proxy at {@code address}: {@code http} requests in
         * absolute form, {@code https} requests through a {@code CONNECT} tunnel. Replaces a
         * selector given before.
         *
         * <pre>{@code
         * TransportOptions.builder()
         *         .proxy(InetSocketAddress.createUnresolved("proxy.example.com", 3128))
         *         .proxyCredentials("alice", password)
         *         .build();
         * }</pre>
         *
         * @param address the proxy's host and port (an unresolved address is resolved when
         *     connecting); {@code null} to go back to the JVM's default selector
         * @return this builder
         * @throws IllegalArgumentException when the port is {@code 0}
         */
        public Builder proxy(InetSocketAddress address) {
            if (address != null && address.getPort() == 0) {
                throw new IllegalArgumentException("proxy port must be from 1 to 65535: " + address);
            }
            this.proxyAddress = address;
            this.proxySelector = null;
            return this;
        }

        /**
         * Lets {@code selector} decide, request by request, whether to go through an HTTP proxy
         * and which one; a selector answering {@link java.net.Proxy#NO_PROXY} means a direct
         * connection, so {@code ProxySelector.of(null)} turns every proxy off, the JVM's default
         * included. Replaces an address given before.
         *
         * @param selector the selector; {@code null} to go back to the JVM's default
         * @return this builder
         */
        public Builder proxy(ProxySelector selector) {
            this.proxySelector = selector;
            this.proxyAddress = null;
            return this;
        }

        /**
         * Sets the credentials the proxy asks for, sent to the proxy alone as
         * {@code Proxy-Authorization: Basic} (see {@link TransportOptions#proxyCredentials()}).
         * They apply to whichever proxy is used, the JVM's default included.
         *
         * @param user the user name; {@code null} to remove the credentials
         * @param password the password; copied, so the caller may clear its array afterwards
         * @return this builder
         * @throws IllegalArgumentException when the user name is blank or holds a colon or a line
         *     break (Basic authentication cannot carry them), or the password holds a line break
         * @throws NullPointerException when a user name is given without a password
         */
        public Builder proxyCredentials(String user, char[] password) {
            if (user == null) {
                this.proxyUser = null;
                this.proxyPassword = null;
                return this;
            }
            Objects.requireNonNull(password, "password");
            if (user.isBlank() || user.indexOf(':') >= 0 || user.indexOf('\r') >= 0 || user.indexOf('\n') >= 0) {
                throw new IllegalArgumentException(
                        "proxy user name must be non-blank and hold no colon or line break");
            }
            for (char c : password) {
                if (c == '\r' || c == '\n') {
                    throw new IllegalArgumentException("proxy password must hold no line break");
                }
            }
            this.proxyUser = user;
            this.proxyPassword = Arrays.copyOf(password, password.length);
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
