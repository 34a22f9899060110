package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagingTest extends FakeSparkHttpTestBase {

    @AfterEach
    void defectsOff() {
        spark.faults().pagingDefects(false, false);
    }

    private List<String> postMessages(String roomId, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(0, say(admin, Map.of("roomId", roomId, "text", "m" + i)).id());
        }
        return ids;
    }

    @Test
    void aListIsPagedThroughAbsoluteNextLinksUntilTheLastPage() {
        String roomId = room(admin, "Paging");
        List<String> expected = postMessages(roomId, 7);
        List<String> seen = new ArrayList<>();
        Http.Resp page = http.get(admin, "messages?roomId=" + roomId + "&max=3");
        int pages = 1;
        seen.addAll(page.itemIds());
        while (page.next() != null) {
            String next = page.next();
            assertThat(next).startsWith(http.base.toString() + "messages?");
            assertThat(next).contains("roomId=" + roomId).contains("max=3");
            assertThat(page.header("Link")).endsWith("; rel=\"next\"");
            page = http.get(admin, next);
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(page.itemIds());
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(page.header("Link")).isNull();
    }

    @Test
    void aSinglePageHasNoLinkHeader() {
        String roomId = room(admin, "Small");
        postMessages(roomId, 2);
        assertThat(http.get(admin, "messages?roomId=" + roomId).header("Link")).isNull();
        assertThat(http.get(admin, "messages?roomId=" + roomId + "&max=2").header("Link")).isNull();
    }

    @Test
    void nextLinksCarryEveryOriginalParameter() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Filters");
        addMember(admin, roomId, bob.id());
        for (int i = 0; i < 5; i++) {
            say(admin, Map.of("roomId", roomId, "markdown", "<@personId:" + bob.id() + "> " + i));
        }
        Http.Resp page = http.get(bob.token(), "messages?roomId=" + roomId + "&mentionedPeople=me&max=2");
        assertThat(page.next()).contains("mentionedPeople=me").contains("roomId=").contains("max=2");
    }

    @Test
    void itemsStayInAStableOrderWhenNewOnesArriveBetweenPages() {
        String roomId = room(admin, "Stable");
        List<String> expected = postMessages(roomId, 4);
        Http.Resp first = http.get(admin, "messages?roomId=" + roomId + "&max=2");
        say(admin, Map.of("roomId", roomId, "text", "late arrival"));
        Http.Resp second = http.get(admin, first.next());
        List<String> seen = new ArrayList<>(first.itemIds());
        seen.addAll(second.itemIds());
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void maxMustBeAPositiveNumberAndIsClamped() {
        assertThat(http.get(admin, "rooms?max=0").status()).isEqualTo(400);
        assertThat(http.get(admin, "rooms?max=abc").status()).isEqualTo(400);
        assertThat(http.get(admin, "rooms?max=null").status()).isEqualTo(400);
        assertThat(http.get(admin, "rooms?max=100000").status()).isEqualTo(200);
    }

    @Test
    void seededLicensesAndRolesSpanSeveralSmallPages() {
        Http.Resp licenses = http.get(admin, "licenses?max=1");
        assertThat(licenses.items()).hasSize(1);
        assertThat(licenses.next()).isNotNull();
        Http.Resp roles = http.get(admin, "roles?max=2");
        assertThat(roles.items()).hasSize(2);
        assertThat(http.get(admin, roles.next()).items()).hasSize(2);
    }

    @Test
    void theMaxNullDefectPutsMaxNullIntoNextLinks() {
        spark.faults().pagingDefects(true, false);
        String roomId = room(admin, "MaxNull");
        postMessages(roomId, 3);
        Http.Resp page = http.get(admin, "messages?roomId=" + roomId + "&max=1");
        String next = page.next();
        assertThat(next).contains("max=null").contains("roomId=");
        assertThat(http.get(admin, next).status()).isEqualTo(400);
        Http.Resp repaired = http.get(admin, next.replace("&max=null", "").replace("max=null&", ""));
        assertThat(repaired.status()).isEqualTo(200);
        assertThat(repaired.items()).isNotEmpty();
    }

    @Test
    void theDroppedFiltersDefectKeepsOnlyMaxAndTheCursor() {
        spark.faults().pagingDefects(false, true);
        String roomId = room(admin, "Dropped");
        postMessages(roomId, 3);
        String next = http.get(admin, "messages?roomId=" + roomId + "&max=1").next();
        assertThat(next).doesNotContain("roomId=").contains("max=1").contains("cursor=");
        assertThat(http.get(admin, next).status()).isEqualTo(400);
        assertThat(http.get(admin, next + "&roomId=" + roomId).items()).hasSize(1);
    }

    @Test
    void theDefaultPageSizeIsChosenWhenBuildingAndResetTurnsTheDefectsOff() {
        try (FakeSpark defective = FakeSpark.builder().defaultPageSize(2).build()) {
            defective.faults().pagingDefects(true, true);
            Http h = new Http(defective.startHttp());
            String token = defective.admin().token();
            Http.Resp page = h.get(token, "roles");
            assertThat(page.items()).hasSize(2);
            assertThat(page.next()).contains("max=null");
            defective.reset();
            Http.Resp afterReset = h.get(token, "roles");
            assertThat(afterReset.items()).hasSize(2);
            assertThat(afterReset.next()).contains("max=2");
        }
    }
}
