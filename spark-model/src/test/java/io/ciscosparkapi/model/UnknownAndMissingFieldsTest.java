package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.tree;
import static io.ciscosparkapi.model.Fixtures.writtenByJackson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a user sees when the server sends fields the SDK does not know, leaves fields out, or sends JSON nulls. */
class UnknownAndMissingFieldsTest {

    private static final String ROOM_WITH_NEW_FIELDS = """
            {"id": "r1", "title": "Launch", "type": "group", "isLocked": false,
             "someNewField": "tomorrow", "newCounter": 42, "newFlags": [true, null, {"deep": "yes"}]}
            """;

    @Test
    void unknownFieldIsReadableByName() {
        Room room = new Room(map(ROOM_WITH_NEW_FIELDS));

        assertThat(room.get("someNewField")).isEqualTo("tomorrow");
        assertThat(room.get("newCounter")).isEqualTo(42);
        assertThat(room.get("newFlags")).isEqualTo(Arrays.asList(true, null, Map.of("deep", "yes")));
        assertThat(room.has("someNewField")).isTrue();
    }

    @Test
    void unknownFieldAppearsInJsonAndToStringInTheServersOrder() {
        Room room = new Room(map(ROOM_WITH_NEW_FIELDS));

        String expected = "{\"id\":\"r1\",\"title\":\"Launch\",\"type\":\"group\",\"isLocked\":false,"
                + "\"someNewField\":\"tomorrow\",\"newCounter\":42,\"newFlags\":[true,null,{\"deep\":\"yes\"}]}";
        assertThat(room.json()).isEqualTo(expected);
        assertThat(room).hasToString("Room(" + expected + ")");
    }

    @Test
    void unknownFieldIsWrittenBackByJackson() {
        Room room = new Room(map(ROOM_WITH_NEW_FIELDS));

        assertThat(writtenByJackson(room)).isEqualTo(tree(ROOM_WITH_NEW_FIELDS));
    }

    @Test
    void unknownFieldsNamesOnlyTheFieldsTheModelDoesNotDocument() {
        Room room = new Room(map(ROOM_WITH_NEW_FIELDS));

        assertThat(room.unknownFields()).containsExactly("someNewField", "newCounter", "newFlags");
    }

    @Test
    void knownFieldsKeepWorkingNextToUnknownOnes() {
        Room room = new Room(map(ROOM_WITH_NEW_FIELDS));

        assertThat(room.title()).isEqualTo("Launch");
        assertThat(room.type()).isEqualTo(RoomType.GROUP);
    }

    @Test
    void absentFieldReadsNullAndIsNotPresent() {
        Room room = new Room(map("{\"id\": \"r1\"}"));

        assertThat(room.teamId()).isNull();
        assertThat(room.isLocked()).isNull();
        assertThat(room.created()).isNull();
        assertThat(room.type()).isNull();
        assertThat(room.get("teamId")).isNull();
        assertThat(room.has("teamId")).isFalse();
    }

    @Test
    void absentArrayReadsAsAnEmptyList() {
        Message message = new Message(map("{\"id\": \"m1\"}"));

        assertThat(message.files()).isNotNull().isEmpty();
        assertThat(message.mentionedPeople()).isNotNull().isEmpty();
        assertThat(message.attachments()).isNotNull().isEmpty();
    }

    @Test
    void jsonNullValueSurvivesInTheObject() {
        Room room = new Room(map("{\"id\": \"r1\", \"teamId\": null, \"errors\": {\"title\": null}}"));

        assertThat(room.has("teamId")).isTrue();
        assertThat(room.get("teamId")).isNull();
        assertThat(room.teamId()).isNull();
        assertThat(room.asMap()).containsEntry("teamId", null);
        assertThat(room.json()).isEqualTo("{\"id\":\"r1\",\"teamId\":null,\"errors\":{\"title\":null}}");
        assertThat(writtenByJackson(room)).isEqualTo(tree(room.json()));
    }

    @Test
    void jsonNullInsideArraysSurvives() {
        Message message = new Message(map("{\"mentionedPeople\": [\"a\", null, \"b\"]}"));

        assertThat(message.get("mentionedPeople")).isEqualTo(Arrays.asList("a", null, "b"));
        assertThat(message.mentionedPeople()).as("typed list skips the null").containsExactly("a", "b");
        assertThat(message.json()).isEqualTo("{\"mentionedPeople\":[\"a\",null,\"b\"]}");
    }

