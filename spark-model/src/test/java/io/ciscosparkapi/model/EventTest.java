package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.APP;
import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.MEMB;
import static io.ciscosparkapi.model.Fixtures.MSG;
import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.ROOM;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EventTest {

    /** The example of the API reference, section 2.11. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "Y2lzY29zcGFyazovL3VzL0VWRU5UL2FhYWFhYWFhLWFhYWEtNGJiYi04Y2NjLTAwMDAwMDAwMDAwMQ", "resource": "messages",
             "type": "created", "appId": "<APP>", "actorId": "<ME>", "orgId": "<ORG>", "created": "2018-05-28T11:05:00.000Z",
             "data": {"id": "<MSG>", "roomId": "<ROOM>", "roomType": "group", "text": "Bob, the build is green.",
                      "personId": "<ME>", "personEmail": "alice@example.com", "created": "2018-05-28T11:05:00.000Z"}}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Event event = readDocumented(SPEC_EXAMPLE, Event::new, Event.class);

        assertThat(event.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL0VWRU5UL2FhYWFhYWFhLWFhYWEtNGJiYi04Y2NjLTAwMDAwMDAwMDAwMQ");
        assertThat(event.resource()).isEqualTo("messages");
        assertThat(event.type()).isEqualTo("created");
        assertThat(event.appId()).isEqualTo(APP);
        assertThat(event.actorId()).isEqualTo(ME);
        assertThat(event.orgId()).isEqualTo(ORG);
        assertThat(event.created()).isEqualTo(Instant.parse("2018-05-28T11:05:00Z"));
        assertThat(event.data()).containsEntry("text", "Bob, the build is green.").hasSize(7);
    }

    @Test
    void messageSnapshotReadsAsATypedMessage() {
        Message message = new Event(map(SPEC_EXAMPLE)).data(Message::new);

        assertThat(message.id()).isEqualTo(MSG);
        assertThat(message.roomId()).isEqualTo(ROOM);
        assertThat(message.text()).isEqualTo("Bob, the build is green.");
        assertThat(message).isEqualTo(new Message(new Event(map(SPEC_EXAMPLE)).data()));
    }

    @Test
    void deletionSnapshotKeepsOnlyIds() {
        Event event = readDocumented(FullExamples.EVENT, Event::new, Event.class);

        assertThat(event.type()).isEqualTo("deleted");
        assertThat(event.data(Membership::new).id()).isEqualTo(MEMB);
        assertThat(event.data(Membership::new).personId()).isNull();
    }

    @Test
    void typedDataIsNullWhenDataIsAbsent() {
        assertThat(new Event(Map.of("id", "e")).data(Message::new)).isNull();
    }
}
