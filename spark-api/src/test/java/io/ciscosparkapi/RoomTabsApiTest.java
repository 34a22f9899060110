package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import io.ciscosparkapi.model.RoomTab;
import io.ciscosparkapi.model.RoomType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoomTabsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** A tab as the newer service answers it (§2.15), its time with an offset (§1.5). */
    static final String DASHBOARD = """
            {"id": "TAB", "roomId": "ROOM", "roomType": "group", "displayName": "Dashboard",
             "contentUrl": "https://dash.example.com/unicorn", "creatorId": "ME", "created": "2021-03-04T05:06:07+02:00"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listSendsTheRoomAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/room/tabs?roomId=ROOM")).willReturn(okJson("{\"items\": [" + DASHBOARD + "]}")));
        try (CiscoSparkAPI api = api()) {
            RoomTab tab = api.roomTabs().list("ROOM").toList().get(0);
            assertThat(tab.id()).isEqualTo("TAB");
            assertThat(tab.roomId()).isEqualTo("ROOM");
            assertThat(tab.roomType()).isEqualTo(RoomType.GROUP);
            assertThat(tab.displayName()).isEqualTo("Dashboard");
            assertThat(tab.contentUrl()).isEqualTo("https://dash.example.com/unicorn");
            assertThat(tab.creatorId()).isEqualTo("ME");
            assertThat(tab.created()).isEqualTo(Instant.parse("2021-03-04T03:06:07Z"));
        }
    }

    @Test
    void listWithParametersSendsRoomIdAndMax() {
        spark.stubFor(get(urlPathEqualTo("/v1/room/tabs")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.roomTabs().list(q -> q.roomId("ROOM").max(5)).toList()).isEmpty();
        }
        SentRequests.assertGetQuery(spark, "/v1/room/tabs", Map.of("roomId", "ROOM", "max", "5"));
    }

    @Test
    void createPostsTheRoomTheUrlAndTheName() {
        spark.stubFor(post(urlEqualTo("/v1/room/tabs")).willReturn(okJson(DASHBOARD)));
        try (CiscoSparkAPI api = api()) {
            RoomTab tab = api.roomTabs().create("ROOM", "https://dash.example.com/unicorn", "Dashboard");
            assertThat(tab.id()).isEqualTo("TAB");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/room/tabs")).withRequestBody(equalToJson("""
                {"roomId": "ROOM", "contentUrl": "https://dash.example.com/unicorn", "displayName": "Dashboard"}""")));
    }

    @Test
    void getUpdateAndDeleteUseTheTabIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/room/tabs/TAB")).willReturn(okJson(DASHBOARD)));
        spark.stubFor(put(urlEqualTo("/v1/room/tabs/TAB")).willReturn(okJson(DASHBOARD)));
        spark.stubFor(delete(urlEqualTo("/v1/room/tabs/TAB")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.roomTabs().get("TAB").displayName()).isEqualTo("Dashboard");
            api.roomTabs().update("TAB", t -> t.roomId("ROOM").contentUrl("HTTPS://dash.example.com/v2")
                    .displayName("Dashboard v2"));
            api.roomTabs().delete("TAB");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/room/tabs/TAB")));
        spark.verify(putRequestedFor(urlEqualTo("/v1/room/tabs/TAB")).withRequestBody(equalToJson("""
                {"roomId": "ROOM", "contentUrl": "HTTPS://dash.example.com/v2", "displayName": "Dashboard v2"}""")));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/room/tabs/TAB")));
    }

    @Test
    void aContentUrlThatIsNotHttpsIsRefusedBeforeAnyRequest() {
        try (CiscoSparkAPI api = api()) {
            for (String url : new String[] {"http://dash.example.com", "ftp://dash.example.com/x", "dash.example.com",
                    "https:///no-host", "https://dash example.com"}) {
                assertThatThrownBy(() -> api.roomTabs().create("ROOM", url, "Dashboard")).as(url)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contentUrl");
                assertThatThrownBy(() -> api.roomTabs().update("TAB", t -> t.roomId("ROOM").contentUrl(url)
                        .displayName("Dashboard"))).as(url)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contentUrl");
            }
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void missingFieldsAndBadIdsAreRefusedBeforeAnyRequestNamingTheParameter() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.roomTabs().list((String) null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.roomTabs().list(q -> q.max(3)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.roomTabs().create(t -> t.contentUrl("https://x.example.com").displayName("X")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.roomTabs().create(t -> t.roomId("ROOM").displayName("X")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("contentUrl");
            assertThatThrownBy(() -> api.roomTabs().create("ROOM", "https://x.example.com", " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("displayName");
            assertThatThrownBy(() -> api.roomTabs().update("TAB", t -> t.roomId("ROOM")
                    .contentUrl("https://x.example.com")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("displayName");
            assertThatThrownBy(() -> api.roomTabs().get("."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roomTabId");
            assertThatThrownBy(() -> api.roomTabs().update("", t -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roomTabId");
            assertThatThrownBy(() -> api.roomTabs().delete(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomTabId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
