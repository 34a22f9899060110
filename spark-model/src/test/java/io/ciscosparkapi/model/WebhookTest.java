package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.APP;
import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.ROOM;
import static io.ciscosparkapi.model.Fixtures.WH;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookTest {

    /** The example of the API reference, section 2.7. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<WH>", "name": "New messages in Project Unicorn", "targetUrl": "https://bot.example.com/spark/events",
             "resource": "messages", "event": "created", "filter": "roomId=<ROOM>", "secret": "s3cr3t-example",
             "status": "active", "created": "2018-05-28T11:10:00.000Z", "orgId": "<ORG>", "createdBy": "<ME>",
             "appId": "<APP>", "ownedBy": "creator"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Webhook webhook = readDocumented(SPEC_EXAMPLE, Webhook::new, Webhook.class);

        assertThat(webhook.id()).isEqualTo(WH);
        assertThat(webhook.name()).isEqualTo("New messages in Project Unicorn");
        assertThat(webhook.targetUrl()).isEqualTo("https://bot.example.com/spark/events");
        assertThat(webhook.resource()).isEqualTo("messages");
        assertThat(webhook.event()).isEqualTo("created");
        assertThat(webhook.filter()).isEqualTo("roomId=" + ROOM);
        assertThat(webhook.secret()).isEqualTo("s3cr3t-example");
        assertThat(webhook.status()).isEqualTo(WebhookStatus.ACTIVE);
        assertThat(webhook.created()).isEqualTo(Instant.parse("2018-05-28T11:10:00Z"));
        assertThat(webhook.orgId()).isEqualTo(ORG);
        assertThat(webhook.createdBy()).isEqualTo(ME);
        assertThat(webhook.appId()).isEqualTo(APP);
        assertThat(webhook.ownedBy()).isEqualTo("creator");
    }

    @Test
    void disabledWebhookReadsAsInactive() {
        assertThat(new Webhook(Map.of("status", "inactive")).status()).isEqualTo(WebhookStatus.INACTIVE);
    }

    @Test
    void filterAndSecretAreNullWhenNotSet() {
        Webhook webhook = new Webhook(Map.of("id", WH, "resource", "all", "event", "all"));

        assertThat(webhook.filter()).isNull();
        assertThat(webhook.secret()).isNull();
    }
}
