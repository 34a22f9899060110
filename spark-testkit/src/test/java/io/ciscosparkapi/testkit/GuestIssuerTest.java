package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST jwt/login}: a guest issuer's HS256 JWT is exchanged for a guest's access token. */
class GuestIssuerTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long IN_AN_HOUR = START.getEpochSecond() + 3600;

    private FakeSpark spark;
    private Http http;
    private FakeGuestIssuer issuer;

    @BeforeEach
    void start() {
        spark = FakeSpark.builder().clock(Clock.fixed(START, ZoneOffset.UTC)).build();
        http = new Http(spark.startHttp());
        issuer = spark.addGuestIssuer();
    }

    @AfterEach
    void stop() {
        spark.close();
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs {@code header.claims} with HS256 under the key, as a guest issuer's application does. */
    private static String sign(String header, String claims, byte[] key) {
        String input = b64(header) + "." + b64(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jwt(Map<String, Object> claims) {
        return sign("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", new String(Http.json(claims), StandardCharsets.UTF_8),
                Base64.getDecoder().decode(issuer.secret()));
    }

    private Map<String, Object> claims(String sub, String name, Object exp) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sub", sub);
        c.put("name", name);
        c.put("iss", issuer.issuerId());
        c.put("exp", exp);
        return c;
    }

    private Http.Resp login(String bearer) {
        return http.send("POST", bearer, "jwt/login", null, null);
    }

    @Test
    void aValidJwtGivesATokenThatActsAsAnAppuserOfTheIssuersOrg() {
        Http.Resp r = login(jwt(claims("customer-42", "Jo Customer", IN_AN_HOUR)));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("expiresIn").asLong()).isEqualTo(21600);
        String token = r.str("token");
        Http.Resp me = http.get(token, "people/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.str("type")).isEqualTo("appuser");
        assertThat(me.str("displayName")).isEqualTo("Jo Customer");
        assertThat(me.str("orgId")).isEqualTo(spark.admin().orgId());
        String roomId = http.post(token, "rooms", Map.of("title", "Support")).id();
        assertThat(http.post(token, "memberships", Map.of("roomId", roomId, "personId", spark.admin().id())).status())
                .isEqualTo(200);
        assertThat(http.post(token, "messages", Map.of("roomId", roomId, "text", "help")).str("personId"))
                .isEqualTo(me.id());
        assertThat(http.get(spark.admin().token(), "messages?roomId=" + roomId).items()).hasSize(1);
    }

    @Test
    void theSameSubjectIsTheSamePersonAtEveryLogin() {
        String first = http.get(login(jwt(claims("customer-42", "Jo", IN_AN_HOUR))).str("token"), "people/me").id();
        Http.Resp again = login(jwt(claims("customer-42", "Jo Renamed", IN_AN_HOUR)));
        Http.Resp me = http.get(again.str("token"), "people/me");
        assertThat(me.id()).isEqualTo(first);
        assertThat(me.str("displayName")).isEqualTo("Jo Renamed");
        String other = http.get(login(jwt(claims("customer-43", "Sam", IN_AN_HOUR))).str("token"), "people/me").id();
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theSameSubjectOfAnotherIssuerIsAnotherPerson() {
        String first = http.get(login(jwt(claims("customer-42", "Jo", IN_AN_HOUR))).str("token"), "people/me").id();
        issuer = spark.addGuestIssuer();
        String second = http.get(login(jwt(claims("customer-42", "Jo", IN_AN_HOUR))).str("token"), "people/me").id();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void expMayBeANumericStringAsThePythonClientsSendIt() {
        assertThat(login(jwt(claims("customer-42", "Jo", String.valueOf(IN_AN_HOUR)))).status()).isEqualTo(200);
        assertThat(login(jwt(claims("customer-42", "Jo", "in an hour"))).status()).isEqualTo(401);
        assertThat(login(jwt(claims("customer-42", "Jo", true))).status()).isEqualTo(401);
    }

    @Test
    void anExpiredJwtIsRefusedByTheFakesClock() {
        String jwt = jwt(claims("customer-42", "Jo", START.getEpochSecond() + 60));
        assertThat(login(jwt).status()).isEqualTo(200);
        spark.advanceClock(Duration.ofSeconds(60));
        Http.Resp refused = login(jwt);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.str("message")).contains("expired");
    }

    @Test
    void theGuestTokenExpiresAfterSixHoursOfTheFakesClock() {
        String token = login(jwt(claims("customer-42", "Jo", IN_AN_HOUR))).str("token");
        spark.advanceClock(Duration.ofHours(6).minusSeconds(1));
        assertThat(http.get(token, "people/me").status()).isEqualTo(200);
        spark.advanceClock(Duration.ofSeconds(1));
        assertThat(http.get(token, "people/me").status()).isEqualTo(401);
    }

    @Test
    void aJwtSignedWithAnotherKeyIsRefused() {
        String forged = sign("{\"alg\":\"HS256\"}", new String(Http.json(claims("customer-42", "Jo", IN_AN_HOUR)),
                StandardCharsets.UTF_8), "not the secret".getBytes(StandardCharsets.UTF_8));
        assertThat(login(forged).status()).isEqualTo(401);
        // The secret's base64 text itself is not the key: its decoded bytes are.
        String textKey = sign("{\"alg\":\"HS256\"}", new String(Http.json(claims("customer-42", "Jo", IN_AN_HOUR)),
                StandardCharsets.UTF_8), issuer.secret().getBytes(StandardCharsets.US_ASCII));
        assertThat(login(textKey).status()).isEqualTo(401);
    }

    @Test
    void aJwtWhoseClaimsWereAlteredAfterSigningIsRefused() {
        String[] parts = jwt(claims("customer-42", "Jo", IN_AN_HOUR)).split("\\.");
        String altered = parts[0] + "." + b64(new String(Http.json(claims("someone-else", "Jo", IN_AN_HOUR)),
                StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(login(altered).status()).isEqualTo(401);
    }

    @Test
    void anUnsignedJwtIsRefused() {
        String payload = b64(new String(Http.json(claims("customer-42", "Jo", IN_AN_HOUR)), StandardCharsets.UTF_8));
        String signature = jwt(claims("customer-42", "Jo", IN_AN_HOUR)).split("\\.")[2];
        assertThat(login(b64("{\"alg\":\"none\"}") + "." + payload + ".").status()).isEqualTo(401);
        assertThat(login(b64("{\"alg\":\"none\"}") + "." + payload + "." + signature).status()).isEqualTo(401);
        String hs512 = sign("{\"alg\":\"HS512\"}", new String(Http.json(claims("customer-42", "Jo", IN_AN_HOUR)),
                StandardCharsets.UTF_8), Base64.getDecoder().decode(issuer.secret()));
        assertThat(login(hs512).status()).isEqualTo(401);
    }

    @Test
    void anUnknownIssuerABadSubjectOrAMissingNameIsRefused() {
        Map<String, Object> unknown = claims("customer-42", "Jo", IN_AN_HOUR);
        unknown.put("iss", "someone-else");
        assertThat(login(jwt(unknown)).status()).isEqualTo(401);
        assertThat(login(jwt(claims("customer 42", "Jo", IN_AN_HOUR))).status()).isEqualTo(401);
        assertThat(login(jwt(claims("jo@example.com", "Jo", IN_AN_HOUR))).status()).isEqualTo(401);
        Map<String, Object> nameless = claims("customer-42", "Jo", IN_AN_HOUR);
        nameless.remove("name");
        assertThat(login(jwt(nameless)).status()).isEqualTo(401);
        Map<String, Object> noExp = claims("customer-42", "Jo", IN_AN_HOUR);
        noExp.remove("exp");
        assertThat(login(jwt(noExp)).status()).isEqualTo(401);
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        assertThat(login(null).status()).isEqualTo(401);
        assertThat(login("not.a-jwt").status()).isEqualTo(401);
        assertThat(login("a.b.c").status()).isEqualTo(401);
        assertThat(login(spark.admin().token()).status()).isEqualTo(401);
        assertThat(http.get(jwt(claims("customer-42", "Jo", IN_AN_HOUR)), "people/me").status()).isEqualTo(401);
    }

    @Test
    void theIssuerIsGoneAfterAReset() {
        String jwt = jwt(claims("customer-42", "Jo", IN_AN_HOUR));
        spark.reset();
        assertThat(login(jwt).status()).isEqualTo(401);
    }

    @Test
    void theIssuersDescriptionHidesItsSecret() {
        assertThat(issuer.toString()).contains(issuer.issuerId()).doesNotContain(issuer.secret());
    }
}