    @Test
    void valueOfAnUnexpectedTypeReadsNullWithoutThrowingAndStaysRaw() {
        Map<String, Object> json = map("""
                {"isLocked": "yes", "title": 7, "created": 1527505200, "type": ["group"], "teamId": {"id": "t"}}
                """);
        Room room = new Room(json);

        assertThat(room.isLocked()).isNull();
        assertThat(room.title()).isNull();
        assertThat(room.created()).isNull();
        assertThat(room.type()).isNull();
        assertThat(room.teamId()).isNull();
        assertThat(room.get("isLocked")).isEqualTo("yes");
        assertThat(room.get("created")).isEqualTo(1527505200);
        assertThat(room.get("type")).isEqualTo(List.of("group"));
    }

    @Test
    void arrayFieldOfAnUnexpectedTypeReadsAsAnEmptyList() {
        Person person = new Person(map("{\"emails\": \"alice@example.com\", \"phoneNumbers\": {\"type\": \"work\"}}"));

        assertThat(person.emails()).isEmpty();
        assertThat(person.phoneNumbers()).isEmpty();
        assertThat(person.get("emails")).isEqualTo("alice@example.com");
    }

    @Test
    void arrayElementsOfAnUnexpectedTypeAreSkipped() {
        Person person = new Person(map("""
                {"emails": ["a@example.com", 5, "b@example.com"], "phoneNumbers": ["+1 555", {"value": "+1 556"}]}
                """));

        assertThat(person.emails()).containsExactly("a@example.com", "b@example.com");
        assertThat(person.phoneNumbers()).extracting(Person.PhoneNumber::value).containsExactly("+1 556");
    }

    @Test
    void objectFieldOfAnUnexpectedTypeReadsNull() {
        Event event = new Event(map("{\"data\": [1, 2]}"));

        assertThat(event.data()).isNull();
        assertThat(event.data(Message::new)).isNull();
        assertThat(event.get("data")).isEqualTo(List.of(1, 2));
    }

    @Test
    void unknownFieldOfANestedTypedObjectIsNamedWithItsParent() {
        AdminAuditEvent event = new AdminAuditEvent(map("""
                {"id": "e1", "newTopLevel": 1, "data": {"actorName": "Alice", "deviceModel": "Desk Pro"}}
                """));

        assertThat(event.unknownFields()).containsExactly("newTopLevel", "data.deviceModel");
        assertThat(event.data().actorName()).isEqualTo("Alice");
        assertThat(event.data().get("deviceModel")).isEqualTo("Desk Pro");
    }

    @Test
    void nestedTypedObjectOfAnUnexpectedTypeReadsNullAndIsNotInspected() {
        AdminAuditEvent event = new AdminAuditEvent(map("{\"data\": [\"not\", \"an object\"]}"));

        assertThat(event.data()).isNull();
        assertThat(event.unknownFields()).isEmpty();
        assertThat(event.get("data")).isEqualTo(List.of("not", "an object"));
    }

    @Test
    void unknownFieldsAreNamedThroughEveryLevelOfNesting() {
        MeetingTemplate template = new MeetingTemplate(map("""
                {"id": "t1", "meeting": {"title": "T", "newSetting": 1, "registration": {"requireEmail": true,
                 "requirePhone": false}}}
                """));

        assertThat(template.unknownFields()).containsExactly("meeting.newSetting", "meeting.registration.requirePhone");
        assertThat(template.meeting().registration().requireEmail()).isTrue();
    }

    @Test
    void aMeetingTimeWithoutAnOffsetIsReadInTheMeetingsTimeZoneAndStaysRaw() {
        Meeting meeting = new Meeting(map("""
                {"start": "2026-12-02T10:00:00", "end": "2026-07-02T10:00:00", "timezone": "Europe/Paris"}
                """));

        assertThat(meeting.start()).isEqualTo(java.time.Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(meeting.end()).as("summer time").isEqualTo(java.time.Instant.parse("2026-07-02T08:00:00Z"));
        assertThat(meeting.get("start")).isEqualTo("2026-12-02T10:00:00");
    }

    @Test
    void aMeetingTimeWithAnOffsetIgnoresTheTimeZoneAndOneWithoutAKnownZoneIsUtc() {
        Meeting withOffset = new Meeting(map("{\"start\": \"2026-12-02T10:00:00-05:00\", \"timezone\": \"Europe/Paris\"}"));
        Meeting unknownZone = new Meeting(map("{\"start\": \"2026-12-02T10:00:00\", \"timezone\": \"Mars/Olympus\"}"));
        Meeting noZone = new Meeting(map("{\"start\": \"2026-12-02T10:00:00\"}"));

        assertThat(withOffset.start()).isEqualTo(java.time.Instant.parse("2026-12-02T15:00:00Z"));
        assertThat(unknownZone.start()).isEqualTo(java.time.Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(noZone.start()).isEqualTo(java.time.Instant.parse("2026-12-02T10:00:00Z"));
    }
}
