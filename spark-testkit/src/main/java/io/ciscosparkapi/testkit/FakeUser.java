package io.ciscosparkapi.testkit;

/**
 * A person (or bot) of the fake Spark with its own bearer token.
 *
 * @param id the person id, as the API returns it
 * @param email the primary address
 * @param displayName the display name
 * @param token the bearer token that acts as this person
 * @param orgId the organization id
 * @param isBot whether the person is a bot
 */
public record FakeUser(String id, String email, String displayName, String token, String orgId, boolean isBot) {

    /**
     * Shows everything but the token.
     *
     * @return a description without the token
     */
    @Override
    public String toString() {
        return "FakeUser[id=" + id + ", email=" + email + ", displayName=" + displayName
                + ", token=<redacted>, orgId=" + orgId + ", isBot=" + isBot + "]";
    }
}
