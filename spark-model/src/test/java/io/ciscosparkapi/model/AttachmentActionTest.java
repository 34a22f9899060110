package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.AA;
import static io.ciscosparkapi.model.Fixtures.BOB;
import static io.ciscosparkapi.model.Fixtures.MSG;
import static io.ciscosparkapi.model.Fixtures.ROOM;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AttachmentActionTest {

    /** The example of the API reference, section 2.13. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<AA>", "type": "submit", "messageId": "<MSG>", "inputs": {"choice": "yes", "comment": "ship it"},
             "personId": "<BOB>", "roomId": "<ROOM>", "created": "2020-02-01T08:00:00.000Z"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        AttachmentAction action = readDocumented(SPEC_EXAMPLE, AttachmentAction::new, AttachmentAction.class);

        assertThat(action.id()).isEqualTo(AA);
        assertThat(action.type()).isEqualTo("submit");
        assertThat(action.messageId()).isEqualTo(MSG);
        assertThat(action.inputs()).isEqualTo(Map.of("choice", "yes", "comment", "ship it"));
        assertThat(action.inputs().keySet()).containsExactly("choice", "comment");
        assertThat(action.personId()).isEqualTo(BOB);
        assertThat(action.roomId()).isEqualTo(ROOM);
        assertThat(action.created()).isEqualTo(Instant.parse("2020-02-01T08:00:00Z"));
    }
}
