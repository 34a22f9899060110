package io.ciscosparkapi;

import io.ciscosparkapi.model.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Helpers for the receiving end of a webhook: parse what Spark POSTs to your {@code targetUrl}
 * and check its {@code X-Spark-Signature} header.
 *
 * <pre>{@code
 * byte[] body = request.bodyBytes();                         // exactly as received
 * if (!Webhooks.isValidSignature(body, secret, request.header("X-Spark-Signature"))) {
 *     return 403;
 * }
 * WebhookEvent event = Webhooks.parseEvent(body);
 * Message message = api.messages().get(event.data(Message::new).id());   // the text is not in the event
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Webhooks {

    /** The header Spark signs deliveries with, when the webhook has a secret. */
    public static final String SIGNATURE_HEADER = "X-Spark-Signature";

    private Webhooks() {
    }

    /**
     * Parses the body of a webhook delivery.
     *
     * @param body the request body as received
     * @return the event
     * @throws SparkException when the body is not a JSON object
     */
    public static WebhookEvent parseEvent(byte[] body) {
        Objects.requireNonNull(body, "body");
        return new WebhookEvent(JsonCodec.readObject(body, "a webhook delivery"));
    }

    /**
     * Computes the signature Spark sends for a body: the lower-case hex HMAC-SHA1 of the body's
     * bytes, keyed with the UTF-8 bytes of the webhook's secret.
     *
     * @param body the request body as received
     * @param secret the webhook's secret
     * @return 40 lower-case hex characters
     */
    public static String signature(byte[] body, String secret) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(secret, "secret");
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JDK", e);
        }
    }

    /**
     * Checks a delivery's {@code X-Spark-Signature} header against its body, in constant time.
     * Compute it over the body bytes exactly as received, before any JSON parsing.
     *
     * @param body the request body as received
     * @param secret the webhook's secret
     * @param signatureHeader the header's value; {@code null} when absent
     * @return {@code true} when the signature matches
     */
    public static boolean isValidSignature(byte[] body, String secret, String signatureHeader) {
        if (signatureHeader == null) {
            return false;
        }
        byte[] expected = signature(body, secret).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signatureHeader.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
