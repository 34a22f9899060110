package io.ciscosparkapi.transport.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS material of the conformance servers: two self-signed certificates, and a client
 * context that trusts both.
 *
 * <ul>
 *   <li>{@link #serverContext()} presents a certificate for {@code 127.0.0.1} and
 *       {@code localhost}: the suite's TLS server, reached at {@code https://127.0.0.1:port}.</li>
 *   <li>{@link #otherHostServerContext()} presents a certificate for
 *       {@code other-host.invalid} alone: a client that reaches it at {@code 127.0.0.1} must
 *       refuse it, trusted or not.</li>
 * </ul>
 *
 * <p>They are the resources {@code conformance-server.p12} and {@code conformance-other-host.p12}
 * next to this class, made once with the JDK's {@code keytool -genkeypair -keyalg EC -groupname
 * secp256r1 -storetype PKCS12 -storepass conformance}, the first with
 * {@code -dname "CN=127.0.0.1" -ext SAN=ip:127.0.0.1,dns:localhost}, the second with
 * {@code -dname "CN=other-host.invalid" -ext SAN=dns:other-host.invalid}, both valid for a
 * century. The JDK's default trust store trusts neither.
 */
public final class ConformanceTls {

    private static final String SERVER = "conformance-server.p12";
    private static final String OTHER_HOST = "conformance-other-host.p12";
    private static final String ALIAS = "conformance";
    private static final char[] PASSWORD = "conformance".toCharArray();

    private ConformanceTls() {
    }

    /**
     * A server context presenting the certificate for {@code 127.0.0.1} and {@code localhost}.
     *
     * @return a new context
     * @throws UncheckedIOException when the resource cannot be read
     * @throws IllegalStateException when the JDK cannot load it
     */
    public static SSLContext serverContext() {
        return server(SERVER);
    }

    /**
     * A server context presenting a certificate for {@code other-host.invalid} alone.
     *
     * @return a new context
     * @throws UncheckedIOException when the resource cannot be read
     * @throws IllegalStateException when the JDK cannot load it
     */
    public static SSLContext otherHostServerContext() {
        return server(OTHER_HOST);
    }

    /**
     * A client context that trusts both conformance certificates and nothing else, for
     * {@code TransportOptions.Builder.sslContext}.
     *
     * @return a new context
     * @throws UncheckedIOException when a resource cannot be read
     * @throws IllegalStateException when the JDK cannot load them
     */
    public static SSLContext clientContext() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("conformance-server", keyStore(SERVER).getCertificate(ALIAS));
            trusted.setCertificateEntry("conformance-other-host", keyStore(OTHER_HOST).getCertificate(ALIAS));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot load the conformance certificates", e);
        }
    }

    private static SSLContext server(String resource) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(resource), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot load " + resource, e);
        }
    }

    private static KeyStore keyStore(String resource) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = ConformanceTls.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, "resource " + resource + " is missing");
            store.load(in, PASSWORD);
        }
        return store;
    }
}
