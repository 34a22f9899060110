package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
    void meetingInfoHasItsFieldsTheSameEachTimeAndOnlyForWhoSeesTheRoom() {
        String roomId = room(admin, "Meet");
        Http.Resp r = http.get(admin, "rooms/" + roomId + "/meetingInfo");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().propertyNames()).containsExactlyInAnyOrder("roomId", "meetingLink", "sipAddress",
                "meetingNumber", "callInTollFreeNumber", "callInTollNumber");
        assertThat(r.str("roomId")).isEqualTo(roomId);
        assertThat(r.str("meetingLink")).startsWith("https://");
        assertThat(r.str("meetingNumber")).matches("\\d+");
        assertThat(r.str("sipAddress")).startsWith(r.str("meetingNumber") + "@");
        assertThat(http.get(admin, "rooms/" + roomId + "/meetingInfo").json()).isEqualTo(r.json());
        assertThat(http.get(admin, "rooms/" + room(admin, "Other") + "/meetingInfo").str("meetingLink"))
                .isNotEqualTo(r.str("meetingLink"));
        assertThat(http.get(spark.createUser("Outsider").token(), "rooms/" + roomId + "/meetingInfo").status())
                .isEqualTo(404);
    }

    @Test
    void aRoomHasTheNewerFieldsWithTheirDefaults() {
        Http.Resp r = http.post(admin, "rooms", Map.of("title", "Newer"));
        assertThat(r.json().get("isPublic").isBoolean()).isTrue();
        assertThat(r.json().get("isPublic").asBoolean()).isFalse();
        assertThat(r.json().get("isAnnouncementOnly").asBoolean()).isFalse();
        assertThat(r.json().get("isReadOnly").asBoolean()).isFalse();
        assertThat(r.str("ownerId")).isEqualTo(spark.admin().orgId());
        assertThat(r.json().has("madePublic")).isFalse();
        assertThat(r.json().has("description")).isFalse();
    }

    @Test
    void optionalFieldsAreStoredTypedAndKeptByAnUpdateThatLeavesThemOut() {
        Http.Resp r = http.post(admin, "rooms", Map.of("title", "Typed", "isAnnouncementOnly", "True",
                "classificationId", "Y2lzY29zcGFyazovL3VzL0NMQVNTSUZJQ0FUSU9OL2NsYXNzLTE", "description", "about"));
        assertThat(r.json().get("isAnnouncementOnly").isBoolean()).isTrue();
        assertThat(r.json().get("isAnnouncementOnly").asBoolean()).isTrue();
        assertThat(r.str("classificationId")).isEqualTo("Y2lzY29zcGFyazovL3VzL0NMQVNTSUZJQ0FUSU9OL2NsYXNzLTE");
        Http.Resp updated = http.put(admin, "rooms/" + r.id(), Map.of("title", "Typed", "isReadOnly", true));
        assertThat(updated.json().get("isReadOnly").asBoolean()).isTrue();
        assertThat(updated.json().get("isAnnouncementOnly").asBoolean()).isTrue();
        assertThat(updated.str("description")).isEqualTo("about");
        assertThat(http.post(admin, "rooms", Map.of("title", "Bad", "isReadOnly", 3)).status()).isEqualTo(400);
        assertThat(http.post(admin, "rooms", Map.of("title", "Bad", "description", List.of())).status()).isEqualTo(400);
    }

    @Test
    void aPublicRoomNeedsADescriptionAndRecordsWhenItWasMadePublic() {
        assertThat(http.post(admin, "rooms", Map.of("title", "Open", "isPublic", true)).status()).isEqualTo(400);
        Http.Resp open = http.post(admin, "rooms", Map.of("title", "Open", "isPublic", true, "description", "All welcome"));
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().get("isPublic").asBoolean()).isTrue();
        assertThat(open.str("madePublic")).isNotNull();

        String closed = room(admin, "Closed");
        assertThat(http.put(admin, "rooms/" + closed, Map.of("title", "Closed", "isPublic", true)).status())
                .isEqualTo(400);
        assertThat(http.get(admin, "rooms/" + closed).json().get("isPublic").asBoolean()).isFalse();
        Http.Resp opened = http.put(admin, "rooms/" + closed, Map.of("title", "Closed", "isPublic", true,
                "description", "Now open"));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(Instant.parse(opened.str("madePublic"))).isAfter(Instant.parse(open.str("madePublic")));
        Http.Resp reclosed = http.put(admin, "rooms/" + closed, Map.of("title", "Closed", "isPublic", false));
        assertThat(reclosed.json().get("isPublic").asBoolean()).isFalse();
        assertThat(reclosed.json().has("madePublic")).isFalse();
    }

    @Test
    void orgPublicSpacesListsThePublicRoomsOfTheCallersOrgByWhenTheyWereMadePublic() {
        FakeUser bob = spark.createUser("Bob");
        Http.Resp first = http.post(admin, "rooms", Map.of("title", "First", "isPublic", true, "description", "1"));
        Http.Resp second = http.post(admin, "rooms", Map.of("title", "Second", "isPublic", true, "description", "2"));
        room(admin, "Private");
        assertThat(http.get(bob.token(), "rooms?orgPublicSpaces=true").itemIds()).containsExactly(first.id(), second.id());
        assertThat(http.get(bob.token(), "rooms?orgPublicSpaces=true&from=" + second.str("madePublic")).itemIds())
                .containsExactly(second.id());
        assertThat(http.get(bob.token(), "rooms?orgPublicSpaces=true&to=" + second.str("madePublic")).itemIds())
                .containsExactly(first.id());
        assertThat(http.get(bob.token(), "rooms").items()).isEmpty();
        assertThat(http.get(bob.token(), "rooms?orgPublicSpaces=true&type=group").status()).isEqualTo(400);
        assertThat(http.get(bob.token(), "rooms?orgPublicSpaces=true&sortBy=id").status()).isEqualTo(400);
    }

    @Test
    void sortByCreatedPutsTheNewestFirstAndAnUnknownSortIsABadRequest() {
        String a = room(admin, "A");
        String b = room(admin, "B");
        String c = room(admin, "C");
        assertThat(http.get(admin, "rooms?sortBy=created").itemIds()).containsExactly(c, b, a);
        assertThat(http.get(admin, "rooms?sortBy=id").itemIds()).isSorted();
        assertThat(http.get(admin, "rooms?sortBy=title").status()).isEqualTo(400);
    }
}
