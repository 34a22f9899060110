package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Walks the Python package's quickstart, step by step, in Java. */
class QuickstartTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    static final String CHRIS_ID = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mZjhlZTZmYi1hZmVmLTRhNGQtOTJiMS1kNmIyMTZiNTg5NDk";

    /** {@code api.people.me()} in the quickstart, field order as shown there. */
    static final String CHRIS = "{\"displayName\": \"Chris Lunsford\", \"firstName\": \"Chris\", "
            + "\"created\": \"2012-06-15T20:36:48.914Z\", \"lastName\": \"Lunsford\", \"emails\": [\"chrlunsf@cisco.com\"], "
            + "\"avatar\": \"https://1efa7a94ed216783e352-c62266528714497a17239ececf39e9e2.ssl.cf1.rackcdn.com/"
            + "V1~ba1ecf557a7e0b7cc3081998df965aad~7-HrvYOJSQ6eJgWJuFVbzg==~1600\", \"id\": \"" + CHRIS_ID + "\"}";

    static final String TEST_ROOM_ID = "Y2lzY29zcGFyazovL3VzL1JPT00vOGI1MTIwZTAtYTg4Ny0xMWU2LWFhZjUtZTlmYWEzMWQ1ZmRm";

    /** The quickstart's demo room: a group room with no teamId. */
    static final String TEST_ROOM = "{\"title\": \"ciscosparkapi Test Room\", \"created\": \"2016-11-12T03:24:39.278Z\", "
            + "\"isLocked\": false, \"lastActivity\": \"2016-11-12T03:24:39.308Z\", \"creatorId\": \"" + CHRIS_ID + "\", "
            + "\"type\": \"group\", \"id\": \"" + TEST_ROOM_ID + "\"}";

    static final String CONFLICT = """
            {"message": "Person is already a member of the room.",
             "errors": [{"description": "Person is already a member of the room."}],
             "trackingId": "ROUTER_5B0C2E1A-0A1B-01BB-0B2C-AC1F2A3B4C5D"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    private static String room(String id, String title, String type) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"type\": \"" + type + "\", \"isLocked\": false, "
                + "\"lastActivity\": \"2016-11-12T03:24:39.308Z\", \"creatorId\": \"" + CHRIS_ID + "\", "
                + "\"created\": \"2016-11-12T03:24:39.278Z\"}";
    }

    @Test
    void meGivesThePersonWithAttributeAccessAndPrintsLikePython() {
        spark.stubFor(get(urlEqualTo("/v1/people/me")).willReturn(okJson(CHRIS)));
        try (CiscoSparkAPI api = api()) {
            Person me = api.people().me();
            assertThat(me.id()).isEqualTo(CHRIS_ID);
            assertThat(me.displayName()).isEqualTo("Chris Lunsford");
            assertThat(me.toString()).isEqualTo("Person({\"displayName\":\"Chris Lunsford\",\"firstName\":\"Chris\","
                    + "\"created\":\"2012-06-15T20:36:48.914Z\",\"lastName\":\"Lunsford\",\"emails\":[\"chrlunsf@cisco.com\"],"
                    + "\"avatar\":\"https://1efa7a94ed216783e352-c62266528714497a17239ececf39e9e2.ssl.cf1.rackcdn.com/"
                    + "V1~ba1ecf557a7e0b7cc3081998df965aad~7-HrvYOJSQ6eJgWJuFVbzg==~1600\",\"id\":\"" + CHRIS_ID + "\"})");
        }
    }

    @Test
    void getByTheIdOfMeGivesAnEqualPerson() {
        spark.stubFor(get(urlEqualTo("/v1/people/me")).willReturn(okJson(CHRIS)));
        spark.stubFor(get(urlEqualTo("/v1/people/" + CHRIS_ID)).willReturn(okJson(CHRIS)));
        try (CiscoSparkAPI api = api()) {
            Person me = api.people().me();
            Person again = api.people().get(me.id());
            assertThat(again).isEqualTo(me).hasSameHashCodeAs(me);
            assertThat(again.toString()).isEqualTo(me.toString());
        }
    }

    @Test
    void addingYourselfToYourNewRoomIsA409CaughtThenYouAreFoundAmongItsMembers() {
        spark.stubFor(post(urlEqualTo("/v1/rooms")).willReturn(okJson(TEST_ROOM)));
        spark.stubFor(get(urlEqualTo("/v1/people/me")).willReturn(okJson(CHRIS)));
        spark.stubFor(post(urlEqualTo("/v1/memberships")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(CONFLICT)));
        spark.stubFor(get(urlEqualTo("/v1/memberships?roomId=" + TEST_ROOM_ID)).willReturn(okJson("{\"items\": ["
                + "{\"id\": \"M1\", \"roomId\": \"" + TEST_ROOM_ID + "\", \"personId\": \"BOB\", \"personEmail\": \"bob@example.com\","
                + " \"isModerator\": false, \"isMonitor\": false, \"created\": \"2016-11-12T03:25:00.000Z\"},"
                + "{\"id\": \"M2\", \"roomId\": \"" + TEST_ROOM_ID + "\", \"personId\": \"" + CHRIS_ID + "\","
                + " \"personEmail\": \"chrlunsf@cisco.com\", \"personDisplayName\": \"Chris Lunsford\","
                + " \"isModerator\": false, \"isMonitor\": false, \"created\": \"2016-11-12T03:24:39.278Z\"}]}")));
        String outcome;
        try (CiscoSparkAPI api = api()) {
            Room room = api.rooms().create("ciscosparkapi Test Room");
            Person me = api.people().me();
            try {
                api.memberships().create(m -> m.roomId(room.id()).personId(me.id()));
                outcome = "no error";
            } catch (SparkApiException e) {
                assertThat(e.statusCode()).isEqualTo(409);
                assertThat(e.getMessage()).startsWith("Response Code [409] - ");
                outcome = e.toString();
                for (Membership membership : api.memberships().list(room.id())) {
                    if (membership.personId().equals(me.id())) {
                        outcome = "Doh!  I forgot that I am automatically added to a room when I create it.";
                        break;
                    }
                }
            }
        }
        assertThat(outcome).isEqualTo("Doh!  I forgot that I am automatically added to a room when I create it.");
        spark.verify(postRequestedFor(urlEqualTo("/v1/rooms"))
                .withRequestBody(equalToJson("{\"title\": \"ciscosparkapi Test Room\"}", false, false)));
        spark.verify(postRequestedFor(urlEqualTo("/v1/memberships")).withRequestBody(equalToJson(
                "{\"roomId\": \"" + TEST_ROOM_ID + "\", \"personId\": \"" + CHRIS_ID + "\", \"isModerator\": false}",
                false, false)));
    }

    @Test
    void anOptionalAttributeThatIsAbsentReadsAsNull() {
        spark.stubFor(get(urlEqualTo("/v1/rooms/" + TEST_ROOM_ID)).willReturn(okJson(TEST_ROOM)));
        try (CiscoSparkAPI api = api()) {
            Room room = api.rooms().get(TEST_ROOM_ID);
            assertThat(room.teamId()).isNull();
            assertThat(room.title()).isEqualTo("ciscosparkapi Test Room");
            assertThat(room.type()).isEqualTo(RoomType.GROUP);
            assertThat(room.isLocked()).isFalse();
            assertThat(room.toString()).startsWith("Room({\"title\":\"ciscosparkapi Test Room\"");
        }
    }

    @Test
    void aFieldSparkAddsLaterIsReadableByNameWithoutARelease() {
        spark.stubFor(get(urlEqualTo("/v1/people/me")).willReturn(okJson(CHRIS.replace("{",
                "{\"someNewField\": \"shiny\", \"newCounts\": [1, 2], "))));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new ArrayList<>()).strictModels(false).build()) {
            Person me = api.people().me();
            assertThat(me.get("someNewField")).isEqualTo("shiny");
            assertThat(me.get("newCounts")).isEqualTo(List.of(1, 2));
            assertThat(me.displayName()).isEqualTo("Chris Lunsford");
            assertThat(me.json()).contains("\"someNewField\":\"shiny\"");
        }
        try (CiscoSparkAPI strict = api()) {
            assertThatThrownBy(() -> strict.people().me()).isInstanceOf(SparkException.class)
                    .hasMessageContaining("someNewField");
        }
    }

    @Test
    void roomListsByTypeAreReIterableAndEachIterationFetchesLiveData() {
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=group")).inScenario("rooms").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"items\": [" + room("G1", "ciscosparkapi Test Room", "group") + "]}"))
                .willSetStateTo("a room was created"));
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=group")).inScenario("rooms").whenScenarioStateIs("a room was created")
                .willReturn(okJson("{\"items\": [" + room("G2", "Brand new", "group") + ","
                        + room("G1", "ciscosparkapi Test Room", "group") + "]}")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=direct")).willReturn(okJson(
                "{\"items\": [" + room("D1", "Bob Example", "direct") + "]}")));
        try (CiscoSparkAPI api = api()) {
            PagedIterable<Room> groupRooms = api.rooms().list(q -> q.type(RoomType.GROUP));
            PagedIterable<Room> directRooms = api.rooms().list(q -> q.type(RoomType.DIRECT));
            spark.verify(0, getRequestedFor(urlEqualTo("/v1/rooms?type=group")));

            Room demoRoom = null;
            for (Room room : groupRooms) {
                if (room.title().contains("ciscosparkapi")) {
                    demoRoom = room;
                    break;
                }
            }
            assertThat(demoRoom).isNotNull();
            assertThat(demoRoom.id()).isEqualTo("G1");

            List<String> direct = new ArrayList<>();
            for (Room room : directRooms) {
                direct.add(room.id());
            }
            assertThat(direct).containsExactly("D1");

            List<String> groupAgain = new ArrayList<>();
            for (Room room : groupRooms) {
                groupAgain.add(room.id());
            }
            assertThat(groupAgain).containsExactly("G2", "G1");
            assertThat(groupRooms.toList()).extracting(Room::type).containsOnly(RoomType.GROUP);
        }
        spark.verify(3, getRequestedFor(urlEqualTo("/v1/rooms?type=group")));
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/rooms?type=direct")));
    }

    @Test
    void aListingBecomesAPlainListOnRequest() {
        spark.stubFor(get(urlEqualTo("/v1/rooms")).willReturn(okJson("{\"items\": [" + room("G1", "one", "group") + ","
                + room("D1", "two", "direct") + "]}")));
        try (CiscoSparkAPI api = api()) {
            PagedIterable<Room> roomsIterable = api.rooms().list();
            List<Room> roomsList = roomsIterable.toList();
            assertThat(roomsList).extracting(Room::id).containsExactly("G1", "D1");
        }
    }
}
