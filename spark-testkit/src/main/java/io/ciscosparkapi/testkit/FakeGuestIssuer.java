package io.ciscosparkapi.testkit;

/**
 * A guest issuer registered with a {@link FakeSpark} through {@link FakeSpark#addGuestIssuer()}:
 * what an application needs to mint guest JWTs for {@code POST jwt/login}, as the developer
 * portal would give them.
 *
 * @param issuerId the id a guest JWT names as its {@code iss} claim
 * @param secret the issuer's secret, base64 text; the HS256 key is its decoded bytes
 */
public record FakeGuestIssuer(String issuerId, String secret) {

    /**
     * Shows the issuer id but not the secret.
     *
     * @return a description without the secret
     */
    @Override
    public String toString() {
        return "FakeGuestIssuer[issuerId=" + issuerId + ", secret=<redacted>]";
    }
}
