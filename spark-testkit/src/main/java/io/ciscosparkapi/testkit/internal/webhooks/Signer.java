package io.ciscosparkapi.testkit.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes {@code X-Spark-Signature}: lowercase hex HMAC-SHA1 of the raw body (spec §3.2). */
public final class Signer {

    private Signer() {
    }

    /**
     * Signs a body.
     *
     * @param secret the webhook secret (its UTF-8 bytes are the key)
     * @param body the exact body bytes
     * @return 40 lowercase hex characters
     */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(body);
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }
}
