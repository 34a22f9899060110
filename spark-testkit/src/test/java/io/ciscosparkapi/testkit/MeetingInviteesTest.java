package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code meetingInvitees}: who is invited to a meeting, one address once. */
class MeetingInviteesTest extends MeetingsTestBase {

    private String meetingId;

    @BeforeEach
    void aMeeting() {
        meetingId = createMeeting(admin, meetingBody("Invitations", 24, 25)).get("id").asString();
    }

    private Http.Resp invite(String email) {
        return http.post(admin, "meetingInvitees", Map.of("meetingId", meetingId, "email", email));
    }

    @Test
    void anInviteeIsCreatedListedReadChangedAndDeleted() {
        Http.Resp created = http.post(admin, "meetingInvitees", Map.of("meetingId", meetingId,
                "email", "carol@example.org", "displayName", "Carol", "coHost", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode i = created.json();
        String id = i.get("id").asString();
        assertThat(i.get("meetingId").asString()).isEqualTo(meetingId);
        assertThat(i.get("email").asString()).isEqualTo("carol@example.org");
        assertThat(i.get("displayName").asString()).isEqualTo("Carol");
        assertThat(i.get("coHost").asBoolean()).isTrue();
        assertThat(http.get(admin, "meetingInvitees?meetingId=" + meetingId).itemIds()).containsExactly(id);
        assertThat(http.get(admin, "meetingInvitees/" + id).json()).isEqualTo(i);

        Http.Resp updated = http.put(admin, "meetingInvitees/" + id, Map.of("email", "carol@example.net",
                "displayName", "Carol C."));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.str("email")).isEqualTo("carol@example.net");
        assertThat(updated.str("displayName")).isEqualTo("Carol C.");
        assertThat(updated.json().get("coHost").asBoolean()).as("omitted: back to the default").isFalse();

        assertThat(http.delete(admin, "meetingInvitees/" + id).status()).isEqualTo(204);
        assertThat(http.get(admin, "meetingInvitees/" + id).status()).isEqualTo(404);
        assertThat(http.get(admin, "meetingInvitees?meetingId=" + meetingId).items()).isEmpty();
    }

    @Test
    void anInviteeWithoutANameIsShownByAddressAndIsNoCohost() {
        JsonNode i = invite("dave@example.org").json();
        assertThat(i.get("displayName").asString()).isEqualTo("dave@example.org");
        assertThat(i.get("coHost").asBoolean()).isFalse();
    }

    @Test
    void theListNeedsAMeetingId() {
        Http.Resp r = http.get(admin, "meetingInvitees");
        assertThat(r.status()).isEqualTo(400);
        assertThat(description(r)).contains("meetingId");
    }

    @Test
    void anInviteeNeedsAMeetingAndAnAddress() {
        assertThat(http.post(admin, "meetingInvitees", Map.of("email", "carol@example.org")).status()).isEqualTo(400);
        assertThat(http.post(admin, "meetingInvitees", Map.of("meetingId", meetingId)).status()).isEqualTo(400);
        Http.Resp bad = invite("not an address");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(description(bad)).contains("email");
    }

    @Test
    void invitingTheSameAddressTwiceToOneMeetingIsAConflict() {
        assertThat(invite("carol@example.org").status()).isEqualTo(200);
        Http.Resp again = invite("Carol@Example.org");
        assertThat(again.status()).isEqualTo(409);
        assertThat(description(again)).contains("already invited");
        String other = createMeeting(admin, meetingBody("Other", 24, 25)).get("id").asString();
        assertThat(http.post(admin, "meetingInvitees", Map.of("meetingId", other, "email", "carol@example.org"))
                .status()).as("another meeting").isEqualTo(200);
    }

    @Test
    void changingAnInviteesAddressToAnotherInviteesIsAConflict() {
        invite("carol@example.org");
        String dave = invite("dave@example.org").id();
        assertThat(http.put(admin, "meetingInvitees/" + dave, Map.of("email", "carol@example.org")).status())
                .isEqualTo(409);
        assertThat(http.put(admin, "meetingInvitees/" + dave, Map.of("email", "dave@example.org", "coHost", true))
                .status()).as("keeping one's own address").isEqualTo(200);
    }

    @Test
    void aBulkInsertAddsEveryItemAndAnswersThemAsAList() {
        Http.Resp r = http.post(admin, "meetingInvitees/bulkInsert", Map.of("meetingId", meetingId, "items", List.of(
                Map.of("email", "carol@example.org", "coHost", true), Map.of("email", "dave@example.org"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.items()).extracting(i -> i.get("email").asString())
                .containsExactly("carol@example.org", "dave@example.org");
        assertThat(http.get(admin, "meetingInvitees?meetingId=" + meetingId).itemIds())
                .containsExactlyElementsOf(r.itemIds());
    }

    @Test
    void aBulkInsertWithADuplicateIsAConflictAndAddsNothing() {
        invite("carol@example.org");
        Http.Resp r = http.post(admin, "meetingInvitees/bulkInsert", Map.of("meetingId", meetingId, "items", List.of(
                Map.of("email", "dave@example.org"), Map.of("email", "carol@example.org"))));
        assertThat(r.status()).isEqualTo(409);
        Http.Resp twice = http.post(admin, "meetingInvitees/bulkInsert", Map.of("meetingId", meetingId, "items",
                List.of(Map.of("email", "erin@example.org"), Map.of("email", "erin@example.org"))));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(http.get(admin, "meetingInvitees?meetingId=" + meetingId).items()).hasSize(1);
    }

    @Test
    void aBulkInsertNeedsItems() {
        assertThat(http.post(admin, "meetingInvitees/bulkInsert", Map.of("meetingId", meetingId)).status())
                .isEqualTo(400);
        assertThat(http.post(admin, "meetingInvitees/bulkInsert", Map.of("meetingId", meetingId, "items", List.of()))
                .status()).isEqualTo(400);
    }

    @Test
    void theInviteesOfSomeoneElsesMeetingAreNotFound() {
        String id = invite("carol@example.org").id();
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(bob.token(), "meetingInvitees?meetingId=" + meetingId).status()).isEqualTo(404);
        assertThat(http.get(bob.token(), "meetingInvitees/" + id).status()).isEqualTo(404);
        assertThat(http.put(bob.token(), "meetingInvitees/" + id, Map.of("email", "x@example.org")).status())
                .isEqualTo(404);
        assertThat(http.delete(bob.token(), "meetingInvitees/" + id).status()).isEqualTo(404);
        assertThat(http.post(bob.token(), "meetingInvitees", Map.of("meetingId", meetingId, "email", "x@example.org"))
                .status()).isEqualTo(404);
    }

    @Test
    void theInviteesArePagedInTheOrderTheyWereInvited() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(Map.of("email", "guest" + i + "@example.org"));
        }
        List<String> expected = http.post(admin, "meetingInvitees/bulkInsert",
                Map.of("meetingId", meetingId, "items", items)).itemIds();
        Walk walk = walk(admin, "meetingInvitees?meetingId=" + meetingId + "&max=2");
        assertThat(walk.pages()).isEqualTo(3);
        assertThat(walk.ids()).containsExactlyElementsOf(expected);
    }
}
