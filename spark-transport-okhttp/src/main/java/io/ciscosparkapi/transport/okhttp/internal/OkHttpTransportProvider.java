package io.ciscosparkapi.transport.okhttp.internal;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.KeyStoreException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Provides the transport built on OkHttp, under the name {@code okhttp}.
 *
 * <p>Its {@link #priority() priority} is {@code 20}, the highest of the SDK's own transports:
 * an application that adds this module gets OkHttp without naming it.
 *
 * <p>This class is public only so that {@link java.util.ServiceLoader} can instantiate it; it is
 * not part of the SDK's API. It is stateless and thread-safe.
 */
public final class OkHttpTransportProvider implements TransportProvider {

    /** The short name users select this provider by. */
    static final String NAME = "okhttp";
    private static final int PRIORITY = 20;

    /**
     * Creates the provider; called by {@link java.util.ServiceLoader}.
     */
    public OkHttpTransportProvider() {
    }

    /**
     * Returns {@code "okhttp"}.
     *
     * @return the provider's short name
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code 20}: chosen before the Apache ({@code 10}) and JDK ({@code 0}) transports
     * when the user names none.
     *
     * @return {@code 20}
     */
    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * Creates a transport on a new {@link OkHttpClient} configured from {@code options}.
     *
     * <p>The connect timeout bounds the TCP connection and its TLS handshake (OkHttp's own
     * connect timeout covers the TCP part alone; see {@link HandshakeTimeout}); the read timeout
     * bounds every wait for response data and every blocked write of the request body. The
     * options' {@link TransportOptions#proxySelector() proxy selector} routes every request (the
     * JVM's default one when the options name no proxy), and their proxy credentials answer the
     * proxy alone ({@link ProxyCredentials}). The client's sockets are ones an interrupt reaches
     * ({@link InterruptibleSockets}), so an interrupt ends a waiting exchange.
     *
     * <p>With an {@link SSLContext}, connections use its socket factory, so its trust managers
     * decide which servers are trusted. OkHttp also asks for an {@link X509TrustManager}, which it
     * uses only to clean certificate chains for certificate pinning; a context does not reveal
     * its trust managers, so the JDK's default one is passed for that purpose. This transport
     * pins no certificates, so that trust manager is never consulted.
     *
     * @param options timeouts, proxy and TLS settings
     * @return a new transport, which the caller closes
     * @throws IllegalStateException when the JDK offers no default TLS context or X.509 trust
     *     manager
     */
    @Override
    public Transport create(TransportOptions options) {
        Objects.requireNonNull(options, "options");
        int connectTimeout = (int) millis(options.connectTimeout());
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout, TimeUnit.MILLISECONDS)
                .readTimeout(millis(options.readTimeout()), TimeUnit.MILLISECONDS)
                .writeTimeout(millis(options.readTimeout()), TimeUnit.MILLISECONDS)
                .socketFactory(new InterruptibleSockets())
                .proxySelector(options.proxySelector());
        options.proxyCredentials().map(ProxyCredentials::new).ifPresent(credentials ->
                builder.proxyAuthenticator(credentials).addNetworkInterceptor(credentials));
        SSLContext tls = options.sslContext().orElseGet(OkHttpTransportProvider::defaultContext);
        builder.sslSocketFactory(new HandshakeTimeout(tls.getSocketFactory(), connectTimeout), defaultTrustManager());
        return OkHttpClientTransport.owning(builder.build(), options);
    }

    @Override
    public String toString() {
        return "OkHttpTransportProvider{name=" + NAME + ", priority=" + PRIORITY + "}";
    }

    /**
     * A duration in whole milliseconds as OkHttp takes it: at least 1, at most
     * {@link Integer#MAX_VALUE}.
     *
     * @param duration a positive duration
     * @return the milliseconds
     */
    static long millis(Duration duration) {
        long millis;
        try {
            millis = duration.toMillis();
        } catch (ArithmeticException tooLong) {
            millis = Integer.MAX_VALUE;
        }
        return Math.max(1, Math.min(millis, Integer.MAX_VALUE));
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no default TLS context", e);
        }
    }

    private static X509TrustManager defaultTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK's default TrustManagerFactory has no X509TrustManager: "
                    + Arrays.toString(factory.getTrustManagers()));
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("the JDK's default TrustManagerFactory is not available", e);
        }
    }
}
