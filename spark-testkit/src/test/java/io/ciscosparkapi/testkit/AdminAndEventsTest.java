package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminAndEventsTest extends FakeSparkHttpTestBase {

    @Test
    void adminListsTheirOrganizationLicensesAndRoles() {
        List<JsonNode> orgs = http.get(admin, "organizations").items();
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).get("displayName").asString()).isEqualTo("Example Corp");
        List<JsonNode> licenses = http.get(admin, "licenses").items();
        assertThat(licenses.size()).isGreaterThanOrEqualTo(3);
        assertThat(licenses).anySatisfy(l -> assertThat(l.get("name").asString()).isEqualTo("Messaging"));
        List<String> roleNames = http.get(admin, "roles").items().stream().map(r -> r.get("name").asString()).toList();
        assertThat(roleNames).contains("Full Administrator", "User Administrator", "Read-only Administrator");
        String licenseId = licenses.get(0).get("id").asString();
        assertThat(http.get(admin, "licenses/" + licenseId).str("name")).isEqualTo(licenses.get(0).get("name").asString());
        assertThat(http.get(admin, "roles/Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg").str("name"))
                .isEqualTo("Full Administrator");
    }

    @Test
    void theOrgHasTheLicenseSetOfAPaidOrg() {
        List<JsonNode> licenses = http.get(admin, "licenses").items();
        assertThat(licenses).extracting(l -> l.get("name").asString()).contains("Messaging", "Advanced Messaging",
                "Meeting - 25 party", "Meeting Center", "Spark Call");
        JsonNode meetingCenter = licenses.stream().filter(l -> l.get("name").asString().equals("Meeting Center"))
                .findFirst().orElseThrow();
        assertThat(meetingCenter.get("siteUrl").asString()).endsWith(".webex.com");
        assertThat(meetingCenter.get("siteType").asString()).isNotBlank();
        assertThat(licenses).allSatisfy(l -> {
            assertThat(l.get("totalUnits").isInt()).isTrue();
            assertThat(l.get("consumedUnits").isInt()).isTrue();
            assertThat(l.get("subscriptionId").asString()).isNotBlank();
        });
    }

    @Test
    void licensesPageWithASmallMaxOverSeveralPages() {
        List<String> all = http.get(admin, "licenses").itemIds();
        List<String> paged = new ArrayList<>();
        int pages = 0;
        Http.Resp page = http.get(admin, "licenses?max=2");
        while (true) {
            pages++;
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page.itemIds());
            if (page.next() == null) {
                break;
            }
            page = http.get(admin, page.next());
        }
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void aPersonCreatedWithoutLicensesGetsTheOrgsMessagingLicense() {
        JsonNode messaging = license("Messaging");
        int consumed = messaging.get("consumedUnits").asInt();
        Http.Resp dana = http.post(admin, "people", Map.of("emails", List.of("dana@example.com"), "displayName", "Dana"));
        assertThat(dana.status()).isEqualTo(200);
        assertThat(dana.json().get("licenses")).extracting(JsonNode::asString)
                .containsExactly(messaging.get("id").asString());
        assertThat(license("Messaging").get("consumedUnits").asInt()).isEqualTo(consumed + 1);

        String meetings = license("Meeting Center").get("id").asString();
        Http.Resp erin = http.post(admin, "people", Map.of("emails", List.of("erin@example.com"), "displayName", "Erin",
                "licenses", List.of(meetings)));
        assertThat(erin.json().get("licenses")).extracting(JsonNode::asString).containsExactly(meetings);
    }

    @Test
    void anUpdateWithAnUnknownRoleChangesNothing() {
        String id = http.post(admin, "people", Map.of("emails", List.of("fay@example.com"), "displayName", "Fay")).id();
        Http.Resp bad = http.put(admin, "people/" + id, Map.of("emails", List.of("fay@example.com"),
                "displayName", "Renamed", "roles", List.of("Y2lzY29zcGFyazovL3VzL1JPTEUvbm9uZQ")));
        assertThat(bad.status()).isEqualTo(400);
        Http.Resp now = http.get(admin, "people/" + id);
        assertThat(now.str("displayName")).isEqualTo("Fay");
        assertThat(now.json().get("licenses")).hasSize(1);
        assertThat(http.post(admin, "people", Map.of("emails", List.of("gil@example.com"), "licenses",
                List.of("nope"))).status()).isEqualTo(400);
        assertThat(http.get(admin, "people?email=gil@example.com").items()).isEmpty();
    }

    private JsonNode license(String name) {
        return http.get(admin, "licenses").items().stream().filter(l -> l.get("name").asString().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void nonAdminsAreForbiddenFromAdminListsButMayReadTheirOwnOrg() {
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(bob.token(), "organizations").status()).isEqualTo(403);
        assertThat(http.get(bob.token(), "licenses").status()).isEqualTo(403);
        assertThat(http.get(bob.token(), "roles").status()).isEqualTo(403);
        assertThat(http.get(bob.token(), "organizations/" + bob.orgId()).status()).isEqualTo(200);
    }

    @Test
    void eventsAreForComplianceOfficersOnly() {
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(bob.token(), "events").status()).isEqualTo(403);
        assertThat(http.get(admin, "events").status()).isEqualTo(200);
    }

    @Test
    void messageAndMembershipChangesAreRecordedAsEvents() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Audited");
        String membershipId = addMember(admin, roomId, bob.id());
        String messageId = say(bob.token(), Map.of("roomId", roomId, "text", "hello")).id();
        http.delete(bob.token(), "messages/" + messageId);
        http.delete(admin, "memberships/" + membershipId);

        List<JsonNode> messages = http.get(admin, "events?resource=messages").items();
        assertThat(messages).extracting(e -> e.get("type").asString()).containsExactly("deleted", "created");
        JsonNode created = messages.get(1);
        assertThat(created.get("actorId").asString()).isEqualTo(bob.id());
        assertThat(created.get("data").get("id").asString()).isEqualTo(messageId);
        assertThat(created.get("data").get("text").asString()).isEqualTo("hello");

        assertThat(http.get(admin, "events?resource=memberships&type=deleted").items()).hasSize(1);
        assertThat(http.get(admin, "events?actorId=" + bob.id()).items()).hasSize(2);
        String eventId = created.get("id").asString();
        assertThat(http.get(admin, "events/" + eventId).str("resource")).isEqualTo("messages");
    }

    @Test
    void eventsFilterByTimeRange() {
        String roomId = room(admin, "Timed");
        say(admin, Map.of("roomId", roomId, "text", "old"));
        String cut = http.get(admin, "events?resource=messages").items().get(0).get("created").asString();
        Instant after = Instant.parse(cut).plusMillis(1);
        say(admin, Map.of("roomId", roomId, "text", "new"));
        assertThat(http.get(admin, "events?resource=messages&from=" + after).items()).hasSize(1);
        assertThat(http.get(admin, "events?resource=messages&to=" + after).items()).hasSize(1);
        assertThat(http.get(admin, "events?from=notatime").status()).isEqualTo(400);
    }
}
