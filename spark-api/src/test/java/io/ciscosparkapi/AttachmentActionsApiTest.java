package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.AttachmentAction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AttachmentActionsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example attachment action (§2.13). */
    static final String SUBMITTED = """
            {"id": "AA", "type": "submit", "messageId": "MSG", "inputs": {"choice": "yes", "comment": "ship it"},
             "personId": "BOB", "roomId": "ROOM", "created": "2020-02-01T08:00:00.000Z"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void createPostsTypeSubmitTheMessageAndTheInputsAndReadsTheAction() {
        spark.stubFor(post(urlEqualTo("/v1/attachment/actions")).willReturn(okJson(SUBMITTED)));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("choice", "yes");
        inputs.put("comment", "ship it");
        try (CiscoSparkAPI api = api()) {
            AttachmentAction action = api.attachmentActions().create("MSG", inputs);
            assertThat(action.id()).isEqualTo("AA");
            assertThat(action.type()).isEqualTo("submit");
            assertThat(action.messageId()).isEqualTo("MSG");
            assertThat(action.inputs()).containsExactly(Map.entry("choice", "yes"), Map.entry("comment", "ship it"));
            assertThat(action.personId()).isEqualTo("BOB");
            assertThat(action.roomId()).isEqualTo("ROOM");
            assertThat(action.created()).isEqualTo(Instant.parse("2020-02-01T08:00:00Z"));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/attachment/actions")).withRequestBody(equalToJson("""
                {"type": "submit", "messageId": "MSG", "inputs": {"choice": "yes", "comment": "ship it"}}""")));
    }

    @Test
    void inputsOfEveryJsonKindAreSentAsTheyAre() {
        spark.stubFor(post(urlEqualTo("/v1/attachment/actions")).willReturn(okJson(SUBMITTED)));
        try (CiscoSparkAPI api = api()) {
            api.attachmentActions().create(a -> a.messageId("MSG").inputs(Map.of("count", 3, "agree", true,
                    "tags", List.of("a", "b"), "nested", Map.of("x", 1.5))));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/attachment/actions")).withRequestBody(equalToJson("""
                {"type": "submit", "messageId": "MSG",
                 "inputs": {"count": 3, "agree": true, "tags": ["a", "b"], "nested": {"x": 1.5}}}""")));
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/attachment/actions/AA")).willReturn(okJson(SUBMITTED)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.attachmentActions().get("AA").inputs()).containsEntry("choice", "yes");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/attachment/actions/AA")));
    }

    @Test
    void badArgumentsFailBeforeSendingNamingTheParameter() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.attachmentActions().create(null, Map.of()))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("messageId");
            assertThatThrownBy(() -> api.attachmentActions().create("MSG", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("inputs");
            assertThatThrownBy(() -> api.attachmentActions().create(a -> a.inputs(Map.of())))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("messageId");
            assertThatThrownBy(() -> api.attachmentActions().create(a -> a.messageId("MSG")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("inputs");
            assertThatThrownBy(() -> api.attachmentActions().create(a -> a.messageId("MSG").field("inputs", "yes")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputs");
            assertThatThrownBy(() -> api.attachmentActions().create(a -> a.messageId("MSG").inputs(Map.of())
                    .field("type", "cancel")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type")
                    .hasMessageContaining("submit");
            assertThatThrownBy(() -> api.attachmentActions().create("MSG", Map.of("when", new Object())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("when");
            assertThatThrownBy(() -> api.attachmentActions().get(".."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actionId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
