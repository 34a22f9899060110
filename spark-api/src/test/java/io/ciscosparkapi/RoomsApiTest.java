package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomMeetingInfo;
import io.ciscosparkapi.model.RoomType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoomsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example room (§2.2). */
    static final String UNICORN = """
            {"id": "ROOM", "title": "Project Unicorn", "type": "group", "isLocked": false, "teamId": "TEAM",
             "lastActivity": "2018-05-28T11:05:00.000Z", "creatorId": "ME", "created": "2018-05-28T11:00:00.000Z"}""";

    static final String PUBLIC_ROOM = """
            {"id": "ROOM2", "title": "Town hall", "type": "group", "isLocked": true,
             "lastActivity": "2020-01-01T00:00:00.000Z", "creatorId": "ME", "created": "2020-01-01T00:00:00.000Z",
             "ownerId": "ORG", "sipAddress": "townhall@example.webex.com", "classificationId": "CLS",
             "isAnnouncementOnly": true, "isReadOnly": false, "isPublic": true, "madePublic": "2020-01-02T00:00:00.000Z",
             "description": "Everyone"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/rooms")).willReturn(okJson("{\"items\": [" + UNICORN + "," + PUBLIC_ROOM + "]}")));
        try (CiscoSparkAPI api = api()) {
            var rooms = api.rooms().list().toList();
            Room unicorn = rooms.get(0);
            assertThat(unicorn.id()).isEqualTo("ROOM");
            assertThat(unicorn.title()).isEqualTo("Project Unicorn");
            assertThat(unicorn.type()).isEqualTo(RoomType.GROUP);
            assertThat(unicorn.isLocked()).isFalse();
            assertThat(unicorn.teamId()).isEqualTo("TEAM");
            assertThat(unicorn.lastActivity()).isEqualTo(Instant.parse("2018-05-28T11:05:00Z"));
            assertThat(unicorn.creatorId()).isEqualTo("ME");
            assertThat(unicorn.created()).isEqualTo(Instant.parse("2018-05-28T11:00:00Z"));
            Room townHall = rooms.get(1);
            assertThat(townHall.ownerId()).isEqualTo("ORG");
            assertThat(townHall.isPublic()).isTrue();
            assertThat(townHall.madePublic()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
            assertThat(townHall.description()).isEqualTo("Everyone");
            assertThat(townHall.sipAddress()).isEqualTo("townhall@example.webex.com");
            assertThat(townHall.classificationId()).isEqualTo("CLS");
            assertThat(townHall.isAnnouncementOnly()).isTrue();
            assertThat(townHall.isReadOnly()).isFalse();
            assertThat(townHall.isLocked()).isTrue();
            assertThat(townHall.teamId()).isNull();
        }
    }

    @Test
    void listSendsEveryFilter() {
        spark.stubFor(get(urlPathEqualTo("/v1/rooms")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            api.rooms().list(q -> q.teamId("TEAM").type(RoomType.GROUP).sortBy("lastactivity").max(10)).toList();
        }
        SentRequests.assertGetQuery(spark, "/v1/rooms",
                Map.of("teamId", "TEAM", "type", "group", "sortBy", "lastactivity", "max", "10"));
    }

    @Test
    void listOfPublicSpacesSendsTheTimeWindow() {
        spark.stubFor(get(urlPathEqualTo("/v1/rooms")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            api.rooms().list(q -> q.orgPublicSpaces(true).from(Instant.parse("2020-01-01T00:00:00Z"))
                    .to(Instant.parse("2020-02-01T00:00:00Z"))).toList();
        }
        SentRequests.assertGetQuery(spark, "/v1/rooms", Map.of("orgPublicSpaces", "true",
                "from", "2020-01-01T00:00:00.000Z", "to", "2020-02-01T00:00:00.000Z"));
    }

    @Test
    void createPostsEveryField() {
        spark.stubFor(post(urlEqualTo("/v1/rooms")).willReturn(okJson(PUBLIC_ROOM)));
        try (CiscoSparkAPI api = api()) {
            api.rooms().create(r -> r.title("Town hall").teamId("TEAM").classificationId("CLS").isLocked(true)
                    .isPublic(true).description("Everyone").isAnnouncementOnly(true));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/rooms")).withRequestBody(equalToJson("""
                {"title": "Town hall", "teamId": "TEAM", "classificationId": "CLS", "isLocked": true,
                 "isPublic": true, "description": "Everyone", "isAnnouncementOnly": true}""", false, false)));
    }

    @Test
    void getMeetingInfoUpdateAndDeleteUseTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/rooms/ROOM")).willReturn(okJson(UNICORN)));
        spark.stubFor(get(urlEqualTo("/v1/rooms/ROOM/meetingInfo")).willReturn(okJson("""
                {"roomId": "ROOM", "meetingLink": "https://example.webex.com/m/1", "sipAddress": "1@example.webex.com",
                 "meetingNumber": "123", "callInTollFreeNumber": "+1 800 555 0100", "callInTollNumber": "+1 555 0100"}""")));
        spark.stubFor(put(urlEqualTo("/v1/rooms/ROOM")).willReturn(okJson(UNICORN)));
        spark.stubFor(delete(urlEqualTo("/v1/rooms/ROOM")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.rooms().get("ROOM").title()).isEqualTo("Project Unicorn");
            RoomMeetingInfo info = api.rooms().meetingInfo("ROOM");
            assertThat(info.roomId()).isEqualTo("ROOM");
            assertThat(info.meetingLink()).isEqualTo("https://example.webex.com/m/1");
            assertThat(info.sipAddress()).isEqualTo("1@example.webex.com");
            assertThat(info.meetingNumber()).isEqualTo("123");
            assertThat(info.callInTollFreeNumber()).isEqualTo("+1 800 555 0100");
            assertThat(info.callInTollNumber()).isEqualTo("+1 555 0100");
            api.rooms().update("ROOM", r -> r.title("Project Unicorn").isReadOnly(true));
            api.rooms().delete("ROOM");
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/rooms/ROOM")).withRequestBody(equalToJson(
                "{\"title\": \"Project Unicorn\", \"isReadOnly\": true}", false, false)));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/rooms/ROOM")));
    }

    @Test
    void updateSendsEveryNewerField() {
        spark.stubFor(put(urlEqualTo("/v1/rooms/ROOM2")).willReturn(okJson(PUBLIC_ROOM)));
        try (CiscoSparkAPI api = api()) {
            api.rooms().update("ROOM2", r -> r.title("Town hall").teamId("TEAM").classificationId("CLS")
                    .isLocked(true).isPublic(false).description("Everyone").isAnnouncementOnly(false).isReadOnly(true));
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/rooms/ROOM2")).withRequestBody(equalToJson("""
                {"title": "Town hall", "teamId": "TEAM", "classificationId": "CLS", "isLocked": true,
                 "isPublic": false, "description": "Everyone", "isAnnouncementOnly": false, "isReadOnly": true}""",
                false, false)));
    }

    @Test
    void aPublicRoomWithoutADescriptionIsRefusedBeforeAnyRequest() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.rooms().create(r -> r.title("Town hall").isPublic(true)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
            assertThatThrownBy(() -> api.rooms().create(r -> r.title("Town hall").isPublic(true).description(" ")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRoomThatIsNotPublicNeedsNoDescription() {
        spark.stubFor(post(urlEqualTo("/v1/rooms")).willReturn(okJson(UNICORN)));
        try (CiscoSparkAPI api = api()) {
            api.rooms().create(r -> r.title("Project Unicorn").isPublic(false));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/rooms")).withRequestBody(equalToJson(
                "{\"title\": \"Project Unicorn\", \"isPublic\": false}", false, false)));
    }

    @Test
    void publicSpacesCannotBeListedTogetherWithTeamTypeOrSortOrder() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.rooms().list(q -> q.orgPublicSpaces(true).teamId("TEAM")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orgPublicSpaces")
                    .hasMessageContaining("teamId");
            assertThatThrownBy(() -> api.rooms().list(q -> q.orgPublicSpaces(true).type(RoomType.GROUP)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got type");
            assertThatThrownBy(() -> api.rooms().list(q -> q.sortBy("created").orgPublicSpaces(true)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got sortBy");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void badArgumentsFailBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.rooms().create((String) null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
            assertThatThrownBy(() -> api.rooms().create(r -> r.teamId("TEAM")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
            assertThatThrownBy(() -> api.rooms().create(r -> r.field("title", 42)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
            assertThatThrownBy(() -> api.rooms().update("ROOM", r -> r.isLocked(true)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
            assertThatThrownBy(() -> api.rooms().list(q -> q.type(RoomType.UNKNOWN)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
            assertThatThrownBy(() -> api.rooms().get(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.rooms().meetingInfo(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.rooms().delete(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roomId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
