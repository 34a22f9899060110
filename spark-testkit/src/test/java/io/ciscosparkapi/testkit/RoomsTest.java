package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomsTest extends FakeSparkHttpTestBase {

    @Test
    void theCreatorBecomesTheFirstMember() {
        String roomId = room(admin, "Project Unicorn");
        Http.Resp members = http.get(admin, "memberships?roomId=" + roomId);
        assertThat(members.items()).hasSize(1);
        assertThat(members.items().get(0).get("personId").asString()).isEqualTo(spark.admin().id());
        assertThat(members.items().get(0).get("isModerator").asBoolean()).isFalse();
    }

    @Test
    void aRoomHasTheDocumentedFields() {
        Http.Resp r = http.post(admin, "rooms", Map.of("title", "Fields"));
        assertThat(r.str("title")).isEqualTo("Fields");
        assertThat(r.str("type")).isEqualTo("group");
        assertThat(r.json().get("isLocked").asBoolean()).isFalse();
        assertThat(r.str("creatorId")).isEqualTo(spark.admin().id());
        assertThat(r.str("lastActivity")).isNotNull();
        assertThat(r.json().has("teamId")).isFalse();
    }

    @Test
    void creatingARoomWithoutATitleIsABadRequest() {
        assertThat(http.post(admin, "rooms", Map.of()).status()).isEqualTo(400);
        assertThat(http.post(admin, "rooms", Map.of("title", 5)).status()).isEqualTo(400);
    }

    @Test
    void aUserSeesOnlyRoomsTheyAreAMemberOf() {
        FakeUser bob = spark.createUser("Bob");
        String mine = room(admin, "Mine");
        String shared = room(admin, "Shared");
        addMember(admin, shared, bob.id());
        assertThat(http.get(bob.token(), "rooms").itemIds()).containsExactly(shared);
        assertThat(http.get(bob.token(), "rooms/" + mine).status()).isEqualTo(404);
        assertThat(http.get(admin, "rooms").itemIds()).containsExactly(mine, shared);
    }

    @Test
    void roomsFilterByType() {
        FakeUser bob = spark.createUser("Bob");
        String group = room(admin, "Group");
        say(admin, Map.of("toPersonId", bob.id(), "text", "hi"));
        assertThat(http.get(admin, "rooms?type=group").itemIds()).containsExactly(group);
        assertThat(http.get(admin, "rooms?type=direct").items()).hasSize(1);
        assertThat(http.get(admin, "rooms").items()).hasSize(2);
    }

    @Test
    void sortByLastActivityPutsTheMostRecentlyActiveRoomFirst() {
        String first = room(admin, "First");
        String second = room(admin, "Second");
        say(admin, Map.of("roomId", first, "text", "bump"));
        assertThat(http.get(admin, "rooms?sortBy=lastactivity").itemIds()).containsExactly(first, second);
        assertThat(http.get(admin, "rooms?sortBy=created").itemIds()).containsExactly(second, first);
    }

    @Test
    void postingAMessageBumpsLastActivity() {
        String roomId = room(admin, "Bump");
        Instant before = Instant.parse(http.get(admin, "rooms/" + roomId).str("lastActivity"));
        say(admin, Map.of("roomId", roomId, "text", "hello"));
        Instant after = Instant.parse(http.get(admin, "rooms/" + roomId).str("lastActivity"));
        assertThat(after).isAfter(before);
    }

    @Test
    void updateChangesTheTitleAndKeepsAbsentFields() {
        String roomId = http.post(admin, "rooms", Map.of("title", "Old", "description", "kept")).id();
        Http.Resp r = http.put(admin, "rooms/" + roomId, Map.of("title", "New"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.str("title")).isEqualTo("New");
        assertThat(r.str("description")).isEqualTo("kept");
    }

    @Test
    void aLockedRoomCanOnlyBeChangedByModerators() {
        FakeUser bob = spark.createUser("Bob");
        Http.Resp created = http.post(admin, "rooms", Map.of("title", "Locked", "isLocked", true));
        String roomId = created.id();
        assertThat(created.json().get("isLocked").asBoolean()).isTrue();
        addMember(admin, roomId, bob.id());
        assertThat(http.put(bob.token(), "rooms/" + roomId, Map.of("title", "Hijack")).status()).isEqualTo(403);
        assertThat(http.put(admin, "rooms/" + roomId, Map.of("title", "Fine")).status()).isEqualTo(200);
    }

    @Test
    void onlyTheCreatorOrAModeratorMayDeleteARoom() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Keep");
        addMember(admin, roomId, bob.id());
        assertThat(http.delete(bob.token(), "rooms/" + roomId).status()).isEqualTo(403);
        assertThat(http.delete(admin, "rooms/" + roomId).status()).isEqualTo(204);
    }

    @Test
    void deletingARoomRemovesItsMembershipsAndMessages() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Doomed");
        String membershipId = addMember(admin, roomId, bob.id());
        String messageId = say(admin, Map.of("roomId", roomId, "text", "bye")).id();
        http.delete(admin, "rooms/" + roomId);
        assertThat(http.get(admin, "rooms/" + roomId).status()).isEqualTo(404);
        assertThat(http.get(admin, "memberships/" + membershipId).status()).isEqualTo(404);
        assertThat(http.get(admin, "messages/" + messageId).status()).isEqualTo(404);
        assertThat(http.get(bob.token(), "memberships").items()).isEmpty();
    }

    @Test
    void aDirectRoomIsTitledWithTheOtherPersonsNameForEachMember() {
        FakeUser bob = spark.createUser("Bob Example");
        String roomId = say(admin, Map.of("toPersonEmail", bob.email(), "text", "hi")).str("roomId");
        assertThat(http.get(admin, "rooms/" + roomId).str("title")).isEqualTo("Bob Example");
        assertThat(http.get(bob.token(), "rooms/" + roomId).str("title")).isEqualTo("Admin Example");
        assertThat(http.get(admin, "rooms/" + roomId).str("type")).isEqualTo("direct");
        assertThat(http.get(admin, "memberships?roomId=" + roomId).items()).hasSize(2);
    }

    @Test
    void meetingInfoIsAvailableForAVisibleRoom() {
        String roomId = room(admin, "Meet");
        Http.Resp r = http.get(admin, "rooms/" + roomId + "/meetingInfo");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.str("roomId")).isEqualTo(roomId);
    }
}
