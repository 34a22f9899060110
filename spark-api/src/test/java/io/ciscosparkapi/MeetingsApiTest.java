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
import io.ciscosparkapi.model.Meeting;
import io.ciscosparkapi.model.MeetingScheduledType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MeetingsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    static final Instant START = Instant.parse("2026-12-02T09:00:00Z");
    static final Instant END = Instant.parse("2026-12-02T10:00:00Z");

    /** A webinar with registration, with every field of the meeting object (§2.17). */
    static final String WEBINAR = """
            {"id": "MTG", "meetingNumber": "123456789", "title": "Quarterly numbers", "agenda": "Slides",
             "password": "BgJep@43", "meetingType": "meetingSeries", "state": "active", "timezone": "Europe/Paris",
             "start": "2026-12-02T10:00:00+01:00", "end": "2026-12-02T11:00:00+01:00", "hostUserId": "ME",
             "hostDisplayName": "Alice Example", "hostEmail": "alice@example.com",
             "webLink": "https://example.webex.com/example/j.php?MTID=m1", "sipAddress": "123456789@example.webex.com",
             "scheduledType": "webinar",
             "registration": {"autoAcceptRequest": true, "requireFirstName": true, "requireLastName": true,
                              "requireEmail": true},
             "enabledAutoRecordMeeting": true, "allowAnyUserToBeCoHost": false, "created": "2026-11-01T08:00:00Z"}""";

    static final String REVIEW = """
            {"id": "MTG2", "meetingNumber": "987654321", "title": "Review", "password": "xY7!abcd",
             "meetingType": "meetingSeries", "state": "active", "timezone": "UTC", "start": "2026-12-02T09:00:00Z",
             "end": "2026-12-02T10:00:00Z", "hostUserId": "ME", "hostDisplayName": "Alice Example",
             "hostEmail": "alice@example.com", "webLink": "https://example.webex.com/example/j.php?MTID=m2",
             "sipAddress": "987654321@example.webex.com", "scheduledType": "meeting", "created": "2026-11-01T08:00:00Z"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listWithoutFiltersSendsNoQueryAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/meetings")).willReturn(okJson("{\"items\": [" + WEBINAR + "]}")));
        try (CiscoSparkAPI api = api()) {
            Meeting m = api.meetings().list().toList().get(0);
            assertThat(m.id()).isEqualTo("MTG");
            assertThat(m.meetingNumber()).isEqualTo("123456789");
            assertThat(m.title()).isEqualTo("Quarterly numbers");
            assertThat(m.agenda()).isEqualTo("Slides");
            assertThat(m.password()).isEqualTo("BgJep@43");
            assertThat(m.meetingType()).isEqualTo("meetingSeries");
            assertThat(m.state()).isEqualTo("active");
            assertThat(m.timezone()).isEqualTo("Europe/Paris");
            assertThat(m.start()).isEqualTo(START);
            assertThat(m.end()).isEqualTo(END);
            assertThat(m.hostUserId()).isEqualTo("ME");
            assertThat(m.hostDisplayName()).isEqualTo("Alice Example");
            assertThat(m.hostEmail()).isEqualTo("alice@example.com");
            assertThat(m.webLink()).isEqualTo("https://example.webex.com/example/j.php?MTID=m1");
            assertThat(m.sipAddress()).isEqualTo("123456789@example.webex.com");
            assertThat(m.scheduledType()).isEqualTo(MeetingScheduledType.WEBINAR);
            assertThat(m.registration().autoAcceptRequest()).isTrue();
            assertThat(m.registration().requireFirstName()).isTrue();
            assertThat(m.registration().requireLastName()).isTrue();
            assertThat(m.registration().requireEmail()).isTrue();
            assertThat(m.enabledAutoRecordMeeting()).isTrue();
            assertThat(m.allowAnyUserToBeCoHost()).isFalse();
            assertThat(m.created()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        }
    }

    @Test
    void listSendsEveryFilter() {
        spark.stubFor(get(urlPathEqualTo("/v1/meetings")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            api.meetings().list(q -> q.meetingType("scheduledMeeting").state("scheduled")
                    .scheduledType(MeetingScheduledType.PERSONAL_ROOM_MEETING).from(START).to(END)
                    .hostEmail("bob@example.com").max(100)).toList();
        }
        SentRequests.assertGetQuery(spark, "/v1/meetings", Map.of("meetingType", "scheduledMeeting",
                "state", "scheduled", "scheduledType", "personalRoomMeeting", "from", "2026-12-02T09:00:00.000Z",
                "to", "2026-12-02T10:00:00.000Z", "hostEmail", "bob@example.com", "max", "100"));
    }

    @Test
    void createSendsTitleAndTimesAsInstants() {
        spark.stubFor(post(urlEqualTo("/v1/meetings")).willReturn(okJson(REVIEW)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.meetings().create("Review", START, END).password()).isEqualTo("xY7!abcd");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/meetings")).withRequestBody(equalToJson("""
                {"title": "Review", "start": "2026-12-02T09:00:00.000Z", "end": "2026-12-02T10:00:00.000Z"}""")));
    }

    @Test
    void createOfAWebinarSendsEveryField() {
        spark.stubFor(post(urlEqualTo("/v1/meetings")).willReturn(okJson(WEBINAR)));
        try (CiscoSparkAPI api = api()) {
            api.meetings().create(m -> m.title("Quarterly numbers").agenda("Slides").password("BgJep@43")
                    .start(LocalDateTime.parse("2026-12-02T10:00")).end(LocalDateTime.parse("2026-12-02T11:00:30"))
                    .timezone("Europe/Paris").scheduledType(MeetingScheduledType.WEBINAR)
                    .enabledAutoRecordMeeting(true).allowAnyUserToBeCoHost(false)
                    .invitee("bob@example.com").invitee("carol@example.com", "Carol", true)
                    .registration(r -> r.autoAcceptRequest(true).requireFirstName(true).requireLastName(true)
                            .requireEmail(true))
                    .hostEmail("alice@example.com"));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/meetings")).withRequestBody(equalToJson("""
                {"title": "Quarterly numbers", "agenda": "Slides", "password": "BgJep@43",
                 "start": "2026-12-02T10:00:00", "end": "2026-12-02T11:00:30", "timezone": "Europe/Paris",
                 "scheduledType": "webinar", "enabledAutoRecordMeeting": true, "allowAnyUserToBeCoHost": false,
                 "invitees": [{"email": "bob@example.com"},
                              {"email": "carol@example.com", "displayName": "Carol", "coHost": true}],
                 "registration": {"autoAcceptRequest": true, "requireFirstName": true, "requireLastName": true,
                                  "requireEmail": true},
                 "hostEmail": "alice@example.com"}""")));
    }

    @Test
    void getUpdateAndDeleteUseTheMeetingIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/meetings/MTG2")).willReturn(okJson(REVIEW)));
        spark.stubFor(put(urlEqualTo("/v1/meetings/MTG2")).willReturn(okJson(REVIEW)));
        spark.stubFor(delete(urlEqualTo("/v1/meetings/MTG2")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.meetings().get("MTG2").title()).isEqualTo("Review");
            api.meetings().update("MTG2", m -> m.title("Review").password("xY7!abcd").start(START)
                    .end(END.plusSeconds(1800)));
            api.meetings().delete("MTG2");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/meetings/MTG2")));
        spark.verify(putRequestedFor(urlEqualTo("/v1/meetings/MTG2")).withRequestBody(equalToJson("""
                {"title": "Review", "password": "xY7!abcd", "start": "2026-12-02T09:00:00.000Z",
                 "end": "2026-12-02T10:30:00.000Z"}""")));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/meetings/MTG2")));
    }

    @Test
    void updateFromTheCurrentMeetingSendsItsFieldsWithTheChanges() {
        spark.stubFor(put(urlEqualTo("/v1/meetings/MTG")).willReturn(okJson(WEBINAR)));
        try (CiscoSparkAPI api = api()) {
            Meeting current = new Meeting(JsonCodec.readObject(WEBINAR.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "the example"));
            api.meetings().update(current, m -> m.agenda("New slides").field("allowAnyUserToBeCoHost", null));
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/meetings/MTG")).withRequestBody(equalToJson("""
                {"title": "Quarterly numbers", "agenda": "New slides", "password": "BgJep@43",
                 "start": "2026-12-02T10:00:00+01:00", "end": "2026-12-02T11:00:00+01:00", "timezone": "Europe/Paris",
                 "enabledAutoRecordMeeting": true,
                 "registration": {"autoAcceptRequest": true, "requireFirstName": true, "requireLastName": true,
                                  "requireEmail": true}}""")));
    }

    @Test
    void anEndThatIsNotAfterTheStartIsRefusedBeforeAnyRequest() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetings().create("Review", END, START))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end")
                    .hasMessageContaining("after start");
            assertThatThrownBy(() -> api.meetings().create("Review", START, START))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
            assertThatThrownBy(() -> api.meetings().create(m -> m.title("Review")
                    .start(LocalDateTime.parse("2026-12-02T10:00")).end(LocalDateTime.parse("2026-12-02T09:59"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
            assertThatThrownBy(() -> api.meetings().update("MTG", m -> m.title("Review").password("p")
                    .field("start", "2026-12-02T10:00:00+01:00").field("end", "2026-12-02T08:30:00Z")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aWallClockEndAfterAnInstantStartCannotBeComparedAndIsLeftToSpark() {
        spark.stubFor(post(urlEqualTo("/v1/meetings")).willReturn(okJson(REVIEW)));
        try (CiscoSparkAPI api = api()) {
            api.meetings().create(m -> m.title("Review").start(START).end(LocalDateTime.parse("2026-12-02T08:00")));
        }
        spark.verify(1, postRequestedFor(urlEqualTo("/v1/meetings")));
    }

    @Test
    void missingFieldsAndBadArgumentsAreRefusedBeforeAnyRequestNamingTheParameter() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetings().create(null, START, END))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
            assertThatThrownBy(() -> api.meetings().create("Review", null, END))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
            assertThatThrownBy(() -> api.meetings().create(m -> m.title("Review").start(START)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("end");
            assertThatThrownBy(() -> api.meetings().create(m -> m.title("Review").start((LocalDateTime) null)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
            assertThatThrownBy(() -> api.meetings().update("MTG", m -> m.title("Review").start(START).end(END)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> api.meetings().create(m -> m.title("Review").start(START).end(END)
                    .registration(r -> r.autoAcceptRequest(true))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registration")
                    .hasMessageContaining("webinar");
            assertThatThrownBy(() -> api.meetings().create(m -> m.title("Review").start(START).end(END)
                    .invitee("bob@example.com").invitee("carol.example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invitees[1].email");
            assertThatThrownBy(() -> api.meetings().create(m -> m.title("Review").start(START).end(END)
                    .hostEmail("alice@")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("hostEmail");
            assertThatThrownBy(() -> api.meetings().create(m -> m.scheduledType(MeetingScheduledType.UNKNOWN)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheduledType");
            assertThatThrownBy(() -> api.meetings().list(q -> q.scheduledType(MeetingScheduledType.UNKNOWN)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheduledType");
            assertThatThrownBy(() -> api.meetings().list(q -> q.max(101)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max")
                    .hasMessageContaining("100");
            assertThatThrownBy(() -> api.meetings().update(new Meeting(Map.of("title", "no id")), m -> { }))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("current.id");
            assertThatThrownBy(() -> api.meetings().get(".."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetingId");
            assertThatThrownBy(() -> api.meetings().delete(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetingId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
