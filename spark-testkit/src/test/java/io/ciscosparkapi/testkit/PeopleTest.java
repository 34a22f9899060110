package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PeopleTest extends FakeSparkHttpTestBase {

    @Test
    void meReturnsTheCaller() {
        FakeUser bob = spark.createUser("Bob Example");
        Http.Resp r = http.get(bob.token(), "people/me");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.id()).isEqualTo(bob.id());
        assertThat(r.json().get("emails").get(0).asString()).isEqualTo("bob.example@example.com");
        assertThat(r.str("displayName")).isEqualTo("Bob Example");
        assertThat(r.str("orgId")).isEqualTo(bob.orgId());
        assertThat(r.str("type")).isEqualTo("person");
    }

    @Test
    void theSeededAdminIsAFullAdminOfExampleCorp() {
        JsonNode me = http.get(admin, "people/me").json();
        assertThat(me.get("roles").toString()).contains("Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg");
        assertThat(http.get(admin, "organizations/" + me.get("orgId").asString()).str("displayName"))
                .isEqualTo("Example Corp");
        assertThat(me.get("roles").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aNonAdminMustFilterTheList() {
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(bob.token(), "people").status()).isEqualTo(400);
        assertThat(http.get(bob.token(), "people?displayName=Bo").status()).isEqualTo(200);
    }

    @Test
    void anAdminMayListEveryoneInTheOrg() {
        spark.createUser("Bob");
        spark.createUser("Carol");
        Http.Resp r = http.get(admin, "people");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.items()).hasSize(3);
    }

    @Test
    void emailMatchesExactlyAndCaseInsensitively() {
        FakeUser bob = spark.createUser("Bob");
        spark.createUser("Bobby");
        assertThat(http.get(admin, "people?email=BOB%40Example.com").itemIds()).containsExactly(bob.id());
        assertThat(http.get(admin, "people?email=bo%40example.com").items()).isEmpty();
    }

    @Test
    void displayNameIsACaseInsensitivePrefixMatch() {
        FakeUser harry = spark.createUser("Harry Potter");
        FakeUser harriet = spark.createUser("Harriet Vane");
        spark.createUser("Sirius");
        assertThat(http.get(admin, "people?displayName=har").itemIds()).containsExactly(harry.id(), harriet.id());
        assertThat(http.get(admin, "people?displayName=potter").items()).isEmpty();
    }

    @Test
    void idAcceptsACommaSeparatedList() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        spark.createUser("Dave");
        assertThat(http.get(bob.token(), "people?id=" + carol.id() + "," + bob.id()).itemIds())
                .containsExactly(carol.id(), bob.id());
    }

    @Test
    void getOfAnUnknownPersonIsNotFound() {
        String unknown = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMTExMTExMS1hYWFhLTRiYmItOGNjYy0wMDAwMDAwMDAwMDE";
        assertThat(http.get(admin, "people/" + unknown).status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsMayCreateUpdateOrDeletePeople() {
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.post(bob.token(), "people", Map.of("emails", List.of("x@example.com"))).status()).isEqualTo(403);
        ObjectNode self = (ObjectNode) http.get(bob.token(), "people/me").json();
        assertThat(http.put(bob.token(), "people/" + bob.id(), self).status()).isEqualTo(403);
        assertThat(http.delete(bob.token(), "people/" + bob.id()).status()).isEqualTo(403);
    }

    @Test
    void anAdminCreatesAPerson() {
        Http.Resp r = http.post(admin, "people", Map.of("emails", List.of("new@example.com"),
                "displayName", "New Person", "firstName", "New"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.str("firstName")).isEqualTo("New");
        assertThat(http.get(admin, "people/" + r.id()).str("displayName")).isEqualTo("New Person");
    }

    @Test
    void creatingAPersonWithAnAddressInUseIsAConflict() {
        spark.createUser("Bob");
        assertThat(http.post(admin, "people", Map.of("emails", List.of("BOB@example.com"))).status()).isEqualTo(409);
    }

    @Test
    void creatingAPersonWithoutEmailsIsABadRequest() {
        assertThat(http.post(admin, "people", Map.of("displayName", "Nobody")).status()).isEqualTo(400);
    }

    @Test
    void updateIsAFullReplaceThatClearsOmittedAttributes() {
        String id = http.post(admin, "people", Map.of("emails", List.of("p@example.com"), "displayName", "P",
                "nickName", "Pete", "department", "R&D")).id();
        ObjectNode body = (ObjectNode) http.get(admin, "people/" + id).json();
        body.put("displayName", "Peter");
        body.remove("nickName");
        body.put("someReadOnly", "ignored");
        Http.Resp r = http.put(admin, "people/" + id, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.str("displayName")).isEqualTo("Peter");
        assertThat(r.str("nickName")).isNull();
        assertThat(r.str("department")).isEqualTo("R&D");
    }

    @Test
    void emailsCannotChangeThroughAnUpdate() {
        FakeUser bob = spark.createUser("Bob");
        ObjectNode body = (ObjectNode) http.get(admin, "people/" + bob.id()).json();
        body.putArray("emails").add("robert@example.com");
        assertThat(http.put(admin, "people/" + bob.id(), body).status()).isEqualTo(400);
    }

    @Test
    void deletingAPersonRemovesTheirMemberships() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Team");
        addMember(admin, roomId, bob.id());
        assertThat(http.delete(admin, "people/" + bob.id()).status()).isEqualTo(204);
        assertThat(http.get(admin, "people/" + bob.id()).status()).isEqualTo(404);
        assertThat(http.get(admin, "memberships?roomId=" + roomId).items()).hasSize(1);
        assertThat(http.get(bob.token(), "people/me").status()).isEqualTo(401);
    }

    @Test
    void rolesAndLicensesAreShownToAdminsAndToThePersonThemselvesOnly() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        assertThat(http.get(admin, "people/" + bob.id()).json().has("licenses")).isTrue();
        assertThat(http.get(bob.token(), "people/me").json().has("licenses")).isTrue();
        assertThat(http.get(carol.token(), "people/" + bob.id()).json().has("licenses")).isFalse();
    }

    @Test
    void botsHaveTypeBot() {
        FakeUser bot = spark.createBot("Helper");
        assertThat(bot.isBot()).isTrue();
        assertThat(http.get(bot.token(), "people/me").str("type")).isEqualTo("bot");
    }
}
