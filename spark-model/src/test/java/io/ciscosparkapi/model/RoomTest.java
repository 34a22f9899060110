package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.ROOM;
import static io.ciscosparkapi.model.Fixtures.TEAM;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RoomTest {

    /** The example of the API reference, section 2.2. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<ROOM>", "title": "Project Unicorn", "type": "group", "isLocked": false, "teamId": "<TEAM>",
             "lastActivity": "2018-05-28T11:05:00.000Z", "creatorId": "<ME>", "created": "2018-05-28T11:00:00.000Z"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Room room = readDocumented(SPEC_EXAMPLE, Room::new, Room.class);

        assertThat(room.id()).isEqualTo(ROOM);
        assertThat(room.title()).isEqualTo("Project Unicorn");
        assertThat(room.type()).isEqualTo(RoomType.GROUP);
        assertThat(room.isLocked()).isFalse();
        assertThat(room.teamId()).isEqualTo(TEAM);
        assertThat(room.lastActivity()).isEqualTo(Instant.parse("2018-05-28T11:05:00Z"));
        assertThat(room.creatorId()).isEqualTo(ME);
        assertThat(room.created()).isEqualTo(Instant.parse("2018-05-28T11:00:00Z"));
        assertThat(room.isPublic()).isNull();
        assertThat(room.description()).isNull();
    }

    @Test
    void teamIdIsNullForARoomOutsideATeam() {
        Map<String, Object> json = map(SPEC_EXAMPLE);
        json.remove("teamId");

        Room room = new Room(json);

        assertThat(room.teamId()).isNull();
        assertThat(room.has("teamId")).isFalse();
        assertThat(room.json()).doesNotContain("teamId");
    }

    @Test
    void v2FieldsReadIntoTypedGetters() {
        Room room = readDocumented(FullExamples.ROOM, Room::new, Room.class);

        assertThat(room.isLocked()).isTrue();
        assertThat(room.ownerId()).isEqualTo(ORG);
        assertThat(room.sipAddress()).isEqualTo("unicorn@example.webex.com");
        assertThat(room.classificationId()).isEqualTo("Y2lzY29zcGFyazovL3VzL0NMQVNTSUZJQ0FUSU9OLzE");
        assertThat(room.isAnnouncementOnly()).isTrue();
        assertThat(room.isReadOnly()).isFalse();
        assertThat(room.isPublic()).isTrue();
        assertThat(room.madePublic()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(room.description()).isEqualTo("Everything about the unicorn");
    }

    @Test
    void directRoomReadsAsDirect() {
        assertThat(new Room(Map.of("type", "direct")).type()).isEqualTo(RoomType.DIRECT);
    }

    @Test
    void meetingInfoReadsIntoTypedGetters() {
        RoomMeetingInfo info = readDocumented(FullExamples.ROOM_MEETING_INFO, RoomMeetingInfo::new,
                RoomMeetingInfo.class);

        assertThat(info.roomId()).isEqualTo(ROOM);
        assertThat(info.meetingLink()).isEqualTo("https://example.webex.com/m/123");
        assertThat(info.sipAddress()).isEqualTo("123@example.webex.com");
        assertThat(info.meetingNumber()).isEqualTo("123456789");
        assertThat(info.callInTollFreeNumber()).isEqualTo("+1-866-555-0100");
        assertThat(info.callInTollNumber()).isEqualTo("+1-408-555-0100");
    }

    @Test
    void roomTabReadsIntoTypedGettersWithAnOffsetTimestamp() {
        RoomTab tab = readDocumented(FullExamples.ROOM_TAB, RoomTab::new, RoomTab.class);

        assertThat(tab.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL1JPT01fVEFCLzE");
        assertThat(tab.roomId()).isEqualTo(ROOM);
        assertThat(tab.roomType()).isEqualTo(RoomType.GROUP);
        assertThat(tab.displayName()).isEqualTo("Dashboard");
        assertThat(tab.contentUrl()).isEqualTo("https://dash.example.com/unicorn");
        assertThat(tab.creatorId()).isEqualTo(ME);
        assertThat(tab.created()).isEqualTo(Instant.parse("2021-03-04T03:06:07Z"));
    }
}
