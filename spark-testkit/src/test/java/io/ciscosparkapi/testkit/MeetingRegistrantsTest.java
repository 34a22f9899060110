package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code meetings/{id}/registrants}: registration for webinars that have it, and only for them. */
class MeetingRegistrantsTest extends MeetingsTestBase {

    private static final String NOT_SUPPORTED = "Registration is not supported for this meeting series.";

    private static Map<String, Object> person(String first, String email) {
        return Map.of("firstName", first, "lastName", "Example", "email", email);
    }

    @Test
    void aRegistrantOfAWebinarThatAcceptsEveryoneIsApproved() {
        String webinar = createWebinar(admin, true);
        Http.Resp r = http.post(admin, "meetings/" + webinar + "/registrants", Map.of("firstName", "Carol",
                "lastName", "Jones", "email", "carol@example.org", "jobTitle", "CTO", "companyName", "Acme"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode reg = r.json();
        assertThat(reg.get("id").asString()).isNotBlank();
        assertThat(reg.get("status").asString()).isEqualTo("approved");
        assertThat(reg.get("firstName").asString()).isEqualTo("Carol");
        assertThat(reg.get("lastName").asString()).isEqualTo("Jones");
        assertThat(reg.get("email").asString()).isEqualTo("carol@example.org");
        assertThat(reg.get("jobTitle").asString()).isEqualTo("CTO");
        assertThat(reg.get("companyName").asString()).isEqualTo("Acme");
        assertThat(reg.get("registrationTime").asString()).startsWith("2026-12-01T09:00:00.");
    }

    @Test
    void aRegistrantOfAWebinarThatDoesNotAcceptAutomaticallyIsPending() {
        String webinar = createWebinar(admin, false);
        Http.Resp r = http.post(admin, "meetings/" + webinar + "/registrants", person("Dave", "dave@example.org"));
        assertThat(r.str("status")).isEqualTo("pending");
        assertThat(r.json().has("jobTitle")).isFalse();
    }

    @Test
    void aPlainMeetingRefusesEveryRegistrantCall() {
        String meeting = createMeeting(admin, meetingBody("Plain", 1, 2)).get("id").asString();
        Http.Resp create = http.post(admin, "meetings/" + meeting + "/registrants", person("Carol", "c@example.org"));
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json().get("errors").size()).isEqualTo(1);
        assertThat(description(create)).isEqualTo(NOT_SUPPORTED);
        assertThat(create.json().get("trackingId").asString()).isEqualTo(create.header("TrackingID"));
        Http.Resp list = http.get(admin, "meetings/" + meeting + "/registrants");
        assertThat(list.status()).isEqualTo(400);
        assertThat(description(list)).isEqualTo(NOT_SUPPORTED);
    }

    @Test
    void aWebinarWithoutRegistrationRefusesRegistrantsToo() {
        String webinar = createMeeting(admin, meetingBody("Open", 1, 2, "scheduledType", "webinar"))
                .get("id").asString();
        Http.Resp r = http.post(admin, "meetings/" + webinar + "/registrants", person("Carol", "c@example.org"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(description(r)).isEqualTo(NOT_SUPPORTED);
    }

    @Test
    void firstNameLastNameAndEmailAreRequired() {
        String webinar = createWebinar(admin, true);
        for (String field : List.of("firstName", "lastName", "email")) {
            Map<String, Object> body = new HashMap<>(person("Carol", "carol@example.org"));
            body.remove(field);
            Http.Resp r = http.post(admin, "meetings/" + webinar + "/registrants", body);
            assertThat(r.status()).as(field).isEqualTo(400);
            assertThat(description(r)).contains(field);
        }
    }

    @Test
    void registeringTheSameAddressTwiceIsAConflict() {
        String webinar = createWebinar(admin, true);
        http.post(admin, "meetings/" + webinar + "/registrants", person("Carol", "carol@example.org"));
        assertThat(http.post(admin, "meetings/" + webinar + "/registrants", person("Carol", "CAROL@example.org"))
                .status()).isEqualTo(409);
    }

    @Test
    void aRegistrantIsListedReadAndDeleted() {
        String webinar = createWebinar(admin, true);
        JsonNode reg = http.post(admin, "meetings/" + webinar + "/registrants", person("Carol", "carol@example.org"))
                .json();
        String id = reg.get("id").asString();
        assertThat(http.get(admin, "meetings/" + webinar + "/registrants").itemIds()).containsExactly(id);
        assertThat(http.get(admin, "meetings/" + webinar + "/registrants/" + id).json()).isEqualTo(reg);
        Http.Resp deleted = http.delete(admin, "meetings/" + webinar + "/registrants/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.bytes()).isEmpty();
        assertThat(http.get(admin, "meetings/" + webinar + "/registrants/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRegistrantIsFoundOnlyUnderItsOwnWebinar() {
        String webinar = createWebinar(admin, true);
        String other = createWebinar(admin, true);
        String id = http.post(admin, "meetings/" + webinar + "/registrants", person("Carol", "carol@example.org"))
                .id();
        assertThat(http.get(admin, "meetings/" + other + "/registrants/" + id).status()).isEqualTo(404);
        assertThat(http.delete(admin, "meetings/" + other + "/registrants/" + id).status()).isEqualTo(404);
    }

    @Test
    void theRegistrantsOfSomeoneElsesWebinarAreNotFound() {
        String webinar = createWebinar(admin, true);
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(bob.token(), "meetings/" + webinar + "/registrants").status()).isEqualTo(404);
        assertThat(http.post(bob.token(), "meetings/" + webinar + "/registrants", person("Bob", "bob@example.org"))
                .status()).isEqualTo(404);
    }

    @Test
    void theRegistrantsArePagedInTheOrderTheyRegistered() {
        String webinar = createWebinar(admin, false);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(http.post(admin, "meetings/" + webinar + "/registrants",
                    person("Guest" + i, "guest" + i + "@example.org")).id());
        }
        Walk walk = walk(admin, "meetings/" + webinar + "/registrants?max=2");
        assertThat(walk.pages()).isEqualTo(3);
        assertThat(walk.ids()).containsExactlyElementsOf(expected);
    }
}
