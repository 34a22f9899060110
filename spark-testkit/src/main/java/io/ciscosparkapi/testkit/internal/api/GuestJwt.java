package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a guest JWT and checks it as the service does (spec §2.16): three base64url parts, a
 * header with {@code alg} {@code HS256}, a valid HMAC-SHA256 signature (compared in constant time)
 * with the key of the issuer its {@code iss} names, an {@code exp} (UNIX seconds, a number or a
 * numeric string) still ahead of the fake's clock, a {@code sub} of letters, digits and hyphens,
 * and a {@code name}. Anything else is a 401.
 */
final class GuestJwt {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,18}");

    /**
     * The claims of a JWT that passed every check.
     *
     * @param issuer the {@code iss}
     * @param subject the {@code sub}
     * @param name the {@code name}
     */
    record Claims(String issuer, String subject, String name) {
    }

    private GuestJwt() {
    }

    /**
     * Checks a JWT.
     *
     * @param jwt the token from the {@code Authorization} header, or {@code null}
     * @param keyOf an issuer's key, or {@code null} for an issuer not registered
     * @param now the fake's time
     * @return the claims
     * @throws ApiError 401 when any check fails
     */
    static Claims verify(String jwt, Function<String, byte[]> keyOf, Instant now) {
        if (jwt == null) {
            throw refused("a guest JWT is required as the bearer token");
        }
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw refused("the guest JWT is malformed");
        }
        JsonNode header = json(parts[0]);
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isString() || !alg.stringValue().equals("HS256")) {
            throw refused("the guest JWT must be signed with HS256");
        }
        JsonNode claims = json(parts[1]);
        String issuer = text(claims, "iss");
        byte[] key = issuer == null ? null : keyOf.apply(issuer);
        if (key == null) {
            throw refused("the guest JWT's issuer is not known");
        }
        byte[] signature = decode(parts[2]);
        byte[] expected = hmac(key, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!MessageDigest.isEqual(signature, expected)) {
            throw refused("the guest JWT's signature is not valid");
        }
        long exp = expiry(claims.get("exp"));
        if (exp <= now.getEpochSecond()) {
            throw refused("the guest JWT has expired");
        }
        String subject = text(claims, "sub");
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw refused("the guest JWT's sub must be letters, digits and hyphens");
        }
        String name = text(claims, "name");
        if (name == null || name.isBlank()) {
            throw refused("the guest JWT has no name");
        }
        return new Claims(issuer, subject, name);
    }

    private static long expiry(JsonNode exp) {
        if (exp != null && exp.isIntegralNumber() && exp.canConvertToLong()) {
            return exp.longValue();
        }
        if (exp != null && exp.isString() && SECONDS.matcher(exp.stringValue()).matches()) {
            return Long.parseLong(exp.stringValue());
        }
        throw refused("the guest JWT has no valid exp");
    }

    private static String text(JsonNode claims, String name) {
        JsonNode n = claims.get(name);
        return n != null && n.isString() ? n.stringValue() : null;
    }

    private static JsonNode json(String part) {
        try {
            JsonNode n = Json.MAPPER.readTree(decode(part));
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (JacksonException e) {
            // refused below
        }
        throw refused("the guest JWT is malformed");
    }

    private static byte[] decode(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw refused("the guest JWT is malformed");
        }
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private static ApiError refused(String why) {
        return new ApiError(401, "Guest login refused: " + why + ".");
    }
}
