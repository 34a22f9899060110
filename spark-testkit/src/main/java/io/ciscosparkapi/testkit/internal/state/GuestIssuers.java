package io.ciscosparkapi.testkit.internal.state;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guest issuers a test registers (spec §2.16): each one's signing key and org, and the guest
 * person each of its subjects became at first login, so that the next login is the same person.
 * Guarded by the {@link Store}'s lock, like the rest of the state.
 */
public final class GuestIssuers {

    /** How long a guest's access token works: 6 hours ({@code expiresIn} 21600). */
    public static final Duration TOKEN_LIFETIME = Duration.ofSeconds(21_600);

    private record Issuer(byte[] key, String orgId) {
    }

    private final Map<String, Issuer> issuers = new LinkedHashMap<>();
    private final Map<String, String> guests = new LinkedHashMap<>();

    /** Creates guest issuers with none registered. */
    public GuestIssuers() {
    }

    /**
     * Registers an issuer (again: replaces its key).
     *
     * @param issuerId the id guest JWTs name as {@code iss}
     * @param key the HS256 key, the base64-decoded secret
     * @param orgId the org its guests belong to
     */
    public void register(String issuerId, byte[] key, String orgId) {
        issuers.put(issuerId, new Issuer(key.clone(), orgId));
    }

    /**
     * The signing key of an issuer.
     *
     * @param issuerId the issuer id
     * @return a copy of the key, or {@code null} when no such issuer is registered
     */
    public byte[] key(String issuerId) {
        Issuer i = issuers.get(issuerId);
        return i == null ? null : i.key().clone();
    }

    /**
     * The org of an issuer's guests.
     *
     * @param issuerId a registered issuer id
     * @return the org id
     */
    public String orgId(String issuerId) {
        return issuers.get(issuerId).orgId();
    }

    /**
     * The guest person a subject of an issuer became.
     *
     * @param issuerId the issuer id
     * @param subject the JWT's {@code sub}
     * @return the person id, or {@code null} before its first login
     */
    public String guest(String issuerId, String subject) {
        return guests.get(issuerId + "\n" + subject);
    }

    /**
     * Remembers the guest person of a subject.
     *
     * @param issuerId the issuer id
     * @param subject the JWT's {@code sub}
     * @param personId the person
     */
    public void bind(String issuerId, String subject, String personId) {
        guests.put(issuerId + "\n" + subject, personId);
    }
}
