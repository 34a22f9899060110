package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.RoomType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MembershipsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example membership (§2.3). */
    static final String BOB_IN_ROOM = """
            {"id": "MEMB", "roomId": "ROOM", "personId": "BOB", "personEmail": "bob@example.com",
             "personDisplayName": "Bob Example", "personOrgId": "ORG", "isModerator": false, "isMonitor": false,
             "created": "2018-05-28T11:02:00.000Z"}""";

    static final String DIRECT_HIDDEN = """
            {"id": "MEMB2", "roomId": "DM", "personId": "ME", "personEmail": "alice@example.com",
             "isModerator": false, "isRoomHidden": true, "roomType": "direct", "created": "2018-05-28T11:02:00.000Z"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listWithoutArgumentsListsTheCallersMembershipsWithNoQuery() {
        spark.stubFor(get(urlEqualTo("/v1/memberships")).willReturn(okJson("{\"items\": [" + DIRECT_HIDDEN + "]}")));
        try (CiscoSparkAPI api = api()) {
            Membership m = api.memberships().list().toList().get(0);
            assertThat(m.isRoomHidden()).isTrue();
            assertThat(m.roomType()).isEqualTo(RoomType.DIRECT);
        }
    }

    @Test
    void listOfARoomSendsRoomIdAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/memberships?roomId=ROOM")).willReturn(okJson("{\"items\": [" + BOB_IN_ROOM + "]}")));
        try (CiscoSparkAPI api = api()) {
            Membership m = api.memberships().list("ROOM").toList().get(0);
            assertThat(m.id()).isEqualTo("MEMB");
            assertThat(m.roomId()).isEqualTo("ROOM");
            assertThat(m.personId()).isEqualTo("BOB");
            assertThat(m.personEmail()).isEqualTo("bob@example.com");
            assertThat(m.personDisplayName()).isEqualTo("Bob Example");
            assertThat(m.personOrgId()).isEqualTo("ORG");
            assertThat(m.isModerator()).isFalse();
            assertThat(m.isMonitor()).isFalse();
            assertThat(m.created()).isEqualTo(Instant.parse("2018-05-28T11:02:00Z"));
        }
    }

    @Test
    void listWithFiltersSendsRoomIdPersonAndMax() {
        spark.stubFor(get(urlPathEqualTo("/v1/memberships")).willReturn(okJson("{\"items\": [" + BOB_IN_ROOM + "]}")));
        try (CiscoSparkAPI api = api()) {
            api.memberships().list(q -> q.roomId("ROOM").personEmail("bob@example.com").max(5)).toList();
            api.memberships().list(q -> q.roomId("ROOM").personId("BOB")).toList();
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/memberships")).withQueryParam("roomId", equalTo("ROOM"))
                .withQueryParam("personEmail", equalTo("bob@example.com")).withQueryParam("max", equalTo("5")));
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/memberships")).withQueryParam("roomId", equalTo("ROOM"))
                .withQueryParam("personId", equalTo("BOB")));
        spark.verify(2, getRequestedFor(urlPathEqualTo("/v1/memberships")));
    }

    @Test
    void listByPersonWithoutRoomIdFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.memberships().list(q -> q.personId("BOB")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personId")
                    .hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.memberships().list(q -> q.personEmail("bob@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personEmail")
                    .hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.memberships().list(q -> q.roomId("ROOM").personId("BOB")
                    .personEmail("bob@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most one of personId, personEmail");
            assertThatThrownBy(() -> api.memberships().list((String) null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.memberships().list(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roomId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void createByPersonIdSendsIsModeratorFalseExplicitly() {
        spark.stubFor(post(urlEqualTo("/v1/memberships")).willReturn(okJson(BOB_IN_ROOM)));
        try (CiscoSparkAPI api = api()) {
            Membership m = api.memberships().create(c -> c.roomId("ROOM").personId("BOB"));
            assertThat(m.id()).isEqualTo("MEMB");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/memberships")).withRequestBody(equalToJson(
                "{\"roomId\": \"ROOM\", \"personId\": \"BOB\", \"isModerator\": false}", false, false)));
    }

    @Test
    void createByEmailAsModeratorSendsTheEmailAndTrue() {
        spark.stubFor(post(urlEqualTo("/v1/memberships")).willReturn(okJson(BOB_IN_ROOM)));
        try (CiscoSparkAPI api = api()) {
            api.memberships().create(c -> c.roomId("ROOM").personEmail("bob@example.com").isModerator(true));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/memberships"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json;charset=utf-8"))
                .withRequestBody(equalToJson(
                        "{\"roomId\": \"ROOM\", \"personEmail\": \"bob@example.com\", \"isModerator\": true}", false, false)));
    }

    @Test
    void createWithoutExactlyOnePersonOrWithoutRoomFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.memberships().create(c -> c.roomId("ROOM")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly one of personId, personEmail");
            assertThatThrownBy(() -> api.memberships().create(c -> c.roomId("ROOM").personId("BOB")
                    .personEmail("bob@example.com")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly one of personId, personEmail");
            assertThatThrownBy(() -> api.memberships().create(c -> c.personId("BOB")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.memberships().create(c -> c.roomId("ROOM").personId("")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/memberships/MEMB")).willReturn(okJson(BOB_IN_ROOM)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.memberships().get("MEMB").personDisplayName()).isEqualTo("Bob Example");
        }
    }

    @Test
    void updatePutsIsModerator() {
        spark.stubFor(put(urlEqualTo("/v1/memberships/MEMB")).willReturn(okJson(BOB_IN_ROOM.replace(
                "\"isModerator\": false", "\"isModerator\": true"))));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.memberships().update("MEMB", true).isModerator()).isTrue();
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/memberships/MEMB"))
                .withRequestBody(equalToJson("{\"isModerator\": true}", false, false)));
    }

    @Test
    void updateCanHideADirectRoom() {
        spark.stubFor(put(urlEqualTo("/v1/memberships/MEMB2")).willReturn(okJson(DIRECT_HIDDEN)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.memberships().update("MEMB2", u -> u.isModerator(false).isRoomHidden(true)).isRoomHidden())
                    .isTrue();
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/memberships/MEMB2"))
                .withRequestBody(equalToJson("{\"isModerator\": false, \"isRoomHidden\": true}", false, false)));
    }

    @Test
    void updateWithoutIsModeratorOrIdFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.memberships().update("MEMB", u -> u.isRoomHidden(true)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("isModerator");
            assertThatThrownBy(() -> api.memberships().update(null, true))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("membershipId");
            assertThatThrownBy(() -> api.memberships().get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("membershipId");
            assertThatThrownBy(() -> api.memberships().delete(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("membershipId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void deleteSendsDelete() {
        spark.stubFor(delete(urlEqualTo("/v1/memberships/MEMB")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            api.memberships().delete("MEMB");
        }
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/memberships/MEMB")));
    }
}
