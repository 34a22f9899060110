package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.APP;
import static io.ciscosparkapi.model.Fixtures.BOB;
import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.MEMB;
import static io.ciscosparkapi.model.Fixtures.MSG;
import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.ROOM;
import static io.ciscosparkapi.model.Fixtures.WH;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookEventTest {

    /** The example delivery of the API reference, section 3.1. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<WH>", "name": "New messages in Project Unicorn", "targetUrl": "https://bot.example.com/spark/events",
             "resource": "messages", "event": "created", "filter": "roomId=<ROOM>",
             "orgId": "<ORG>", "createdBy": "<ME>", "appId": "<APP>", "ownedBy": "creator", "status": "active",
             "created": "2018-05-28T11:10:00.000Z", "actorId": "<BOB>",
             "data": {"id": "<MSG>", "roomId": "<ROOM>", "roomType": "group", "personId": "<BOB>",
                      "personEmail": "bob@example.com", "mentionedPeople": ["<ME>"], "created": "2018-05-28T11:12:00.000Z"}}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        WebhookEvent event = readDocumented(SPEC_EXAMPLE, WebhookEvent::new, WebhookEvent.class);

        assertThat(event.id()).isEqualTo(WH);
        assertThat(event.name()).isEqualTo("New messages in Project Unicorn");
        assertThat(event.targetUrl()).isEqualTo("https://bot.example.com/spark/events");
        assertThat(event.resource()).isEqualTo("messages");
        assertThat(event.event()).isEqualTo("created");
        assertThat(event.filter()).isEqualTo("roomId=" + ROOM);
        assertThat(event.orgId()).isEqualTo(ORG);
        assertThat(event.createdBy()).isEqualTo(ME);
        assertThat(event.appId()).isEqualTo(APP);
        assertThat(event.ownedBy()).isEqualTo("creator");
        assertThat(event.status()).isEqualTo(WebhookStatus.ACTIVE);
        assertThat(event.created()).isEqualTo(Instant.parse("2018-05-28T11:10:00Z"));
        assertThat(event.actorId()).isEqualTo(BOB);
        assertThat(event.data()).containsEntry("id", MSG).containsEntry("personEmail", "bob@example.com");
    }

    @Test
    void dataReadsAsATypedModel() {
        WebhookEvent event = new WebhookEvent(map(SPEC_EXAMPLE));

        Message message = event.data(Message::new);

        assertThat(message.id()).isEqualTo(MSG);
        assertThat(message.roomType()).isEqualTo(RoomType.GROUP);
        assertThat(message.mentionedPeople()).containsExactly(ME);
        assertThat(message.created()).isEqualTo(Instant.parse("2018-05-28T11:12:00Z"));
        assertThat(message.text()).as("deliveries never carry the text").isNull();
        assertThat(message.unknownFields()).isEmpty();
    }

    @Test
    void membershipDataReadsAsAMembership() {
        WebhookEvent event = new WebhookEvent(map(FullExamples.WEBHOOK_EVENT));

        assertThat(event.data(Membership::new).id()).isEqualTo(MEMB);
    }

    @Test
    void typedDataIsNullWhenDataIsAbsentOrNotAnObject() {
        assertThat(new WebhookEvent(Map.of("id", WH)).data(Message::new)).isNull();
        assertThat(new WebhookEvent(Map.of("id", WH, "data", "oops")).data(Message::new)).isNull();
        assertThat(new WebhookEvent(Map.of("id", WH)).data()).isNull();
    }

    @Test
    void typedDataNeedsAType() {
        WebhookEvent event = new WebhookEvent(map(SPEC_EXAMPLE));

        assertThatNullPointerException().isThrownBy(() -> event.data(null)).withMessageContaining("type");
    }
}
