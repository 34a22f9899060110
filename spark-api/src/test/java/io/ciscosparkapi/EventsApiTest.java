package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Event;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example event (§2.11). */
    static final String MESSAGE_CREATED = """
            {"id": "EVT", "resource": "messages", "type": "created", "appId": "APP", "actorId": "ME", "orgId": "ORG",
             "created": "2018-05-28T11:05:00.000Z",
             "data": {"id": "MSG", "roomId": "ROOM", "roomType": "group", "text": "Bob, the build is green.",
                      "personId": "ME", "personEmail": "alice@example.com", "created": "2018-05-28T11:05:00.000Z"}}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listParsesEveryFieldIncludingTheDataSnapshot() {
        spark.stubFor(get(urlEqualTo("/v1/events")).willReturn(okJson("{\"items\": [" + MESSAGE_CREATED + "]}")));
        try (CiscoSparkAPI api = api()) {
            Event e = api.events().list().toList().get(0);
            assertThat(e.id()).isEqualTo("EVT");
            assertThat(e.resource()).isEqualTo("messages");
            assertThat(e.type()).isEqualTo("created");
            assertThat(e.appId()).isEqualTo("APP");
            assertThat(e.actorId()).isEqualTo("ME");
            assertThat(e.orgId()).isEqualTo("ORG");
            assertThat(e.created()).isEqualTo(Instant.parse("2018-05-28T11:05:00Z"));
            assertThat(e.data()).containsEntry("text", "Bob, the build is green.").containsEntry("roomId", "ROOM");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/events")));
    }

    @Test
    void listSendsEveryFilterWithTimestampsInSparkFormat() {
        spark.stubFor(get(urlPathEqualTo("/v1/events")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.events().list(q -> q.resource("messages").type("deleted").actorId("BOB")
                    .from(Instant.parse("2018-05-01T00:00:00Z")).to(Instant.parse("2018-05-28T11:01:40.123Z"))
                    .max(100)).toList()).isEmpty();
        }
        SentRequests.assertGetQuery(spark, "/v1/events", Map.of("resource", "messages", "type", "deleted",
                "actorId", "BOB", "from", "2018-05-01T00:00:00.000Z", "to", "2018-05-28T11:01:40.123Z", "max", "100"));
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/events/EVT")).willReturn(okJson(MESSAGE_CREATED)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.events().get("EVT").actorId()).isEqualTo("ME");
        }
    }

    @Test
    void nullOrBlankIdFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.events().get(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("eventId");
            assertThatThrownBy(() -> api.events().get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
