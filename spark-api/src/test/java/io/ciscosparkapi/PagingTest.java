package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomType;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    @RegisterExtension
    static WireMockExtension elsewhere = WireMockSpark.server();

    private static String room(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Room " + id + "\",\"type\":\"group\",\"isLocked\":false}";
    }

    private static String items(String... ids) {
        List<String> rooms = new ArrayList<>();
        for (String id : ids) {
            rooms.add(room(id));
        }
        return "{\"items\":[" + String.join(",", rooms) + "]}";
    }

    private String base() {
        return WireMockSpark.baseUrl(spark);
    }

    private void threePages() {
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=group")).willReturn(okJson(items("1", "2"))
                .withHeader("Link", "<" + base() + "rooms?type=group&cursor=p2>; rel=\"next\"")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=group&cursor=p2")).willReturn(okJson(items("3", "4"))
                .withHeader("Link", "<" + base() + "rooms?type=group&cursor=p1>; rel=\"first\", <" + base()
                        + "rooms?type=group&cursor=p3>; rel=\"next\"")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=group&cursor=p3")).willReturn(okJson(items("5"))));
    }

    private static List<String> ids(Iterable<Room> rooms) {
        List<String> ids = new ArrayList<>();
        rooms.forEach(r -> ids.add(r.id()));
        return ids;
    }

    @Test
    void listingSendsNothingUntilIterated() {
        threePages();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            api.rooms().list(q -> q.type(RoomType.GROUP));
        }
        spark.verify(0, getRequestedFor(urlPathEqualTo("/v1/rooms")));
    }

    @Test
    void iterationFollowsNextLinksAcrossEveryPage() {
        threePages();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(ids(api.rooms().list(q -> q.type(RoomType.GROUP)))).containsExactly("1", "2", "3", "4", "5");
        }
        spark.verify(3, getRequestedFor(urlPathEqualTo("/v1/rooms")));
    }

    @Test
    void aNextLinkToThePageItselfEndsTheListingWithAnErrorInsteadOfLoopingForever() {
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=group")).willReturn(okJson(items("1", "2"))
                .withHeader("Link", "<" + base() + "rooms?type=group&cursor=p2>; rel=\"next\"")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?type=group&cursor=p2")).willReturn(okJson(items("3"))
                .withHeader("Link", "<" + base() + "rooms?type=group&cursor=p2>; rel=\"next\"")));
        List<String> seen = new ArrayList<>();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThatThrownBy(() -> api.rooms().list(q -> q.type(RoomType.GROUP)).forEach(r -> seen.add(r.id())))
                    .isInstanceOf(SparkException.class)
                    .hasMessageContaining("rooms?type=group&cursor=p2")
                    .hasMessageContaining("next link to the page itself");
        }
        assertThat(seen).containsExactly("1", "2");
        spark.verify(2, getRequestedFor(urlPathEqualTo("/v1/rooms")));
    }

    @Test
    void pagesAreFetchedOnlyWhenNeeded() {
        threePages();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            Iterator<Room> it = api.rooms().list(q -> q.type(RoomType.GROUP)).iterator();
            assertThat(it.next().id()).isEqualTo("1");
            assertThat(it.next().id()).isEqualTo("2");
            spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/rooms")));
            assertThat(it.next().id()).isEqualTo("3");
            spark.verify(2, getRequestedFor(urlPathEqualTo("/v1/rooms")));
        }
    }

    @Test
    void eachIterationStartsAfreshWithFreshRequests() {
        threePages();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            PagedIterable<Room> groupRooms = api.rooms().list(q -> q.type(RoomType.GROUP));
            assertThat(ids(groupRooms)).hasSize(5);
            spark.stubFor(get(urlEqualTo("/v1/rooms?type=group&cursor=p3")).willReturn(okJson(items("5", "6"))));
            assertThat(ids(groupRooms)).containsExactly("1", "2", "3", "4", "5", "6");
        }
        spark.verify(6, getRequestedFor(urlPathEqualTo("/v1/rooms")));
    }

    @Test
    void toListAndStreamReturnEveryItem() {
        threePages();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            PagedIterable<Room> rooms = api.rooms().list(q -> q.type(RoomType.GROUP));
            assertThat(rooms.toList()).extracting(Room::id).containsExactly("1", "2", "3", "4", "5");
            assertThat(rooms.stream().filter(r -> r.title().endsWith("4")).findFirst()).get()
                    .extracting(Room::id).isEqualTo("4");
        }
    }

    @Test
    void firstAsksSparkForThatManyItemsInOneRequest() {
        spark.stubFor(get(urlEqualTo("/v1/rooms?max=2")).willReturn(okJson(items("1", "2"))
                .withHeader("Link", "<" + base() + "rooms?max=2&cursor=p2>; rel=\"next\"")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(api.rooms().list().first(2)).extracting(Room::id).containsExactly("1", "2");
        }
        spark.verify(1, getRequestedFor(urlPathEqualTo("/v1/rooms")));
        assertThatThrownBy(() -> WireMockSpark.client(spark).rooms().list().first(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n");
    }

    @Test
    void pagesExposeNextLinksAndAListingResumesFromOne() {
        threePages();
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            PagedIterable<Room> rooms = api.rooms().list(q -> q.type(RoomType.GROUP));
            Page<Room> firstPage = rooms.pages().iterator().next();
            assertThat(firstPage.items()).extracting(Room::id).containsExactly("1", "2");
            URI next = firstPage.nextLink().orElseThrow();
            assertThat(next.toString()).isEqualTo(base() + "rooms?type=group&cursor=p2");
            assertThat(ids(rooms.resumeAt(next))).containsExactly("3", "4", "5");
        }
    }

    @Test
    void maxNullInANextLinkIsDropped() {
        spark.stubFor(get(urlEqualTo("/v1/rooms?max=2")).willReturn(okJson(items("1", "2"))
                .withHeader("Link", "<" + base() + "rooms?max=null&cursor=p2>; rel=\"next\"")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?cursor=p2&max=2")).willReturn(okJson(items("3"))));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(ids(api.rooms().list(q -> q.max(2)))).containsExactly("1", "2", "3");
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/rooms")).withQueryParam("max", equalTo("2"))
                .withQueryParam("cursor", equalTo("p2")));
    }

    @Test
    void parametersANextLinkDroppedAreAddedBackButNoneIsOverwritten() {
        spark.stubFor(get(urlEqualTo("/v1/messages?roomId=R&mentionedPeople=me&max=2")).willReturn(okJson("{\"items\":[]}")
                .withHeader("Link", "<" + base() + "messages?max=50&beforeMessage=M2>; rel=\"next\"")));
        spark.stubFor(get(urlPathEqualTo("/v1/messages")).withQueryParam("beforeMessage", equalTo("M2"))
                .willReturn(okJson("{\"items\":[]}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            api.session().getItems("messages", new java.util.LinkedHashMap<>(Map.of()) {
                {
                    put("roomId", "R");
                    put("mentionedPeople", "me");
                    put("max", 2);
                }
            }).toList();
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/messages"))
                .withQueryParam("beforeMessage", equalTo("M2"))
                .withQueryParam("roomId", equalTo("R"))
                .withQueryParam("mentionedPeople", equalTo("me"))
                .withQueryParam("max", equalTo("50")));
    }

    @Test
    void nextLinkToAnotherHostIsRefusedAndTheTokenIsNotSentThere() {
        String evil = "http://127.0.0.1:" + elsewhere.getPort() + "/v1/rooms?cursor=p2";
        spark.stubFor(get(urlEqualTo("/v1/rooms")).willReturn(okJson(items("1"))
                .withHeader("Link", "<" + evil + ">; rel=\"next\"")));
        elsewhere.stubFor(get(urlPathEqualTo("/v1/rooms")).willReturn(okJson(items("666"))));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            Iterator<Room> it = api.rooms().list().iterator();
            assertThat(it.next().id()).isEqualTo("1");
            assertThatThrownBy(it::hasNext).isInstanceOf(SparkException.class)
                    .hasMessageContaining("Refusing to send the access token")
                    .hasMessageNotContaining(WireMockSpark.TOKEN);
        }
        elsewhere.verify(0, getRequestedFor(urlPathEqualTo("/v1/rooms")).withHeader("Authorization", absent()));
        elsewhere.verify(0, getRequestedFor(urlPathEqualTo("/v1/rooms")));
    }

    @Test
    void aRetryRefetchesTheSamePageInsteadOfRestartingTheListing() {
        spark.stubFor(get(urlEqualTo("/v1/rooms")).willReturn(okJson(items("1"))
                .withHeader("Link", "<" + base() + "rooms?cursor=p2>; rel=\"next\"")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?cursor=p2")).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        spark.stubFor(get(urlEqualTo("/v1/rooms?cursor=p2")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(items("2"))));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(ids(api.rooms().list())).containsExactly("1", "2");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/rooms")));
        spark.verify(2, getRequestedFor(urlEqualTo("/v1/rooms?cursor=p2")));
    }

    @Test
    void aListBodyWithoutItemsIsAMalformedResponse() {
        spark.stubFor(get(urlEqualTo("/v1/rooms")).willReturn(okJson("{\"rooms\":[]}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThatThrownBy(() -> api.rooms().list().toList()).isExactlyInstanceOf(SparkException.class)
                    .hasMessageContaining("'items' key not found");
        }
    }

    @Test
    void errorsMidIterationAreTheSdksOwnExceptions() {
        spark.stubFor(get(urlEqualTo("/v1/rooms")).willReturn(okJson(items("1"))
                .withHeader("Link", "<" + base() + "rooms?cursor=p2>; rel=\"next\"")));
        spark.stubFor(get(urlEqualTo("/v1/rooms?cursor=p2")).willReturn(aResponse().withStatus(404)));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThatThrownBy(() -> api.rooms().list().toList()).isInstanceOf(SparkApiException.class);
        }
    }
}
