package io.ciscosparkapi;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A guest issuer of an application: mints the HS256-signed JWT that
 * {@link GuestIssuerApi#login(String)} exchanges for a guest's access token, with the JDK's own
 * cryptography and no JWT library.
 *
 * <pre>{@code
 * GuestIssuer issuer = GuestIssuer.of(issuerId, secret);            // from the developer portal
 * String jwt = issuer.jwt("customer-42", "Jo Customer", Instant.now().plus(Duration.ofHours(1)));
 * GuestToken guest = api.guestIssuer().login(jwt);
 * CiscoSparkAPI asGuest = CiscoSparkAPI.builder().accessToken(guest.token()).build();
 * }</pre>
 *
 * <p>The JWT's claims are {@code sub} (the guest's own id), {@code name} (its display name),
 * {@code iss} (the issuer id) and {@code exp} (when it expires, in UNIX seconds); it is signed
 * with the base64-decoded secret. Immutable and thread-safe; neither {@link #toString()} nor an
 * exception ever shows the secret.
 */
public final class GuestIssuer {

    private static final String HEADER = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final String issuerId;
    private final byte[] key;

    private GuestIssuer(String issuerId, byte[] key) {
        this.issuerId = issuerId;
        this.key = key;
    }

    /**
     * A guest issuer from its id and its secret, as the developer portal gives them.
     *
     * @param issuerId the guest issuer's id
     * @param secret the guest issuer's secret, base64-encoded
     * @return the issuer
     * @throws IllegalArgumentException when the secret is not base64
     */
    public static GuestIssuer of(String issuerId, String secret) {
        Arguments.required(issuerId, "issuerId");
        Arguments.required(secret, "secret");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.strip());
        } catch (IllegalArgumentException e) {
            try {
                key = Base64.getUrlDecoder().decode(secret.strip());
            } catch (IllegalArgumentException again) {
                throw new IllegalArgumentException("secret is not base64 text, as the guest issuer's secret is");
            }
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("secret decodes to no bytes");
        }
        return new GuestIssuer(issuerId, key);
    }

    /**
     * Mints a guest JWT.
     *
     * @param subject the guest's own id in the application: letters, digits and hyphens
     * @param displayName the name the guest is shown with
     * @param expiresAt when the JWT expires; the guest token Spark gives for it lives on its own terms
     * @return the signed JWT, {@code header.claims.signature}
     * @throws IllegalArgumentException when the subject holds other characters or the name is blank
     */
    public String jwt(String subject, String displayName, Instant expiresAt) {
        Arguments.required(subject, "subject");
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
                throw new IllegalArgumentException("subject may hold only letters, digits and hyphens: '" + c
                        + "' at position " + i);
            }
        }
        Arguments.required(displayName, "displayName");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("name", displayName);
        claims.put("iss", issuerId);
        claims.put("exp", expiresAt.getEpochSecond());
        String signed = HEADER + "." + base64Url(JsonCodec.write(claims));
        return signed + "." + base64Url(hmacSha256(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    private byte[] hmacSha256(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new SparkException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The guest issuer's id.
     *
     * @return the id
     */
    public String issuerId() {
        return issuerId;
    }

    /** Shows the issuer id; never the secret. */
    @Override
    public String toString() {
        return "GuestIssuer{issuerId=" + issuerId + ", secret=<redacted>}";
    }
}
