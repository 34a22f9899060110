package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminAuditEventsTest extends FakeSparkHttpTestBase {

    private static final String ALL_TIME = "&from=2000-01-01T00:00:00.000Z&to=2100-01-01T00:00:00.000Z";
    private static final String USER_ADMIN = "Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfdXNlcl9hZG1pbg";

    private String events(String query) {
        return "adminAudit/events?orgId=" + spark.admin().orgId() + query;
    }

    private Http.Resp send(String method, String path, Object body) {
        return http.send(method, admin, path, "application/json;charset=utf-8", body == null ? null : Http.json(body),
                "User-Agent", "audit-test/1.0");
    }

    @Test
    void onlyAdminsMayListAuditEvents() {
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(bob.token(), events(ALL_TIME)).status()).isEqualTo(403);
        assertThat(http.get(admin, events(ALL_TIME)).status()).isEqualTo(200);
    }

    @Test
    void orgIdFromAndToAreRequired() {
        String orgId = spark.admin().orgId();
        assertThat(http.get(admin, "adminAudit/events?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z").status())
                .isEqualTo(400);
        assertThat(http.get(admin, "adminAudit/events?orgId=" + orgId + "&to=2100-01-01T00:00:00Z").status())
                .isEqualTo(400);
        assertThat(http.get(admin, "adminAudit/events?orgId=" + orgId + "&from=2000-01-01T00:00:00Z").status())
                .isEqualTo(400);
        assertThat(http.get(admin, events("&from=yesterday&to=2100-01-01T00:00:00Z")).status()).isEqualTo(400);
        assertThat(http.get(admin, events(ALL_TIME + "&offset=-1")).status()).isEqualTo(400);
        assertThat(http.get(admin, "adminAudit/events?orgId=" + spark.admin().id() + ALL_TIME).status())
                .isEqualTo(404);
    }

    @Test
    void creatingUpdatingAndDeletingAPersonIsAuditedNewestFirst() {
        Http.Resp created = send("POST", "people", Map.of("emails", List.of("dana@example.com"), "displayName", "Dana"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String danaId = created.id();
        String license = http.get(admin, "licenses").items().stream()
                .filter(l -> l.get("name").asString().equals("Meeting Center")).findFirst().orElseThrow()
                .get("id").asString();
        Http.Resp updated = send("PUT", "people/" + danaId, Map.of("emails", List.of("dana@example.com"),
                "displayName", "Dana Example", "licenses", List.of(license), "roles", List.of(USER_ADMIN)));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        Http.Resp deleted = send("DELETE", "people/" + danaId, null);
        assertThat(deleted.status()).isEqualTo(204);

        List<JsonNode> items = http.get(admin, events(ALL_TIME)).items();

        assertThat(items).extracting(e -> e.get("data").get("eventDescription").asString()).containsExactly(
                "A user was deleted", "User roles were changed", "User licenses were changed", "A user was modified",
                "A user was created");
        assertThat(items).extracting(e -> e.get("data").get("eventCategory").asString())
                .containsExactly("USERS", "ROLES", "LICENSES", "USERS", "USERS");
        assertThat(items).allSatisfy(e -> {
            assertThat(e.get("actorId").asString()).isEqualTo(spark.admin().id());
            assertThat(e.get("orgId").asString()).isEqualTo(spark.admin().orgId());
            assertThat(e.get("id").asString()).isNotBlank();
            JsonNode data = e.get("data");
            assertThat(data.get("targetId").asString()).isEqualTo(danaId);
            assertThat(data.get("targetType").asString()).isEqualTo("USER");
            assertThat(data.get("actorName").asString()).isEqualTo(spark.admin().displayName());
            assertThat(data.get("actorEmail").asString()).isEqualTo(spark.admin().email());
            assertThat(data.get("actorOrgName").asString()).isEqualTo("Example Corp");
            assertThat(data.get("targetOrgId").asString()).isEqualTo(spark.admin().orgId());
            assertThat(data.get("targetOrgName").asString()).isEqualTo("Example Corp");
            assertThat(data.get("adminRoles").get(0).asString()).isEqualTo("Full_Admin");
            assertThat(data.get("actorUserAgent").asString()).isEqualTo("audit-test/1.0");
            assertThat(data.get("actorIp").asString()).isNotBlank();
        });
        JsonNode creation = items.get(4);
        assertThat(creation.get("data").get("trackingId").asString()).isEqualTo(created.header("TrackingID"));
        assertThat(creation.get("data").get("targetName").asString()).isEqualTo("Dana");
        assertThat(creation.get("data").get("actionText").asString()).contains("created", "Dana", "dana@example.com");
        assertThat(items.get(0).get("data").get("trackingId").asString()).isEqualTo(deleted.header("TrackingID"));
        assertThat(items.get(1).get("data").get("trackingId").asString()).isEqualTo(updated.header("TrackingID"));
    }

    @Test
    void anUpdateThatKeepsLicensesAndRolesIsOneEvent() {
        String id = http.post(admin, "people", Map.of("emails", List.of("erin@example.com"), "displayName", "Erin")).id();
        JsonNode person = http.get(admin, "people/" + id).json();
        assertThat(http.put(admin, "people/" + id, person).status()).isEqualTo(200);
        assertThat(http.get(admin, events(ALL_TIME)).items()).extracting(e -> e.get("data").get("eventDescription")
                .asString()).containsExactly("A user was modified", "A user was created");
    }

    @Test
    void seededEventsAreListedByTheirTimeWindowAndActor() {
        FakeUser bob = spark.createUser("Bob");
        String jan = spark.seedAuditEvent(Instant.parse("2020-01-10T09:00:00Z"), spark.admin(), "LOGINS",
                "An admin logged in");
        String feb = spark.seedAuditEvent(Instant.parse("2020-02-10T09:00:00Z"), bob, "LOGINS", "A user logged in");
        String mar = spark.seedAuditEvent(Instant.parse("2020-03-10T09:00:00Z"), spark.admin(), "SPACE",
                "A space was archived");

        assertThat(http.get(admin, events(ALL_TIME)).itemIds()).containsExactly(mar, feb, jan);
        assertThat(http.get(admin, events("&from=2020-02-01T00:00:00.000Z&to=2020-03-10T09:00:00.000Z")).itemIds())
                .containsExactly(feb);
        assertThat(http.get(admin, events(ALL_TIME + "&actorId=" + spark.admin().id())).itemIds())
                .containsExactly(mar, jan);
        JsonNode first = http.get(admin, events(ALL_TIME)).items().get(2);
        assertThat(first.get("created").asString()).isEqualTo("2020-01-10T09:00:00.000Z");
        assertThat(first.get("data").get("eventCategory").asString()).isEqualTo("LOGINS");
        assertThat(first.get("data").get("eventDescription").asString()).isEqualTo("An admin logged in");
        assertThat(first.get("data").get("targetType").asString()).isEqualTo("ORG");
        assertThat(first.get("data").get("targetId").asString()).isEqualTo(spark.admin().orgId());
    }

    @Test
    void maxAndOffsetPageTheEventsWithNextLinks() {
        List<String> seeded = new ArrayList<>();
        Instant start = Instant.parse("2021-06-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            seeded.add(0, spark.seedAuditEvent(start.plusSeconds(i), spark.admin(), "LOGINS", "login " + i));
        }
        Http.Resp page = http.get(admin, events(ALL_TIME + "&offset=1&max=2"));
        List<String> ids = new ArrayList<>(page.itemIds());
        assertThat(ids).hasSize(2);
        while (page.next() != null) {
            assertThat(page.next()).contains("offset=1");
            page = http.get(admin, page.next());
            ids.addAll(page.itemIds());
        }
        assertThat(ids).containsExactlyElementsOf(seeded.subList(1, 5));
        assertThat(http.get(admin, events(ALL_TIME + "&offset=9")).items()).isEmpty();
    }

    @Test
    void pagesHoldAHundredByDefaultAndAtMostTwoHundred() {
        Instant start = Instant.parse("2022-01-01T00:00:00Z");
        for (int i = 0; i < 205; i++) {
            spark.seedAuditEvent(start.plusSeconds(i), spark.admin(), "LOGINS", "login " + i);
        }
        assertThat(http.get(admin, events(ALL_TIME)).items()).hasSize(100);
        Http.Resp clamped = http.get(admin, events(ALL_TIME + "&max=500"));
        assertThat(clamped.items()).hasSize(200);
        assertThat(http.get(admin, clamped.next()).items()).hasSize(5);
    }

    @Test
    void seedingRefusesTheFutureAndBlankTexts() {
        Instant future = Instant.now().plus(Duration.ofDays(365 * 50));
        assertThatThrownBy(() -> spark.seedAuditEvent(future, spark.admin(), "LOGINS", "later"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("created");
        assertThatThrownBy(() -> spark.seedAuditEvent(Instant.parse("2020-01-01T00:00:00Z"), spark.admin(), " ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventCategory");
        FakeUser gone = spark.createUser("Gone");
        http.delete(admin, "people/" + gone.id());
        assertThatThrownBy(() -> spark.seedAuditEvent(Instant.parse("2020-01-01T00:00:00Z"), gone, "LOGINS", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
    }
}
