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
import io.ciscosparkapi.model.MeetingInvitee;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MeetingInviteesApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    static final String BOB = """
            {"id": "INV1", "meetingId": "MTG", "email": "bob@example.com", "displayName": "Bob Example",
             "coHost": false}""";
    static final String CAROL = """
            {"id": "INV2", "meetingId": "MTG", "email": "carol@example.com", "displayName": "Carol", "coHost": true}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listSendsTheMeetingAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/meetingInvitees?meetingId=MTG")).willReturn(okJson("{\"items\": [" + BOB + "]}")));
        try (CiscoSparkAPI api = api()) {
            MeetingInvitee bob = api.meetingInvitees().list("MTG").toList().get(0);
            assertThat(bob.id()).isEqualTo("INV1");
            assertThat(bob.meetingId()).isEqualTo("MTG");
            assertThat(bob.email()).isEqualTo("bob@example.com");
            assertThat(bob.displayName()).isEqualTo("Bob Example");
            assertThat(bob.coHost()).isFalse();
        }
    }

    @Test
    void listWithParametersSendsMeetingIdAndMax() {
        spark.stubFor(get(urlPathEqualTo("/v1/meetingInvitees")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            api.meetingInvitees().list(q -> q.meetingId("MTG").max(10)).toList();
        }
        SentRequests.assertGetQuery(spark, "/v1/meetingInvitees", Map.of("meetingId", "MTG", "max", "10"));
    }

    @Test
    void createPostsTheMeetingAndTheInvitee() {
        spark.stubFor(post(urlEqualTo("/v1/meetingInvitees")).willReturn(okJson(CAROL)));
        try (CiscoSparkAPI api = api()) {
            api.meetingInvitees().create("MTG", "bob@example.com");
            assertThat(api.meetingInvitees().create(i -> i.meetingId("MTG").email("carol@example.com")
                    .displayName("Carol").coHost(true)).coHost()).isTrue();
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/meetingInvitees")).withRequestBody(equalToJson(
                "{\"meetingId\": \"MTG\", \"email\": \"bob@example.com\"}")));
        spark.verify(postRequestedFor(urlEqualTo("/v1/meetingInvitees")).withRequestBody(equalToJson("""
                {"meetingId": "MTG", "email": "carol@example.com", "displayName": "Carol", "coHost": true}""")));
    }

    @Test
    void getUpdateAndDeleteUseTheInviteeIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/meetingInvitees/INV2")).willReturn(okJson(CAROL)));
        spark.stubFor(put(urlEqualTo("/v1/meetingInvitees/INV2")).willReturn(okJson(CAROL)));
        spark.stubFor(delete(urlEqualTo("/v1/meetingInvitees/INV2")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.meetingInvitees().get("INV2").displayName()).isEqualTo("Carol");
            api.meetingInvitees().update("INV2", i -> i.email("carol@example.com").displayName("Carol C").coHost(false));
            api.meetingInvitees().delete("INV2");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/meetingInvitees/INV2")));
        spark.verify(putRequestedFor(urlEqualTo("/v1/meetingInvitees/INV2")).withRequestBody(equalToJson(
                "{\"email\": \"carol@example.com\", \"displayName\": \"Carol C\", \"coHost\": false}")));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/meetingInvitees/INV2")));
    }

    @Test
    void bulkInsertPostsTheMeetingAndItemsAndReadsTheItemsOfTheAnswer() {
        spark.stubFor(post(urlEqualTo("/v1/meetingInvitees/bulkInsert"))
                .willReturn(okJson("{\"items\": [" + BOB + "," + CAROL + "]}")));
        try (CiscoSparkAPI api = api()) {
            List<MeetingInvitee> invited = api.meetingInvitees().bulkInsert("MTG",
                    b -> b.invitee("bob@example.com").invitee("carol@example.com", "Carol", true));
            assertThat(invited).extracting(MeetingInvitee::id).containsExactly("INV1", "INV2");
            assertThat(invited.get(1).coHost()).isTrue();
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/meetingInvitees/bulkInsert")).withRequestBody(equalToJson("""
                {"meetingId": "MTG", "items": [{"email": "bob@example.com"},
                 {"email": "carol@example.com", "displayName": "Carol", "coHost": true}]}""")));
    }

    @Test
    void aBulkInsertAnswerWithoutItemsIsAMalformedResponse() {
        spark.stubFor(post(urlEqualTo("/v1/meetingInvitees/bulkInsert")).willReturn(okJson("{\"id\": \"INV1\"}")));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetingInvitees().bulkInsert("MTG", b -> b.invitee("bob@example.com")))
                    .isInstanceOf(SparkException.class).hasMessageContaining("'items' key not found");
        }
    }

    @Test
    void aBulkInsertAnswerIsReadAsStrictlyAsASingleInvitee() {
        spark.stubFor(post(urlEqualTo("/v1/meetingInvitees/bulkInsert"))
                .willReturn(okJson("{\"items\": [{\"id\": \"INV1\", \"panelist\": false}]}")));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetingInvitees().bulkInsert("MTG", b -> b.invitee("bob@example.com")))
                    .isInstanceOf(SparkException.class).hasMessageContaining("panelist");
        }
    }

    @Test
    void missingFieldsAndBadAddressesAreRefusedBeforeAnyRequestNamingTheParameter() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetingInvitees().list((String) null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("meetingId");
            assertThatThrownBy(() -> api.meetingInvitees().list(q -> q.max(5)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("meetingId");
            assertThatThrownBy(() -> api.meetingInvitees().create(i -> i.email("bob@example.com")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("meetingId");
            assertThatThrownBy(() -> api.meetingInvitees().create("MTG", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("email");
            assertThatThrownBy(() -> api.meetingInvitees().create("MTG", "bob"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("email 'bob'");
            assertThatThrownBy(() -> api.meetingInvitees().update("INV1", i -> i.email("bob@@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("email");
            assertThatThrownBy(() -> api.meetingInvitees().bulkInsert("MTG", b -> { }))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("items");
            assertThatThrownBy(() -> api.meetingInvitees().bulkInsert("MTG", b -> b.field("items", List.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items");
            assertThatThrownBy(() -> api.meetingInvitees().bulkInsert("MTG",
                    b -> b.invitee("bob@example.com").invitee(null)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("items[1].email");
            assertThatThrownBy(() -> api.meetingInvitees().bulkInsert("MTG",
                    b -> b.invitee("bob@example.com").invitee("carol@", "Carol", false)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("items[1].email 'carol@'");
            assertThatThrownBy(() -> api.meetingInvitees().bulkInsert(" ", b -> b.invitee("bob@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetingId");
            assertThatThrownBy(() -> api.meetingInvitees().get(".."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inviteeId");
            assertThatThrownBy(() -> api.meetingInvitees().delete(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inviteeId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
