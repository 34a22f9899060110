package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.BOB;
import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.MSG;
import static io.ciscosparkapi.model.Fixtures.ROOM;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MessageTest {

    /** The example of the API reference, section 2.4. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<MSG>", "roomId": "<ROOM>", "roomType": "group",
             "text": "Bob, the build is green.", "markdown": "<@personEmail:bob@example.com>, the build is **green**.",
             "html": "<p><spark-mention data-object-type=\\"person\\" data-object-id=\\"<BOB>\\">Bob</spark-mention>, the build is <strong>green</strong>.</p>",
             "personId": "<ME>", "personEmail": "alice@example.com", "mentionedPeople": ["<BOB>"],
             "created": "2018-05-28T11:05:00.000Z"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Message message = readDocumented(SPEC_EXAMPLE, Message::new, Message.class);

        assertThat(message.id()).isEqualTo(MSG);
        assertThat(message.roomId()).isEqualTo(ROOM);
        assertThat(message.roomType()).isEqualTo(RoomType.GROUP);
        assertThat(message.text()).isEqualTo("Bob, the build is green.");
        assertThat(message.markdown()).isEqualTo("<@personEmail:bob@example.com>, the build is **green**.");
        assertThat(message.html()).isEqualTo("<p><spark-mention data-object-type=\"person\" data-object-id=\"" + BOB
                + "\">Bob</spark-mention>, the build is <strong>green</strong>.</p>");
        assertThat(message.personId()).isEqualTo(ME);
        assertThat(message.personEmail()).isEqualTo("alice@example.com");
        assertThat(message.mentionedPeople()).containsExactly(BOB);
        assertThat(message.created()).isEqualTo(Instant.parse("2018-05-28T11:05:00Z"));
        assertThat(message.files()).isEmpty();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.mentionedGroups()).isEmpty();
        assertThat(message.parentId()).isNull();
        assertThat(message.updated()).isNull();
    }

    @Test
    void v2FieldsReadIntoTypedGetters() {
        Message message = readDocumented(FullExamples.MESSAGE, Message::new, Message.class);

        assertThat(message.parentId()).isEqualTo("Y2lzY29zcGFyazovL3VzL01FU1NBR0UvcGFyZW50");
        assertThat(message.roomType()).isEqualTo(RoomType.DIRECT);
        assertThat(message.toPersonId()).isEqualTo(BOB);
        assertThat(message.toPersonEmail()).isEqualTo("bob@example.com");
        assertThat(message.files()).containsExactly("https://webexapis.com/v1/contents/abc");
        assertThat(message.mentionedGroups()).containsExactly("all");
        assertThat(message.updated()).isEqualTo(Instant.parse("2018-05-28T11:06:00Z"));
        assertThat(message.isVoiceClip()).isFalse();
    }

    @Test
    void attachmentsReadAsCardsWithTheirContent() {
        Message message = new Message(map(FullExamples.MESSAGE));

        assertThat(message.attachments()).singleElement().satisfies(card -> {
            assertThat(card.contentType()).isEqualTo("application/vnd.microsoft.card.adaptive");
            assertThat(card.content()).containsEntry("type", "AdaptiveCard").containsEntry("version", "1.0");
            assertThat(card.content().get("body"))
                    .isEqualTo(List.of(Map.of("type", "TextBlock", "text", "Hi")));
        });
    }

    @Test
    void cardContentCannotBeModified() {
        Message.Attachment card = new Message(map(FullExamples.MESSAGE)).attachments().get(0);

        assertThatThrownBy(() -> card.content().put("type", "Other"))
                .isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> body = (List<Object>) card.content().get("body");
        assertThatThrownBy(() -> body.add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownFieldOfAnAttachmentIsNamedWithItsPath() {
        Message message = new Message(map("""
                {"id": "m", "attachments": [{"contentType": "x", "content": {"anything": 1}, "id": "att-1"}]}
                """));

        assertThat(message.unknownFields()).containsExactly("attachments.id");
    }

    @Test
    void legacySingularFileFieldIsNotAKnownField() {
        Message message = new Message(Map.of("id", "m", "file", "https://example.com/f"));

        assertThat(message.unknownFields()).containsExactly("file");
        assertThat(message.get("file")).isEqualTo("https://example.com/f");
    }
}
