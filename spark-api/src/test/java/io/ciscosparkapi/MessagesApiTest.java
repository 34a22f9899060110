package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.RoomType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MessagesApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    @TempDir
    Path dir;

    /** The spec's example message (§2.4). */
    static final String GREEN_BUILD = """
            {"id": "MSG", "roomId": "ROOM", "roomType": "group",
             "text": "Bob, the build is green.", "markdown": "<@personEmail:bob@example.com>, the build is **green**.",
             "html": "<p><spark-mention data-object-type=\\"person\\" data-object-id=\\"BOB\\">Bob</spark-mention>, the build is <strong>green</strong>.</p>",
             "personId": "ME", "personEmail": "alice@example.com", "mentionedPeople": ["BOB"],
             "created": "2018-05-28T11:05:00.000Z"}""";

    static final String DIRECT_WITH_FILE = """
            {"id": "MSG2", "roomId": "DM", "roomType": "direct", "toPersonEmail": "bob@example.com",
             "text": "the chart", "files": ["https://webexapis.com/v1/contents/C1"],
             "personId": "ME", "personEmail": "alice@example.com", "created": "2018-05-28T11:06:00.000Z"}""";

    static final String CARD_REPLY = """
            {"id": "MSG3", "parentId": "MSG", "roomId": "ROOM", "roomType": "group", "text": "card fallback",
             "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive",
                              "content": {"type": "AdaptiveCard", "version": "1.0", "body": []}}],
             "mentionedGroups": ["all"], "isVoiceClip": false,
             "personId": "ME", "personEmail": "alice@example.com", "created": "2020-02-01T08:00:00.000Z"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    private static void assertNoRequestSent() {
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void listOfARoomSendsRoomIdAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/messages?roomId=ROOM")).willReturn(okJson("{\"items\": [" + GREEN_BUILD + "]}")));
        try (CiscoSparkAPI api = api()) {
            Message m = api.messages().list("ROOM").toList().get(0);
            assertThat(m.id()).isEqualTo("MSG");
            assertThat(m.roomId()).isEqualTo("ROOM");
            assertThat(m.roomType()).isEqualTo(RoomType.GROUP);
            assertThat(m.text()).isEqualTo("Bob, the build is green.");
            assertThat(m.markdown()).startsWith("<@personEmail:bob@example.com>");
            assertThat(m.html()).contains("<strong>green</strong>");
            assertThat(m.personId()).isEqualTo("ME");
            assertThat(m.personEmail()).isEqualTo("alice@example.com");
            assertThat(m.mentionedPeople()).containsExactly("BOB");
            assertThat(m.files()).isEmpty();
            assertThat(m.parentId()).isNull();
            assertThat(m.created()).isEqualTo(Instant.parse("2018-05-28T11:05:00Z"));
        }
    }

    @Test
    void listSendsEveryFilterWithTimestampsInSparkFormat() {
        spark.stubFor(get(urlPathEqualTo("/v1/messages")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.messages().list(q -> q.roomId("ROOM").mentionedPeople("me")
                    .before(Instant.parse("2018-05-28T11:01:40.123Z")).beforeMessage("MSG0").parentId("MSG")
                    .max(50)).toList()).isEmpty();
        }
        SentRequests.assertGetQuery(spark, "/v1/messages", Map.of("roomId", "ROOM", "mentionedPeople", "me",
                "before", "2018-05-28T11:01:40.123Z", "beforeMessage", "MSG0", "parentId", "MSG", "max", "50"));
    }

    @Test
    void listWithoutRoomIdFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().list(q -> q.mentionedPeople("me")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.messages().list(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.messages().list(q -> q.roomId("ROOM").mentionedPeople()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentionedPeople");
        }
        assertNoRequestSent();
    }

    @Test
    void listDirectAsksMessagesDirectWithThePersonAndParent() {
        spark.stubFor(get(urlPathEqualTo("/v1/messages/direct")).willReturn(okJson("{\"items\": [" + DIRECT_WITH_FILE + "]}")));
        try (CiscoSparkAPI api = api()) {
            Message m = api.messages().listDirect(q -> q.personEmail("bob@example.com").parentId("MSG")).toList().get(0);
            assertThat(m.toPersonEmail()).isEqualTo("bob@example.com");
            assertThat(m.roomType()).isEqualTo(RoomType.DIRECT);
            api.messages().listDirect(q -> q.personId("BOB")).toList();
        }
        spark.verify(getRequestedFor(urlPathEqualTo("/v1/messages/direct"))
                .withQueryParam("personEmail", equalTo("bob@example.com"))
                .withQueryParam("parentId", equalTo("MSG")));
        spark.verify(getRequestedFor(urlEqualTo("/v1/messages/direct?personId=BOB")));
        spark.verify(2, getRequestedFor(urlPathEqualTo("/v1/messages/direct")));
    }

    @Test
    void listDirectWithoutExactlyOnePersonFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().listDirect(q -> q.parentId("MSG")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of personId, personEmail");
            assertThatThrownBy(() -> api.messages().listDirect(q -> q.personId("BOB").personEmail("bob@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of personId, personEmail");
        }
        assertNoRequestSent();
    }

    @Test
    void createWithRoomAndTextPostsJson() {
        spark.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(GREEN_BUILD)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.messages().create("ROOM", "Bob, the build is green.").id()).isEqualTo("MSG");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json;charset=utf-8"))
                .withRequestBody(equalToJson("{\"roomId\": \"ROOM\", \"text\": \"Bob, the build is green.\"}", false, false)));
    }

    @Test
    void createSendsEveryJsonField() {
        spark.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(DIRECT_WITH_FILE)));
        try (CiscoSparkAPI api = api()) {
            Message m = api.messages().create(c -> c.toPersonEmail("bob@example.com").text("the chart")
                    .markdown("the **chart**").html("<p>the chart</p>").files("https://example.com/chart.png")
                    .parentId("MSG0"));
            assertThat(m.files()).containsExactly("https://webexapis.com/v1/contents/C1");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
                {"toPersonEmail": "bob@example.com", "text": "the chart", "markdown": "the **chart**",
                 "html": "<p>the chart</p>", "files": ["https://example.com/chart.png"], "parentId": "MSG0"}""",
                false, false)));
    }

    @Test
    void createToAPersonIdSendsToPersonId() {
        spark.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(DIRECT_WITH_FILE)));
        try (CiscoSparkAPI api = api()) {
            api.messages().create(c -> c.toPersonId("BOB").markdown("hi"));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(equalToJson("{\"toPersonId\": \"BOB\", \"markdown\": \"hi\"}", false, false)));
    }

    @Test
    void createWithAnAdaptiveCardSendsItAsAnAttachment() {
        spark.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(CARD_REPLY)));
        Map<String, Object> card = Map.of("type", "AdaptiveCard", "version", "1.0", "body", List.of());
        try (CiscoSparkAPI api = api()) {
            Message m = api.messages().create(c -> c.roomId("ROOM").text("card fallback").adaptiveCard(card)
                    .parentId("MSG"));
            assertThat(m.parentId()).isEqualTo("MSG");
            assertThat(m.attachments()).hasSize(1);
            assertThat(m.attachments().get(0).contentType()).isEqualTo("application/vnd.microsoft.card.adaptive");
            assertThat(m.attachments().get(0).content()).containsEntry("type", "AdaptiveCard");
            assertThat(m.mentionedGroups()).containsExactly("all");
            assertThat(m.isVoiceClip()).isFalse();
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
                {"roomId": "ROOM", "text": "card fallback", "parentId": "MSG",
                 "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive",
                                  "content": {"type": "AdaptiveCard", "version": "1.0", "body": []}}]}""",
                false, false)));
    }

    @Test
    void createWithAttachmentsListAndAttachmentAddsThemInOrder() {
        spark.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(CARD_REPLY)));
        Map<String, Object> a = Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", Map.of("n", 1));
        Map<String, Object> b = Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", Map.of("n", 2));
        try (CiscoSparkAPI api = api()) {
            api.messages().create(c -> c.roomId("ROOM").attachments(List.of(a)).attachment(b));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/messages")).withRequestBody(equalToJson("""
                {"roomId": "ROOM", "attachments": [
                  {"contentType": "application/vnd.microsoft.card.adaptive", "content": {"n": 1}},
                  {"contentType": "application/vnd.microsoft.card.adaptive", "content": {"n": 2}}]}""",
                false, false)));
    }

    @Test
    void createWithoutOrWithTwoDestinationsFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().create(c -> c.text("lost")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly one of roomId, toPersonId, toPersonEmail");
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").toPersonEmail("bob@example.com").text("x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly one of roomId, toPersonId, toPersonEmail")
                    .hasMessageContaining("roomId and toPersonEmail");
            assertThatThrownBy(() -> api.messages().create(c -> c.toPersonId("BOB").toPersonEmail("bob@example.com").text("x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly one of roomId, toPersonId, toPersonEmail");
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId(" ").text("x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.messages().create(null, "x"))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
        }
        assertNoRequestSent();
    }

    @Test
    void createWithoutContentFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one of text, markdown, files, file, attachments");
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").html("<p>only html</p>")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one of text, markdown, files, file, attachments");
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").files()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("files");
            assertThatThrownBy(() -> api.messages().create("ROOM", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        }
        assertNoRequestSent();
    }

    @Test
    void createWithALocalFileUploadsMultipartWithTheFieldsAndAFilesPart() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, 3};
        Path chart = Files.write(dir.resolve("chart.png"), png);
        spark.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(DIRECT_WITH_FILE)));
        try (CiscoSparkAPI api = api()) {
            Message m = api.messages().create(c -> c.toPersonEmail("bob@example.com").text("the chart").file(chart));
            assertThat(m.files()).containsExactly("https://webexapis.com/v1/contents/C1");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withHeader("Authorization", equalTo("Bearer " + WireMockSpark.TOKEN))
                .withRequestBodyPart(aMultipart().withName("toPersonEmail").withBody(equalTo("bob@example.com")).build())
                .withRequestBodyPart(aMultipart().withName("text").withBody(equalTo("the chart")).build())
                .withRequestBodyPart(aMultipart().withName("files")
                        .withHeader("Content-Disposition", containing("filename=\"chart.png\""))
                        .withHeader("Content-Type", equalTo("image/png"))
                        .withBody(binaryEqualTo(png)).build()));
        LoggedRequest sent = spark.findAll(postRequestedFor(urlEqualTo("/v1/messages"))).get(0);
        assertThat(sent.getParts()).extracting(p -> p.getName()).containsExactly("toPersonEmail", "text", "files");
        assertThat(sent.getBodyAsString()).doesNotContain("\"text\":");
    }

    @Test
    void createWithAFileOfUnknownTypeSendsTextPlain() throws IOException {
        Path log = Files.writeString(dir.resolve("build.log"), "BUILD SUCCESS\n", StandardCharsets.UTF_8);
        spark.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(DIRECT_WITH_FILE)));
        try (CiscoSparkAPI api = api()) {
            api.messages().create(c -> c.roomId("ROOM").file(log).markdown("**log**").parentId("MSG"));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBodyPart(aMultipart().withName("roomId").withBody(equalTo("ROOM")).build())
                .withRequestBodyPart(aMultipart().withName("markdown").withBody(equalTo("**log**")).build())
                .withRequestBodyPart(aMultipart().withName("parentId").withBody(equalTo("MSG")).build())
                .withRequestBodyPart(aMultipart().withName("files")
                        .withHeader("Content-Disposition", containing("filename=\"build.log\""))
                        .withHeader("Content-Type", equalTo("text/plain"))
                        .withBody(equalTo("BUILD SUCCESS\n")).build()));
    }

    @Test
    void aMissingLocalFileFailsBeforeSendingAndNamesThePath() {
        Path missing = dir.resolve("nope.png");
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").file(missing)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").file(dir)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(dir.toString());
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").file(null)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
        }
        assertNoRequestSent();
    }

    @Test
    void aLocalFileWithUrlFilesOrAttachmentsFailsBeforeSending() throws IOException {
        Path chart = Files.write(dir.resolve("chart.png"), new byte[] {1, 2, 3});
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").file(chart)
                    .files("https://example.com/other.png")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("files URLs");
            assertThatThrownBy(() -> api.messages().create(c -> c.roomId("ROOM").file(chart)
                    .adaptiveCard(Map.of("type", "AdaptiveCard"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attachments");
        }
        assertNoRequestSent();
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/messages/MSG")).willReturn(okJson(GREEN_BUILD)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.messages().get("MSG").text()).isEqualTo("Bob, the build is green.");
        }
    }

    @Test
    void updateEditsWithPutAndReadsTheUpdatedTime() {
        spark.stubFor(put(urlEqualTo("/v1/messages/MSG")).willReturn(okJson(GREEN_BUILD.replace(
                "\"created\"", "\"updated\": \"2018-05-28T11:07:00.000Z\", \"created\""))));
        try (CiscoSparkAPI api = api()) {
            Message edited = api.messages().update("MSG", e -> e.roomId("ROOM").text("Bob, the build is green!")
                    .html("<p>green!</p>"));
            assertThat(edited.updated()).isEqualTo(Instant.parse("2018-05-28T11:07:00Z"));
            api.messages().update("MSG", e -> e.roomId("ROOM").markdown("**green**"));
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/messages/MSG")).withRequestBody(equalToJson(
                "{\"roomId\": \"ROOM\", \"text\": \"Bob, the build is green!\", \"html\": \"<p>green!</p>\"}", false, false)));
        spark.verify(putRequestedFor(urlEqualTo("/v1/messages/MSG")).withRequestBody(equalToJson(
                "{\"roomId\": \"ROOM\", \"markdown\": \"**green**\"}", false, false)));
    }

    @Test
    void updateWithoutRoomOrContentOrWithHtmlAndMarkdownFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().update("MSG", e -> e.text("x")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roomId");
            assertThatThrownBy(() -> api.messages().update("MSG", e -> e.roomId("ROOM")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text or markdown");
            assertThatThrownBy(() -> api.messages().update("MSG", e -> e.roomId("ROOM").markdown("x").html("<p>x</p>")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("html or markdown");
            assertThatThrownBy(() -> api.messages().update(" ", e -> e.roomId("ROOM").text("x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageId");
        }
        assertNoRequestSent();
    }

    @Test
    void deleteSendsDeleteAndNullIdsFailFirst() {
        spark.stubFor(delete(urlEqualTo("/v1/messages/MSG")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.messages().delete(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("messageId");
            assertThatThrownBy(() -> api.messages().get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageId");
            spark.verify(0, anyRequestedFor(anyUrl()));
            api.messages().delete("MSG");
        }
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/messages/MSG")));
    }
}
