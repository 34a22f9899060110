package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomTabsTest extends FakeSparkHttpTestBase {

    private static Http.Resp tab(String token, String roomId, String name, String url) {
        return http.post(token, "room/tabs", Map.of("roomId", roomId, "displayName", name, "contentUrl", url));
    }

    @Test
    void aTabHasTheDocumentedFieldsAndGetReadsItBack() {
        String roomId = room(admin, "Tabs");
        Http.Resp r = tab(admin, roomId, "Dashboard", "https://dash.example.com/board");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().propertyNames())
                .containsExactlyInAnyOrder("id", "roomId", "roomType", "displayName", "contentUrl", "creatorId", "created");
        assertThat(r.str("roomId")).isEqualTo(roomId);
        assertThat(r.str("roomType")).isEqualTo("group");
        assertThat(r.str("displayName")).isEqualTo("Dashboard");
        assertThat(r.str("contentUrl")).isEqualTo("https://dash.example.com/board");
        assertThat(r.str("creatorId")).isEqualTo(spark.admin().id());
        assertThat(http.get(admin, "room/tabs/" + r.id()).json()).isEqualTo(r.json());
    }

    @Test
    void listingGivesTheRoomsTabsAndNeedsARoomId() {
        String roomId = room(admin, "Listed");
        String other = room(admin, "Other");
        String a = tab(admin, roomId, "A", "https://a.example.com").id();
        String b = tab(admin, roomId, "B", "https://b.example.com").id();
        tab(admin, other, "C", "https://c.example.com");
        assertThat(http.get(admin, "room/tabs?roomId=" + roomId).itemIds()).containsExactly(a, b);
        Http.Resp page = http.get(admin, "room/tabs?roomId=" + roomId + "&max=1");
        assertThat(page.itemIds()).containsExactly(a);
        assertThat(http.get(admin, page.next()).itemIds()).containsExactly(b);
        assertThat(http.get(admin, "room/tabs").status()).isEqualTo(400);
    }

    @Test
    void onlyMembersOfTheRoomSeeOrAddTabs() {
        String roomId = room(admin, "Members only");
        String id = tab(admin, roomId, "A", "https://a.example.com").id();
        FakeUser outsider = spark.createUser("Outsider");
        assertThat(http.get(outsider.token(), "room/tabs?roomId=" + roomId).status()).isEqualTo(404);
        assertThat(http.get(outsider.token(), "room/tabs/" + id).status()).isEqualTo(404);
        assertThat(tab(outsider.token(), roomId, "Mine", "https://x.example.com").status()).isEqualTo(404);
        assertThat(http.delete(outsider.token(), "room/tabs/" + id).status()).isEqualTo(404);
    }

    @Test
    void theContentUrlMustBeHttpsAndTheNameIsRequired() {
        String roomId = room(admin, "Checks");
        assertThat(tab(admin, roomId, "Plain", "http://a.example.com").status()).isEqualTo(400);
        assertThat(tab(admin, roomId, "Relative", "/board").status()).isEqualTo(400);
        assertThat(tab(admin, roomId, "Garbage", "https://exa mple.com").status()).isEqualTo(400);
        assertThat(http.post(admin, "room/tabs", Map.of("roomId", roomId, "contentUrl", "https://a.example.com"))
                .status()).isEqualTo(400);
        assertThat(http.post(admin, "room/tabs", Map.of("roomId", roomId, "displayName", "No URL")).status())
                .isEqualTo(400);
        assertThat(http.post(admin, "room/tabs", Map.of("displayName", "No room", "contentUrl", "https://a.example.com"))
                .status()).isEqualTo(400);
        assertThat(http.get(admin, "room/tabs?roomId=" + roomId).items()).isEmpty();
    }

    @Test
    void updateChangesNameAndUrlWithinTheSameRoom() {
        String roomId = room(admin, "Update");
        String id = tab(admin, roomId, "Old", "https://old.example.com").id();
        Http.Resp r = http.put(admin, "room/tabs/" + id, Map.of("roomId", roomId, "roomTabId", id,
                "displayName", "New", "contentUrl", "https://new.example.com"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.str("displayName")).isEqualTo("New");
        assertThat(http.get(admin, "room/tabs/" + id).str("contentUrl")).isEqualTo("https://new.example.com");
        assertThat(http.put(admin, "room/tabs/" + id, Map.of("roomId", roomId, "displayName", "New",
                "contentUrl", "ftp://new.example.com")).status()).isEqualTo(400);
        assertThat(http.put(admin, "room/tabs/" + id, Map.of("roomId", room(admin, "Elsewhere"), "displayName", "New",
                "contentUrl", "https://new.example.com")).status()).isEqualTo(400);
    }

    @Test
    void deleteRemovesTheTabAndDeletingTheRoomRemovesItsTabs() {
        String roomId = room(admin, "Delete");
        String first = tab(admin, roomId, "A", "https://a.example.com").id();
        String second = tab(admin, roomId, "B", "https://b.example.com").id();
        Http.Resp deleted = http.delete(admin, "room/tabs/" + first);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.bytes()).isEmpty();
        assertThat(http.get(admin, "room/tabs/" + first).status()).isEqualTo(404);
        http.delete(admin, "rooms/" + roomId);
        assertThat(http.get(admin, "room/tabs/" + second).status()).isEqualTo(404);
    }

    @Test
    void inALockedRoomOnlyModeratorsChangeTabs() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = http.post(admin, "rooms", Map.of("title", "Locked", "isLocked", true)).id();
        addMember(admin, roomId, bob.id());
        String id = tab(admin, roomId, "A", "https://a.example.com").id();
        assertThat(tab(bob.token(), roomId, "B", "https://b.example.com").status()).isEqualTo(403);
        assertThat(http.put(bob.token(), "room/tabs/" + id, Map.of("roomId", roomId, "displayName", "Mine",
                "contentUrl", "https://b.example.com")).status()).isEqualTo(403);
        assertThat(http.delete(bob.token(), "room/tabs/" + id).status()).isEqualTo(403);
        assertThat(http.get(bob.token(), "room/tabs?roomId=" + roomId).itemIds()).containsExactly(id);
    }

    @Test
    void aDirectRoomsTabSaysSo() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = say(admin, Map.of("toPersonId", bob.id(), "text", "hi")).str("roomId");
        Http.Resp r = tab(bob.token(), roomId, "Notes", "https://notes.example.com");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.str("roomType")).isEqualTo("direct");
    }
}
