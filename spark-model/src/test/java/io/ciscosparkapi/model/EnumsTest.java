package io.ciscosparkapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The closed sets of the API read as enums that survive values a newer server may send. */
class EnumsTest {

    @Test
    void wireValuesMapToTheirConstants() {
        assertThat(RoomType.of("direct")).isEqualTo(RoomType.DIRECT);
        assertThat(RoomType.of("group")).isEqualTo(RoomType.GROUP);
        assertThat(PersonType.of("person")).isEqualTo(PersonType.PERSON);
        assertThat(PersonType.of("bot")).isEqualTo(PersonType.BOT);
        assertThat(PersonType.of("appuser")).isEqualTo(PersonType.APPUSER);
        assertThat(WebhookStatus.of("active")).isEqualTo(WebhookStatus.ACTIVE);
        assertThat(WebhookStatus.of("inactive")).isEqualTo(WebhookStatus.INACTIVE);
        assertThat(MeetingScheduledType.of("meeting")).isEqualTo(MeetingScheduledType.MEETING);
        assertThat(MeetingScheduledType.of("webinar")).isEqualTo(MeetingScheduledType.WEBINAR);
        assertThat(MeetingScheduledType.of("personalRoomMeeting")).isEqualTo(MeetingScheduledType.PERSONAL_ROOM_MEETING);
        assertThat(MeetingTemplateType.of("meeting")).isEqualTo(MeetingTemplateType.MEETING);
        assertThat(MeetingTemplateType.of("webinar")).isEqualTo(MeetingTemplateType.WEBINAR);
        assertThat(RegistrantStatus.of("pending")).isEqualTo(RegistrantStatus.PENDING);
        assertThat(RegistrantStatus.of("approved")).isEqualTo(RegistrantStatus.APPROVED);
        assertThat(RegistrantStatus.of("rejected")).isEqualTo(RegistrantStatus.REJECTED);
        assertThat(RegistrantStatus.of("cancelled")).isEqualTo(RegistrantStatus.CANCELLED);
    }

    @Test
    void matchingIgnoresCase() {
        assertThat(RoomType.of("GROUP")).isEqualTo(RoomType.GROUP);
        assertThat(PersonType.of("Bot")).isEqualTo(PersonType.BOT);
        assertThat(WebhookStatus.of("Inactive")).isEqualTo(WebhookStatus.INACTIVE);
    }

    @Test
    void constantsGiveBackTheirWireValue() {
        assertThat(RoomType.DIRECT.value()).isEqualTo("direct");
        assertThat(RoomType.GROUP.value()).isEqualTo("group");
        assertThat(PersonType.APPUSER.value()).isEqualTo("appuser");
        assertThat(WebhookStatus.INACTIVE.value()).isEqualTo("inactive");
        assertThat(MeetingScheduledType.PERSONAL_ROOM_MEETING.value()).isEqualTo("personalRoomMeeting");
        for (RoomType type : RoomType.values()) {
            if (type != RoomType.UNKNOWN) {
                assertThat(RoomType.of(type.value())).isSameAs(type);
            }
        }
    }

    @Test
    void newValueReadsAsUnknown() {
        assertThat(RoomType.of("channel")).isEqualTo(RoomType.UNKNOWN);
        assertThat(PersonType.of("robot")).isEqualTo(PersonType.UNKNOWN);
        assertThat(WebhookStatus.of("suspended")).isEqualTo(WebhookStatus.UNKNOWN);
        assertThat(RoomType.of("")).isEqualTo(RoomType.UNKNOWN);
        assertThat(RoomType.UNKNOWN.value()).isNull();
        assertThat(MeetingScheduledType.of("townHall")).isEqualTo(MeetingScheduledType.UNKNOWN);
        assertThat(MeetingTemplateType.of("event")).isEqualTo(MeetingTemplateType.UNKNOWN);
        assertThat(RegistrantStatus.of("waitlisted")).isEqualTo(RegistrantStatus.UNKNOWN);
    }

    @Test
    void nullReadsAsNull() {
        assertThat(RoomType.of(null)).isNull();
        assertThat(PersonType.of(null)).isNull();
        assertThat(WebhookStatus.of(null)).isNull();
        assertThat(PersonStatus.of(null)).isNull();
        assertThat(MeetingScheduledType.of(null)).isNull();
        assertThat(MeetingTemplateType.of(null)).isNull();
        assertThat(RegistrantStatus.of(null)).isNull();
    }

    @Test
    void newValueFromTheServerReadsAsUnknownAndStaysReadableRaw() {
        Room room = new Room(Map.of("type", "channel"));
        Person person = new Person(Map.of("type", "robot"));
        Webhook webhook = new Webhook(Map.of("status", "suspended"));
        Message message = new Message(Map.of("roomType", "channel"));
        Membership membership = new Membership(Map.of("roomType", "channel"));

        assertThat(room.type()).isEqualTo(RoomType.UNKNOWN);
        assertThat(room.get("type")).isEqualTo("channel");
        assertThat(person.type()).isEqualTo(PersonType.UNKNOWN);
        assertThat(webhook.status()).isEqualTo(WebhookStatus.UNKNOWN);
        assertThat(message.roomType()).isEqualTo(RoomType.UNKNOWN);
        assertThat(membership.roomType()).isEqualTo(RoomType.UNKNOWN);
        assertThat(room.json()).isEqualTo("{\"type\":\"channel\"}");
    }

    @Test
    void everyPresenceOfTheReferenceReadsAsItsOwnConstant() {
        Map<String, PersonStatus> expected = Map.of("active", PersonStatus.ACTIVE, "inactive", PersonStatus.INACTIVE,
                "call", PersonStatus.CALL, "meeting", PersonStatus.MEETING, "presenting", PersonStatus.PRESENTING,
                "DoNotDisturb", PersonStatus.DO_NOT_DISTURB, "OutOfOffice", PersonStatus.OUT_OF_OFFICE,
                "pending", PersonStatus.PENDING, "unknown", PersonStatus.PRESENCE_UNKNOWN);

        expected.forEach((wire, constant) -> {
            assertThat(new Person(Map.of("status", wire)).status()).as(wire).isEqualTo(constant);
            assertThat(constant.value()).isEqualTo(wire);
        });
        assertThat(expected.values()).containsAll(java.util.EnumSet.complementOf(
                java.util.EnumSet.of(PersonStatus.UNKNOWN)));
    }

    @Test
    void theServersOwnUnknownPresenceIsNotAValueThisVersionDoesNotKnow() {
        assertThat(PersonStatus.of("unknown")).isEqualTo(PersonStatus.PRESENCE_UNKNOWN);
        assertThat(PersonStatus.of("Unknown")).isEqualTo(PersonStatus.PRESENCE_UNKNOWN);
        assertThat(PersonStatus.of("SomeNewPresence")).isEqualTo(PersonStatus.UNKNOWN);
        assertThat(PersonStatus.UNKNOWN.value()).isNull();
    }

    @Test
    void aNewPresenceReadsAsUnknownAndStaysReadableRaw() {
        Person person = new Person(Map.of("status", "SomeNewPresence"));

        assertThat(person.status()).isEqualTo(PersonStatus.UNKNOWN);
        assertThat(person.get("status")).isEqualTo("SomeNewPresence");
    }
}
