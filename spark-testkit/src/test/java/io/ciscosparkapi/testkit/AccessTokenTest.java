package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccessTokenTest extends FakeSparkHttpTestBase {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static Http.Resp token(String form) {
        return http.send("POST", null, "access_token", FORM, form.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAuthorizationCodeIsExchangedForATokenThatActsAsThePerson() {
        FakeUser bob = spark.createUser("Bob");
        spark.registerOAuthClient("client-1", "s3cret");
        String code = spark.issueAuthCode("client-1", bob, "https://app.example.com/cb");
        Http.Resp r = token("grant_type=authorization_code&client_id=client-1&client_secret=s3cret&code=" + code
                + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("expires_in").asInt()).isPositive();
        assertThat(r.json().get("refresh_token_expires_in").asInt()).isPositive();
        String access = r.str("access_token");
        assertThat(http.get(access, "people/me").id()).isEqualTo(bob.id());

        Http.Resp refreshed = token("grant_type=refresh_token&client_id=client-1&client_secret=s3cret&refresh_token="
                + r.str("refresh_token"));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(http.get(refreshed.str("access_token"), "people/me").id()).isEqualTo(bob.id());
    }

    @Test
    void aCodeWorksOnlyOnceAndNeedsTheSameRedirectUri() {
        FakeUser bob = spark.createUser("Bob");
        spark.registerOAuthClient("c", "s");
        String code = spark.issueAuthCode("c", bob, "https://a.example.com/cb");
        assertThat(token("grant_type=authorization_code&client_id=c&client_secret=s&code=" + code
                + "&redirect_uri=https%3A%2F%2Fother.example.com").status()).isEqualTo(400);
        assertThat(token("grant_type=authorization_code&client_id=c&client_secret=s&code=" + code
                + "&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb").status()).isEqualTo(200);
        assertThat(token("grant_type=authorization_code&client_id=c&client_secret=s&code=" + code
                + "&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb").status()).isEqualTo(400);
    }

    @Test
    void aWrongClientSecretIsUnauthorizedAndBadGrantsAreBadRequests() {
        spark.registerOAuthClient("c", "s");
        assertThat(token("grant_type=refresh_token&client_id=c&client_secret=wrong&refresh_token=x").status())
                .isEqualTo(401);
        assertThat(token("grant_type=refresh_token&client_id=c&client_secret=s&refresh_token=unknown").status())
                .isEqualTo(400);
        assertThat(token("grant_type=password&client_id=c&client_secret=s").status()).isEqualTo(400);
        assertThat(token("client_id=c&client_secret=s").status()).isEqualTo(400);
    }

    @Test
    void aMintedAccessTokenExpiresAfter14DaysOnTheFakesClockAndTheRefreshTokenAfter90() {
        Clock fixed = Clock.fixed(Instant.parse("2018-05-28T11:00:00Z"), ZoneOffset.UTC);
        try (FakeSpark fake = FakeSpark.builder().clock(fixed).build()) {
            Http h = new Http(fake.startHttp());
            FakeUser bob = fake.createUser("Bob");
            fake.registerOAuthClient("c", "s");
            String code = fake.issueAuthCode("c", bob, "https://a.example.com/cb");
            Http.Resp granted = h.send("POST", null, "access_token", FORM, ("grant_type=authorization_code&client_id=c"
                    + "&client_secret=s&code=" + code + "&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(granted.json().get("expires_in").asLong()).isEqualTo(Duration.ofDays(14).toSeconds());
            assertThat(granted.json().get("refresh_token_expires_in").asLong()).isEqualTo(Duration.ofDays(90).toSeconds());
            String access = granted.str("access_token");
            String refreshForm = "grant_type=refresh_token&client_id=c&client_secret=s&refresh_token="
                    + granted.str("refresh_token");

            fake.advanceClock(Duration.ofDays(14).minusSeconds(1));
            assertThat(h.get(access, "people/me").status()).isEqualTo(200);
            fake.advanceClock(Duration.ofSeconds(1));
            Http.Resp expired = h.get(access, "people/me");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.json().get("message").asString()).contains("expired");

            Http.Resp refreshed = h.send("POST", null, "access_token", FORM, refreshForm.getBytes(StandardCharsets.UTF_8));
            assertThat(refreshed.status()).isEqualTo(200);
            assertThat(refreshed.json().get("refresh_token_expires_in").asLong())
                    .isEqualTo(Duration.ofDays(90 - 14).toSeconds());
            assertThat(h.get(refreshed.str("access_token"), "people/me").id()).isEqualTo(bob.id());

            fake.advanceClock(Duration.ofDays(90 - 14));
            Http.Resp tooLate = h.send("POST", null, "access_token", FORM, refreshForm.getBytes(StandardCharsets.UTF_8));
            assertThat(tooLate.status()).isEqualTo(400);
            assertThat(tooLate.json().get("message").asString()).contains("expired");
        }
    }

    @Test
    void accessTokenAcceptsOnlyPost() {
        assertThat(http.get(admin, "access_token").status()).isEqualTo(405);
    }
}
