package io.ciscosparkapi.testkit.internal.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate made at start for the fake's HTTPS server, with the JDK's own crypto: an EC P-256
 * key, an X.509 v3 certificate signed by that key, valid for {@code localhost}, {@code 127.0.0.1}
 * and the address the server binds, so that clients verifying host names accept it. It hands out
 * the trust material: a client {@link SSLContext} that trusts it and nothing else, and the
 * certificate as PEM for clients in other languages.
 */
public final class SelfSignedCertificate {

    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String ORGANIZATION = "2.5.4.10";
    private static final String SUBJECT_KEY_IDENTIFIER = "2.5.29.14";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final char[] KEY_PASSWORD = "fake-spark".toCharArray();

    private final KeyPair keys;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /**
     * Makes a key pair and a certificate for it.
     *
     * @param host the address the server binds, named in the certificate besides {@code localhost}
     *     and {@code 127.0.0.1}
     * @return the certificate with its key
     * @throws GeneralSecurityException when the JDK lacks EC keys or SHA256withECDSA
     */
    public static SelfSignedCertificate generate(String host) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        byte[] name = Der.sequence(
                Der.set(Der.sequence(Der.oid(ORGANIZATION), Der.utf8String("ciscosparkapi testkit"))),
                Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String("fake Spark"))));
        // TLS clients check the validity against their own clock, never the fake's: real time here.
        ZonedDateTime now = ZonedDateTime.now(Clock.systemUTC());
        byte[] publicKey = keys.getPublic().getEncoded();
        byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(serialNumber()),
                algorithm,
                name,
                Der.sequence(Der.time(now.minus(Duration.ofHours(1))), Der.time(now.plus(Duration.ofDays(365)))),
                name,
                publicKey,
                Der.explicit(3, Der.sequence(
                        extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true))),
                        // digitalSignature (bit 0) and keyCertSign (bit 5): 1000 0100, 2 unused bits
                        extension(KEY_USAGE, true, Der.bitString(2, new byte[] {(byte) 0x84})),
                        extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))),
                        extension(SUBJECT_KEY_IDENTIFIER, false,
                                Der.octetString(MessageDigest.getInstance("SHA-1").digest(publicKey))),
                        extension(SUBJECT_ALT_NAME, false, alternativeNames(host)))));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] der = Der.sequence(tbs, algorithm, Der.bitString(0, signer.sign()));
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        certificate.verify(keys.getPublic());
        return new SelfSignedCertificate(keys, certificate);
    }

    private static BigInteger serialNumber() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x7F) | 0x01);
        return new BigInteger(1, bytes);
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** dNSName [2] for names, iPAddress [7] for address literals. */
    private static byte[] alternativeNames(String host) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", host));
        List<byte[]> encoded = new ArrayList<>();
        for (String n : names) {
            String bare = n.startsWith("[") && n.endsWith("]") ? n.substring(1, n.length() - 1) : n;
            byte[] address = literalAddress(bare);
            encoded.add(address != null ? Der.implicitPrimitive(7, address)
                    : Der.implicitPrimitive(2, bare.getBytes(StandardCharsets.US_ASCII)));
        }
        return Der.sequence(encoded.toArray(byte[][]::new));
    }

    /** The bytes of an IPv4 or IPv6 literal, or {@code null} for a name (never looked up). */
    private static byte[] literalAddress(String text) {
        if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] parts = text.split("\\.");
            byte[] address = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    return null;
                }
                address[i] = (byte) octet;
            }
            return address;
        }
        if (!text.contains(":")) {
            return null;
        }
        try {
            // A text with a colon is parsed as an IPv6 literal, never resolved.
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * An {@link SSLContext} for the server: this certificate and its key.
     *
     * @return a new context
     * @throws GeneralSecurityException when the JDK cannot build it
     */
    public SSLContext serverContext() throws GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setKeyEntry("fake-spark", keys.getPrivate(), KEY_PASSWORD, new Certificate[] {certificate});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, KEY_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    /**
     * An {@link SSLContext} for clients that trusts this certificate and nothing else.
     *
     * @return a new context
     * @throws GeneralSecurityException when the JDK cannot build it
     */
    public SSLContext clientContext() throws GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setCertificateEntry("fake-spark", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create an empty key store", e);
        }
        return store;
    }

    /**
     * The certificate.
     *
     * @return the certificate
     */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * The certificate in PEM form, as {@code curl --cacert} and most TLS libraries read it.
     *
     * @return the text, {@code -----BEGIN CERTIFICATE-----} ... {@code -----END CERTIFICATE-----}
     * @throws GeneralSecurityException when the certificate cannot be encoded
     */
    public String pem() throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }
}
