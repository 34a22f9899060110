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
import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhooksApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example webhook (§2.7). */
    static final String UNICORN_HOOK = """
            {"id": "WH", "name": "New messages in Project Unicorn", "targetUrl": "https://bot.example.com/spark/events",
             "resource": "messages", "event": "created", "filter": "roomId=ROOM", "secret": "s3cr3t-example",
             "status": "active", "created": "2018-05-28T11:10:00.000Z", "orgId": "ORG", "createdBy": "ME",
             "appId": "APP", "ownedBy": "creator"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/webhooks")).willReturn(okJson("{\"items\": [" + UNICORN_HOOK + "]}")));
        try (CiscoSparkAPI api = api()) {
            Webhook w = api.webhooks().list().toList().get(0);
            assertThat(w.id()).isEqualTo("WH");
            assertThat(w.name()).isEqualTo("New messages in Project Unicorn");
            assertThat(w.targetUrl()).isEqualTo("https://bot.example.com/spark/events");
            assertThat(w.resource()).isEqualTo("messages");
            assertThat(w.event()).isEqualTo("created");
            assertThat(w.filter()).isEqualTo("roomId=ROOM");
            assertThat(w.secret()).isEqualTo("s3cr3t-example");
            assertThat(w.status()).isEqualTo(WebhookStatus.ACTIVE);
            assertThat(w.created()).isEqualTo(Instant.parse("2018-05-28T11:10:00Z"));
            assertThat(w.orgId()).isEqualTo("ORG");
            assertThat(w.createdBy()).isEqualTo("ME");
            assertThat(w.appId()).isEqualTo("APP");
            assertThat(w.ownedBy()).isEqualTo("creator");
        }
    }

    @Test
    void listOwnedByTheOrgSendsOwnedByAndMax() {
        spark.stubFor(get(urlPathEqualTo("/v1/webhooks")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.webhooks().list(q -> q.ownedBy("org").max(20)).toList()).isEmpty();
        }
        SentRequests.assertGetQuery(spark, "/v1/webhooks", Map.of("ownedBy", "org", "max", "20"));
    }

    @Test
    void createPostsEveryField() {
        spark.stubFor(post(urlEqualTo("/v1/webhooks")).willReturn(okJson(UNICORN_HOOK)));
        try (CiscoSparkAPI api = api()) {
            Webhook w = api.webhooks().create(c -> c.name("New messages in Project Unicorn")
                    .targetUrl("https://bot.example.com/spark/events").resource("messages").event("created")
                    .filter("roomId=ROOM").secret("s3cr3t-example").ownedBy("creator"));
            assertThat(w.id()).isEqualTo("WH");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/webhooks")).withRequestBody(equalToJson("""
                {"name": "New messages in Project Unicorn", "targetUrl": "https://bot.example.com/spark/events",
                 "resource": "messages", "event": "created", "filter": "roomId=ROOM", "secret": "s3cr3t-example",
                 "ownedBy": "creator"}""", false, false)));
    }

    @Test
    void createWithOnlyTheRequiredFieldsSendsOnlyThose() {
        spark.stubFor(post(urlEqualTo("/v1/webhooks")).willReturn(okJson(UNICORN_HOOK)));
        try (CiscoSparkAPI api = api()) {
            api.webhooks().create(c -> c.name("all").targetUrl("https://bot.example.com/all").resource("all").event("all"));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/webhooks")).withRequestBody(equalToJson(
                "{\"name\": \"all\", \"targetUrl\": \"https://bot.example.com/all\", \"resource\": \"all\", \"event\": \"all\"}",
                false, false)));
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/webhooks/WH")).willReturn(okJson(UNICORN_HOOK)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.webhooks().get("WH").filter()).isEqualTo("roomId=ROOM");
        }
    }

    @Test
    void updatePutsNameTargetSecretOwnerAndStatus() {
        spark.stubFor(put(urlEqualTo("/v1/webhooks/WH")).willReturn(okJson(UNICORN_HOOK)));
        try (CiscoSparkAPI api = api()) {
            api.webhooks().update("WH", u -> u.name("renamed").targetUrl("https://bot.example.com/v2")
                    .secret("new-secret").ownedBy("creator").status(WebhookStatus.ACTIVE));
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/webhooks/WH")).withRequestBody(equalToJson("""
                {"name": "renamed", "targetUrl": "https://bot.example.com/v2", "secret": "new-secret",
                 "ownedBy": "creator", "status": "active"}""", false, false)));
    }

    @Test
    void deleteSendsDelete() {
        spark.stubFor(delete(urlEqualTo("/v1/webhooks/WH")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            api.webhooks().delete("WH");
        }
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/webhooks/WH")));
    }

    @Test
    void missingRequiredFieldsAndIdsFailBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.webhooks().create(c -> c.name("n").targetUrl("https://x").resource("messages")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("event");
            assertThatThrownBy(() -> api.webhooks().create(c -> c.targetUrl("https://x").resource("messages").event("created")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> api.webhooks().create(c -> c.name("n").targetUrl(" ").resource("messages").event("created")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetUrl");
            assertThatThrownBy(() -> api.webhooks().update("WH", u -> u.name("n")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("targetUrl");
            assertThatThrownBy(() -> api.webhooks().update("WH", u -> u.name("n").targetUrl("https://x")
                    .status(WebhookStatus.UNKNOWN)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
            assertThatThrownBy(() -> api.webhooks().update(null, u -> u.name("n").targetUrl("https://x")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("webhookId");
            assertThatThrownBy(() -> api.webhooks().get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhookId");
            assertThatThrownBy(() -> api.webhooks().delete(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("webhookId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
