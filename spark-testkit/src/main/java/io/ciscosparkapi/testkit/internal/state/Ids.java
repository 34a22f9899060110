package io.ciscosparkapi.testkit.internal.state;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Builds and reads ids in the real service's format: the URL-safe base64 text, without padding,
 * of {@code ciscospark://us/<TYPE>/<local-id>}.
 */
public final class Ids {

    private static final String PREFIX = "ciscospark://us/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /**
     * Encodes an id.
     *
     * @param type the resource type, e.g. {@code PEOPLE}
     * @param local the local part, e.g. a uuid
     * @return the opaque id
     */
    public static String encode(String type, String local) {
        byte[] raw = (PREFIX + type + "/" + local).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /**
     * Decodes the local part of an id of the given type.
     *
     * @param type the expected type
     * @param id the opaque id
     * @return the local part, or {@code null} when the id is garbage or of another type
     */
    public static String decode(String type, String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(id.replace('+', '-').replace('/', '_')),
                    StandardCharsets.UTF_8);
            String head = PREFIX + type + "/";
            return text.startsWith(head) && text.length() > head.length() ? text.substring(head.length()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Returns a fresh random uuid text.
     *
     * @return a uuid
     */
    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    /**
     * Returns a fresh random opaque token (URL-safe, 64 characters).
     *
     * @return a token
     */
    public static String token() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
