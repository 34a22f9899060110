package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MembershipsTest extends FakeSparkHttpTestBase {

    @Test
    void addingYourselfToARoomYouCreatedIsAConflict() {
        String roomId = room(admin, "Mine");
        Http.Resp r = http.post(admin, "memberships", Map.of("roomId", roomId, "personId", spark.admin().id()));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.str("message")).contains("already a member");
    }

    @Test
    void addingSomeoneTwiceIsAConflictAndYieldsTheSameId() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Twice");
        String first = addMember(admin, roomId, bob.id());
        assertThat(http.post(admin, "memberships", Map.of("roomId", roomId, "personEmail", bob.email())).status())
                .isEqualTo(409);
        http.delete(admin, "memberships/" + first);
        assertThat(addMember(admin, roomId, bob.id())).isEqualTo(first);
    }

    @Test
    void aMembershipHasTheDocumentedFields() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Fields");
        Http.Resp r = http.get(admin, "memberships/" + addMember(admin, roomId, bob.id()));
        assertThat(r.str("roomId")).isEqualTo(roomId);
        assertThat(r.str("personId")).isEqualTo(bob.id());
        assertThat(r.str("personEmail")).isEqualTo(bob.email());
        assertThat(r.str("personDisplayName")).isEqualTo("Bob");
        assertThat(r.str("personOrgId")).isEqualTo(bob.orgId());
        assertThat(r.json().get("isModerator").asBoolean()).isFalse();
        assertThat(r.str("created")).isNotNull();
    }

    @Test
    void listingWithoutParametersGivesTheCallersMemberships() {
        FakeUser bob = spark.createUser("Bob");
        String a = room(admin, "A");
        String b = room(bob.token(), "B");
        addMember(admin, a, bob.id());
        List<String> rooms = http.get(bob.token(), "memberships").items().stream()
                .map(n -> n.get("roomId").asString()).toList();
        assertThat(rooms).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void listingFiltersByPersonIdOrEmailWithinARoom() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String roomId = room(admin, "Filter");
        addMember(admin, roomId, bob.id());
        addMember(admin, roomId, carol.id());
        assertThat(http.get(admin, "memberships?roomId=" + roomId).items()).hasSize(3);
        assertThat(http.get(admin, "memberships?roomId=" + roomId + "&personId=" + bob.id()).items()).hasSize(1);
        assertThat(http.get(admin, "memberships?roomId=" + roomId + "&personEmail=CAROL%40example.com").items())
                .hasSize(1);
    }

    @Test
    void personFiltersWithoutARoomAreABadRequest() {
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(admin, "memberships?personId=" + bob.id()).status()).isEqualTo(400);
        assertThat(http.get(admin, "memberships?personEmail=bob%40example.com").status()).isEqualTo(400);
    }

    @Test
    void listingARoomYouAreNotInIsNotFound() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Private");
        assertThat(http.get(bob.token(), "memberships?roomId=" + roomId).status()).isEqualTo(404);
    }

    @Test
    void addingToARoomYouAreNotInIsNotFound() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String roomId = room(admin, "Private");
        assertThat(http.post(bob.token(), "memberships", Map.of("roomId", roomId, "personId", carol.id())).status())
                .isEqualTo(404);
    }

    @Test
    void addingAnUnknownPersonIdIsNotFound() {
        String roomId = room(admin, "Unknown");
        String ghost = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMTExMTExMS1hYWFhLTRiYmItOGNjYy0wMDAwMDAwMDAwMDI";
        assertThat(http.post(admin, "memberships", Map.of("roomId", roomId, "personId", ghost)).status()).isEqualTo(404);
    }

    @Test
    void addingAnUnknownEmailInvitesAPlaceholderPerson() {
        String roomId = room(admin, "Invite");
        Http.Resp r = http.post(admin, "memberships", Map.of("roomId", roomId, "personEmail", "newbie@elsewhere.com"));
        assertThat(r.status()).isEqualTo(200);
        Http.Resp person = http.get(admin, "people/" + r.str("personId"));
        assertThat(person.json().get("invitePending").asBoolean()).isTrue();
    }

    @Test
    void neitherOrBothPersonFieldsAreABadRequest() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Both");
        assertThat(http.post(admin, "memberships", Map.of("roomId", roomId)).status()).isEqualTo(400);
        assertThat(http.post(admin, "memberships", Map.of("roomId", roomId, "personId", bob.id(),
                "personEmail", bob.email())).status()).isEqualTo(400);
        assertThat(http.post(admin, "memberships", Map.of("personId", bob.id())).status()).isEqualTo(400);
    }

    @Test
    void aNonModeratorCannotAddPeopleToALockedRoom() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String roomId = http.post(admin, "rooms", Map.of("title", "Locked", "isLocked", true)).id();
        addMember(admin, roomId, bob.id());
        assertThat(http.post(bob.token(), "memberships", Map.of("roomId", roomId, "personId", carol.id())).status())
                .isEqualTo(403);
    }

    @Test
    void updateSetsTheModeratorFlag() {
        FakeUser bob = spark.createUser("Bob");
        String id = addMember(admin, room(admin, "Mods"), bob.id());
        Http.Resp r = http.put(admin, "memberships/" + id, Map.of("isModerator", true));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("isModerator").asBoolean()).isTrue();
        assertThat(http.put(admin, "memberships/" + id, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void addingAModeratorToAnUnlockedRoomLocksItAndMakesTheCallerAModeratorToo() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Unlocked");
        Http.Resp added = http.post(admin, "memberships", Map.of("roomId", roomId, "personId", bob.id(),
                "isModerator", true));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("isModerator").asBoolean()).isTrue();
        assertThat(http.get(admin, "rooms/" + roomId).json().get("isLocked").asBoolean()).isTrue();
        assertThat(http.get(admin, "memberships?roomId=" + roomId + "&personId=" + spark.admin().id()).items().get(0)
                .get("isModerator").asBoolean()).isTrue();
    }

    @Test
    void makingAMemberAModeratorOfAnUnlockedRoomLocksItAndMakesTheCallerAModeratorToo() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String roomId = room(admin, "Unlocked");
        addMember(admin, roomId, bob.id());
        String carolsId = addMember(admin, roomId, carol.id());
        assertThat(http.get(admin, "rooms/" + roomId).json().get("isLocked").asBoolean()).isFalse();

        Http.Resp promoted = http.put(bob.token(), "memberships/" + carolsId, Map.of("isModerator", true));

        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(promoted.json().get("isModerator").asBoolean()).isTrue();
        assertThat(http.get(bob.token(), "rooms/" + roomId).json().get("isLocked").asBoolean()).isTrue();
        assertThat(http.get(bob.token(), "memberships?roomId=" + roomId + "&personId=" + bob.id()).items().get(0)
                .get("isModerator").asBoolean()).isTrue();
        assertThat(http.get(bob.token(), "memberships?roomId=" + roomId + "&personId=" + spark.admin().id()).items()
                .get(0).get("isModerator").asBoolean()).isFalse();
    }

    @Test
    void inALockedRoomOnlyAModeratorMayMakeModerators() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String roomId = http.post(admin, "rooms", Map.of("title", "Locked", "isLocked", true)).id();
        addMember(admin, roomId, bob.id());
        String carolsId = addMember(admin, roomId, carol.id());
        assertThat(http.put(bob.token(), "memberships/" + carolsId, Map.of("isModerator", true)).status())
                .isEqualTo(403);
        assertThat(http.get(admin, "memberships/" + carolsId).json().get("isModerator").asBoolean()).isFalse();
        assertThat(http.put(admin, "memberships/" + carolsId, Map.of("isModerator", true)).status()).isEqualTo(200);
        assertThat(http.put(carol.token(), "memberships/" + carolsId, Map.of("isModerator", true)).status())
                .isEqualTo(200);
    }

    @Test
    void aDirectRoomHasNoModerators() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = say(admin, Map.of("toPersonId", bob.id(), "text", "hi")).str("roomId");
        String id = http.get(admin, "memberships?roomId=" + roomId + "&personId=" + bob.id()).items().get(0)
                .get("id").asString();
        assertThat(http.put(admin, "memberships/" + id, Map.of("isModerator", true)).status()).isEqualTo(400);
        assertThat(http.get(admin, "rooms/" + roomId).json().get("isLocked").asBoolean()).isFalse();
    }

    @Test
    void aMemberHidesADirectRoomButNotAGroupRoom() {
        FakeUser bob = spark.createUser("Bob");
        String directRoom = say(admin, Map.of("toPersonId", bob.id(), "text", "hi")).str("roomId");
        Http.Resp mine = http.get(bob.token(), "memberships?roomId=" + directRoom + "&personId=" + bob.id());
        JsonNode membership = mine.items().get(0);
        assertThat(membership.get("roomType").asString()).isEqualTo("direct");
        assertThat(membership.get("isRoomHidden").asBoolean()).isFalse();
        assertThat(membership.get("isMonitor").asBoolean()).isFalse();
        String id = membership.get("id").asString();
        Http.Resp hidden = http.put(bob.token(), "memberships/" + id, Map.of("isModerator", false, "isRoomHidden", true));
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        assertThat(hidden.json().get("isRoomHidden").asBoolean()).isTrue();
        assertThat(http.get(bob.token(), "memberships/" + id).json().get("isRoomHidden").asBoolean()).isTrue();

        String groupRoom = room(admin, "Group");
        String groupMembership = addMember(admin, groupRoom, bob.id());
        Http.Resp group = http.get(bob.token(), "memberships/" + groupMembership);
        assertThat(group.str("roomType")).isEqualTo("group");
        assertThat(group.json().has("isRoomHidden")).isFalse();
        assertThat(http.put(bob.token(), "memberships/" + groupMembership, Map.of("isModerator", false,
                "isRoomHidden", true)).status()).isEqualTo(400);
    }

    @Test
    void deleteRemovesTheMember() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Leave");
        String id = addMember(admin, roomId, bob.id());
        assertThat(http.delete(admin, "memberships/" + id).status()).isEqualTo(204);
        assertThat(http.get(admin, "memberships/" + id).status()).isEqualTo(404);
        assertThat(http.get(bob.token(), "rooms/" + roomId).status()).isEqualTo(404);
    }

    @Test
    void manyThreadsAddingTheSamePersonGetExactlyOneSuccess() throws Exception {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Race");
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return http.post(admin, "memberships", Map.of("roomId", roomId, "personId", bob.id())).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.get(admin, "memberships?roomId=" + roomId).items()).hasSize(2);
    }
}
