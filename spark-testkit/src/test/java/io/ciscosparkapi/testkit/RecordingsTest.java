package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code recordings}: there only when a test seeds them with {@link FakeSpark#seedRecording(String)}. */
class RecordingsTest extends MeetingsTestBase {

    private String meeting(String token, String title, long startHour, long endHour, Object... extra) {
        return createMeeting(token, meetingBody(title, startHour, endHour, extra)).get("id").asString();
    }

    @Test
    void thereAreNoRecordingsUntilOneIsSeeded() {
        meeting(admin, "Unrecorded", 1, 2);
        Http.Resp r = http.get(admin, "recordings");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.items()).isEmpty();
    }

    @Test
    void aSeededRecordingCarriesItsMeetingsTopicTimeLengthAndPassword() {
        JsonNode m = createMeeting(admin, meetingBody("Quarterly review", 1, 3, "password", "Rec0rded"));
        String id = spark.seedRecording(m.get("id").asString());
        List<JsonNode> items = http.get(admin, "recordings").items();
        assertThat(items).hasSize(1);
        JsonNode r = items.get(0);
        assertThat(r.get("id").asString()).isEqualTo(id);
        assertThat(r.get("meetingId").asString()).isEqualTo(m.get("id").asString());
        assertThat(r.get("topic").asString()).isEqualTo("Quarterly review");
        assertThat(r.get("createTime").asString()).isEqualTo("2026-12-01T12:00:00Z");
        assertThat(r.get("durationSeconds").asLong()).isEqualTo(7200);
        assertThat(r.get("sizeBytes").asLong()).isPositive();
        assertThat(r.get("password").asString()).isEqualTo("Rec0rded");
        assertThat(r.get("format").asString()).isEqualTo("MP4");
        assertThat(r.get("status").asString()).isEqualTo("available");
        assertThat(r.get("downloadUrl").asString()).startsWith("https://");
        assertThat(r.get("playbackUrl").asString()).startsWith("https://");
        assertThat(r.get("hostEmail").asString()).isEqualTo(spark.admin().email());
        assertThat(http.get(admin, "recordings/" + id).json()).isEqualTo(r);
    }

    @Test
    void aRecordingIsDeletedWith204() {
        String id = spark.seedRecording(meeting(admin, "M", 1, 2));
        Http.Resp r = http.delete(admin, "recordings/" + id);
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.bytes()).isEmpty();
        assertThat(http.get(admin, "recordings/" + id).status()).isEqualTo(404);
        assertThat(http.get(admin, "recordings").items()).isEmpty();
    }

    @Test
    void aRecordingOutlivesItsMeeting() {
        String meetingId = meeting(admin, "M", 1, 2);
        String id = spark.seedRecording(meetingId);
        http.delete(admin, "meetings/" + meetingId);
        assertThat(http.get(admin, "recordings/" + id).status()).isEqualTo(200);
    }

    @Test
    void theListFiltersByTimeMeetingSiteAndIntegrationTag() {
        String early = spark.seedRecording(meeting(admin, "Early", 1, 2, "integrationTags", List.of("crm")));
        String lateMeeting = meeting(admin, "Late", 24, 25);
        String late = spark.seedRecording(lateMeeting);
        assertThat(http.get(admin, "recordings").itemIds()).as("newest first").containsExactly(late, early);
        assertThat(http.get(admin, "recordings?from=" + hoursFromNow(2)).itemIds())
                .as("from is inclusive").containsExactly(late, early);
        assertThat(http.get(admin, "recordings?from=" + hoursFromNow(3)).itemIds()).containsExactly(late);
        assertThat(http.get(admin, "recordings?to=" + hoursFromNow(25)).itemIds())
                .as("to is exclusive").containsExactly(early);
        assertThat(http.get(admin, "recordings?meetingId=" + lateMeeting).itemIds()).containsExactly(late);
        assertThat(http.get(admin, "recordings?integrationTag=crm").itemIds()).containsExactly(early);
        assertThat(http.get(admin, "recordings?siteUrl=example.webex.com").itemIds()).hasSize(2);
        assertThat(http.get(admin, "recordings?siteUrl=other.webex.com").items()).isEmpty();
        assertThat(http.get(admin, "recordings?from=" + hoursFromNow(5) + "&to=" + hoursFromNow(1)).status())
                .isEqualTo(400);
    }

    @Test
    void anAdminListsAUsersRecordingsWithHostEmailAndOthersMayNot() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String bobs = spark.seedRecording(meeting(bob.token(), "Bob's", 1, 2));
        assertThat(http.get(bob.token(), "recordings").itemIds()).containsExactly(bobs);
        assertThat(http.get(admin, "recordings").items()).as("the admin's own").isEmpty();
        assertThat(http.get(admin, "recordings?hostEmail=" + bob.email()).itemIds()).containsExactly(bobs);
        assertThat(http.get(admin, "recordings/" + bobs).status()).isEqualTo(200);
        assertThat(http.get(carol.token(), "recordings?hostEmail=" + bob.email()).status()).isEqualTo(403);
        assertThat(http.get(carol.token(), "recordings/" + bobs).status()).isEqualTo(404);
        assertThat(http.delete(carol.token(), "recordings/" + bobs).status()).isEqualTo(404);
    }

    @Test
    void theRecordingsArePaged() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(0, spark.seedRecording(meeting(admin, "M" + i, i + 1, i + 2)));
        }
        Walk walk = walk(admin, "recordings?max=2");
        assertThat(walk.pages()).isEqualTo(3);
        assertThat(walk.ids()).containsExactlyElementsOf(expected);
    }

    @Test
    void seedingARecordingOfNoMeetingIsRefused() {
        assertThatThrownBy(() -> spark.seedRecording("no-such-meeting"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-meeting");
    }

    @Test
    void recordingsGoOnReset() {
        spark.seedRecording(meeting(admin, "M", 1, 2));
        spark.reset();
        assertThat(http.get(admin, "recordings").items()).isEmpty();
    }
}
