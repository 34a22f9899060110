package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TeamsTest extends FakeSparkHttpTestBase {

    private String team(String token, String name) {
        Http.Resp r = http.post(token, "teams", Map.of("name", name));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.id();
    }

    @Test
    void theCreatorIsAModeratorMemberOfTheTeam() {
        String teamId = team(admin, "Build Squad");
        Http.Resp members = http.get(admin, "team/memberships?teamId=" + teamId);
        assertThat(members.items()).hasSize(1);
        JsonNode m = members.items().get(0);
        assertThat(m.get("personId").asString()).isEqualTo(spark.admin().id());
        assertThat(m.get("isModerator").asBoolean()).isTrue();
        assertThat(http.get(admin, "teams").itemIds()).containsExactly(teamId);
    }

    @Test
    void creatingATeamCreatesItsGeneralRoomWithTheCreatorInIt() {
        String teamId = team(admin, "Build Squad");
        Http.Resp rooms = http.get(admin, "rooms?teamId=" + teamId);
        assertThat(rooms.items()).hasSize(1);
        JsonNode general = rooms.items().get(0);
        assertThat(general.get("title").asString()).isEqualTo("Build Squad");
        assertThat(general.get("teamId").asString()).isEqualTo(teamId);
        assertThat(http.get(admin, "memberships?roomId=" + general.get("id").asString()).items()).hasSize(1);
    }

    @Test
    void removingSomeoneFromTheTeamRemovesThemFromEveryRoomOfTheTeamAndNoOther() {
        FakeUser bob = spark.createUser("Bob");
        String teamId = team(admin, "Build Squad");
        String general = http.get(admin, "rooms?teamId=" + teamId).itemIds().get(0);
        String teamRoom = http.post(admin, "rooms", Map.of("title", "Releases", "teamId", teamId)).id();
        String elsewhere = room(admin, "Elsewhere");
        String membership = http.post(admin, "team/memberships", Map.of("teamId", teamId, "personId", bob.id())).id();
        addMember(admin, teamRoom, bob.id());
        addMember(admin, elsewhere, bob.id());
        assertThat(http.get(bob.token(), "memberships").items()).hasSize(3);

        assertThat(http.delete(admin, "team/memberships/" + membership).status()).isEqualTo(204);

        assertThat(http.get(bob.token(), "memberships").items()).extracting(m -> m.get("roomId").asString())
                .containsExactly(elsewhere);
        assertThat(http.get(bob.token(), "rooms/" + general).status()).isEqualTo(404);
        assertThat(http.get(bob.token(), "rooms/" + teamRoom).status()).isEqualTo(404);
        assertThat(http.get(admin, "memberships?roomId=" + teamRoom).items()).extracting(m -> m.get("personId").asString())
                .containsExactly(spark.admin().id());
        assertThat(http.get(admin, "events?resource=memberships&type=deleted").items()).hasSize(2);
    }

    @Test
    void aMemberWhoLeavesTheTeamLeavesItsRooms() {
        FakeUser bob = spark.createUser("Bob");
        String teamId = team(admin, "Build Squad");
        String general = http.get(admin, "rooms?teamId=" + teamId).itemIds().get(0);
        String membership = http.post(admin, "team/memberships", Map.of("teamId", teamId, "personId", bob.id())).id();
        assertThat(http.delete(bob.token(), "team/memberships/" + membership).status()).isEqualTo(204);
        assertThat(http.get(admin, "memberships?roomId=" + general).items()).hasSize(1);
    }

    @Test
    void addingTheCreatorAgainIsAConflict() {
        String teamId = team(admin, "Dupes");
        assertThat(http.post(admin, "team/memberships", Map.of("teamId", teamId, "personId", spark.admin().id()))
                .status()).isEqualTo(409);
    }

    @Test
    void newTeamMembersJoinTheGeneralRoomAndSeeTeamRooms() {
        FakeUser bob = spark.createUser("Bob");
        String teamId = team(admin, "Team");
        String extra = http.post(admin, "rooms", Map.of("title", "Side room", "teamId", teamId)).id();
        Http.Resp added = http.post(admin, "team/memberships", Map.of("teamId", teamId, "personEmail", bob.email()));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("isModerator").asBoolean()).isFalse();
        assertThat(http.get(bob.token(), "rooms").items()).hasSize(1);
        assertThat(http.get(bob.token(), "rooms?teamId=" + teamId).items()).hasSize(2);
        assertThat(http.get(bob.token(), "rooms/" + extra).status()).isEqualTo(200);
    }

    @Test
    void listingTeamMembershipsRequiresATeamId() {
        assertThat(http.get(admin, "team/memberships").status()).isEqualTo(400);
    }

    @Test
    void nonModeratorsCannotAddOthersRenameOrDelete() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String teamId = team(admin, "Strict");
        http.post(admin, "team/memberships", Map.of("teamId", teamId, "personId", bob.id()));
        assertThat(http.post(bob.token(), "team/memberships", Map.of("teamId", teamId, "personId", carol.id()))
                .status()).isEqualTo(403);
        assertThat(http.put(bob.token(), "teams/" + teamId, Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(http.delete(bob.token(), "teams/" + teamId).status()).isEqualTo(403);
        Http.Resp renamed = http.put(admin, "teams/" + teamId, Map.of("name", "Renamed"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.str("name")).isEqualTo("Renamed");
    }

    @Test
    void teamMembershipsCanBeUpdatedAndDeleted() {
        FakeUser bob = spark.createUser("Bob");
        String teamId = team(admin, "Changes");
        String id = http.post(admin, "team/memberships", Map.of("teamId", teamId, "personId", bob.id())).id();
        Http.Resp updated = http.put(admin, "team/memberships/" + id, Map.of("isModerator", true));
        assertThat(updated.json().get("isModerator").asBoolean()).isTrue();
        assertThat(http.get(admin, "team/memberships/" + id).json().get("isModerator").asBoolean()).isTrue();
        assertThat(http.delete(admin, "team/memberships/" + id).status()).isEqualTo(204);
        assertThat(http.get(admin, "team/memberships/" + id).status()).isEqualTo(404);
    }

    @Test
    void deletingATeamRemovesItsMembershipsAndRooms() {
        String teamId = team(admin, "Gone");
        String general = http.get(admin, "rooms?teamId=" + teamId).itemIds().get(0);
        assertThat(http.delete(admin, "teams/" + teamId).status()).isEqualTo(204);
        assertThat(http.get(admin, "teams/" + teamId).status()).isEqualTo(404);
        assertThat(http.get(admin, "rooms/" + general).status()).isEqualTo(404);
        assertThat(http.get(admin, "teams").items()).isEmpty();
    }

    @Test
    void outsidersCannotSeeATeam() {
        FakeUser bob = spark.createUser("Bob");
        String teamId = team(admin, "Hidden");
        assertThat(http.get(bob.token(), "teams/" + teamId).status()).isEqualTo(404);
        assertThat(http.get(bob.token(), "team/memberships?teamId=" + teamId).status()).isEqualTo(404);
    }
}
