package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConventionsTest extends FakeSparkHttpTestBase {

    @Test
    void aCallWithoutATokenIsUnauthorizedWithAJsonErrorBody() {
        Http.Resp r = http.get(null, "people/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("errors").get(0).get("description").asString()).isNotBlank();
        assertThat(body.get("trackingId").asString()).isEqualTo(r.header("TrackingID"));
    }

    @Test
    void anUnknownOrMalformedTokenIsUnauthorized() {
        assertThat(http.get("no-such-token", "people/me").status()).isEqualTo(401);
        assertThat(http.send("GET", null, "people/me", null, null, "Authorization", "Basic abc").status()).isEqualTo(401);
    }

    @Test
    void theClientsTrackingIdIsEchoedInHeaderAndBody() {
        Http.Resp r = http.send("GET", admin, "rooms/nope", null, null, "TrackingID", "my-tracking-42");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("TrackingID")).isEqualTo("my-tracking-42");
        assertThat(r.json().get("trackingId").asString()).isEqualTo("my-tracking-42");
    }

    @Test
    void successfulResponsesAlsoCarryATrackingId() {
        assertThat(http.get(admin, "people/me").header("TrackingID")).startsWith("ROUTER_");
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertThat(http.get(admin, "nothing-here").status()).isEqualTo(404);
        assertThat(http.get(admin, "people/me/extra").status()).isEqualTo(404);
        assertThat(http.send("GET", admin, spark.baseUrl().resolve("/v2/people").toString(), null, null).status())
                .isEqualTo(404);
    }

    @Test
    void anUnsupportedVerbOnAKnownPathIsMethodNotAllowed() {
        String orgId = spark.admin().orgId();
        assertThat(http.delete(admin, "organizations/" + orgId).status()).isEqualTo(405);
        assertThat(http.put(admin, "rooms", Map.of("title", "x")).status()).isEqualTo(405);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertThat(http.post(admin, "rooms", "{\"title\": ").status()).isEqualTo(400);
        assertThat(http.post(admin, "rooms", "[1,2]").status()).isEqualTo(400);
    }

    @Test
    void postAnswers200AndDeleteAnswers204WithAnEmptyBody() {
        Http.Resp created = http.post(admin, "rooms", Map.of("title", "Codes"));
        assertThat(created.status()).isEqualTo(200);
        Http.Resp deleted = http.delete(admin, "rooms/" + created.id());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.bytes()).isEmpty();
    }

    @Test
    void idsAreUrlSafeBase64WithoutPaddingOfTheCiscosparkUri() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Ids");
        String membershipId = addMember(admin, roomId, bob.id());
        assertThat(decode(roomId)).startsWith("ciscospark://us/ROOM/");
        assertThat(decode(bob.id())).startsWith("ciscospark://us/PEOPLE/");
        String personUuid = decode(bob.id()).substring("ciscospark://us/PEOPLE/".length());
        String roomUuid = decode(roomId).substring("ciscospark://us/ROOM/".length());
        assertThat(decode(membershipId)).isEqualTo("ciscospark://us/MEMBERSHIP/" + personUuid + ":" + roomUuid);
        for (String id : List.of(roomId, bob.id(), membershipId)) {
            assertThat(id).doesNotContain("=", "+", "/");
        }
    }

    @Test
    void anIdOfTheWrongTypeOrGarbageIsNotFound() {
        String roomId = room(admin, "Typed");
        assertThat(http.get(admin, "people/" + roomId).status()).isEqualTo(404);
        assertThat(http.get(admin, "rooms/" + spark.admin().id()).status()).isEqualTo(404);
        assertThat(http.get(admin, "rooms/not-base64!").status()).isEqualTo(404);
        assertThat(http.get(admin, "messages/abc").status()).isEqualTo(404);
    }

    @Test
    void timestampsAreUtcWithMillisecondsAndStrictlyIncrease() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(http.post(admin, "rooms", Map.of("title", "T" + i)).str("created"));
        }
        for (String c : created) {
            assertThat(c).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        }
        for (int i = 1; i < created.size(); i++) {
            assertThat(Instant.parse(created.get(i))).isAfter(Instant.parse(created.get(i - 1)));
        }
    }

    @Test
    void unknownFieldsInRequestBodiesAreIgnored() {
        Http.Resp r = http.post(admin, "rooms", Map.of("title", "Extra", "someFutureField", Map.of("x", 1)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().has("someFutureField")).isFalse();
    }

    @Test
    void booleansInTheQueryStringAreCaseInsensitive() {
        assertThat(http.get(admin, "people?callingData=True").status()).isEqualTo(200);
        assertThat(http.get(admin, "people?callingData=FALSE").status()).isEqualTo(200);
        assertThat(http.get(admin, "people?callingData=maybe").status()).isEqualTo(400);
    }

    @Test
    void booleansInABodyMayBeJsonBooleansOrStrings() {
        Http.Resp r = http.post(admin, "rooms", Map.of("title", "Locked", "isLocked", "True"));
        assertThat(r.json().get("isLocked").asBoolean()).isTrue();
    }

    private static String decode(String id) {
        return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
    }
}
