package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A message posted in a room, as returned by the {@code messages} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Message extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "parentId", "roomId", "roomType", "toPersonId", "toPersonEmail", "text", "markdown", "html",
            "files", "personId", "personEmail", "mentionedPeople", "mentionedGroups", "attachments", "created",
            "updated", "isVoiceClip");

    private static final Map<String, Function<Map<String, Object>, ? extends SparkObject>> NESTED = Map.of(
            "attachments", Attachment::new);

    /**
     * Creates a message from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Message(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the message (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the id of the thread parent, present only on replies (JSON field {@code parentId}).
     *
     * @return the value; null when absent
     */
    public String parentId() {
        return string("parentId");
    }

    /**
     * Returns the id of the room the message was posted in (JSON field {@code roomId}).
     *
     * @return the value; null when absent
     */
    public String roomId() {
        return string("roomId");
    }

    /**
     * Returns the type of the room the message was posted in (JSON field {@code roomType}).
     *
     * @return the value; null when absent; {@link RoomType#UNKNOWN} for a value this version does not know
     */
    public RoomType roomType() {
        return RoomType.of(string("roomType"));
    }

    /**
     * Returns the person id of the recipient, present on direct messages sent by person id (JSON field
     * {@code toPersonId}).
     *
     * @return the value; null when absent
     */
    public String toPersonId() {
        return string("toPersonId");
    }

    /**
     * Returns the email address of the recipient, present on direct messages sent by email (JSON field
     * {@code toPersonEmail}).
     *
     * @return the value; null when absent
     */
    public String toPersonEmail() {
        return string("toPersonEmail");
    }

    /**
     * Returns the plain text of the message (JSON field {@code text}).
     *
     * @return the value; null when absent
     */
    public String text() {
        return string("text");
    }

    /**
     * Returns the Markdown of the message, present only when it was sent as Markdown (JSON field {@code markdown}).
     *
     * @return the value; null when absent
     */
    public String markdown() {
        return string("markdown");
    }

    /**
     * Returns the HTML the server rendered for the message (JSON field {@code html}).
     *
     * @return the value; null when absent
     */
    public String html() {
        return string("html");
    }

    /**
     * Returns the content URLs of the files of the message (JSON field {@code files}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> files() {
        return strings("files");
    }

    /**
     * Returns the person id of the author (JSON field {@code personId}).
     *
     * @return the value; null when absent
     */
    public String personId() {
        return string("personId");
    }

    /**
     * Returns the email address of the author (JSON field {@code personEmail}).
     *
     * @return the value; null when absent
     */
    public String personEmail() {
        return string("personEmail");
    }

    /**
     * Returns the person ids of the people the message mentions (JSON field {@code mentionedPeople}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> mentionedPeople() {
        return strings("mentionedPeople");
    }

    /**
     * Returns the groups the message mentions, such as {@code all} (JSON field {@code mentionedGroups}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> mentionedGroups() {
        return strings("mentionedGroups");
    }

    /**
     * Returns the cards attached to the message (JSON field {@code attachments}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<Attachment> attachments() {
        return objects("attachments", Attachment::new);
    }

    /**
     * Returns when the message was posted (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /**
     * Returns when the message was last edited, present only after an edit (JSON field {@code updated}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant updated() {
        return instant("updated");
    }

    /**
     * Returns whether the message is a voice clip (JSON field {@code isVoiceClip}).
     *
     * @return the value; null when absent
     */
    public Boolean isVoiceClip() {
        return bool("isVoiceClip");
    }

    /**
     * Returns the names of the fields present that this model does not document, including those of its nested
     * attachments (named {@code field.inner}).
     *
     * @return the unknown field names in the server's order, unmodifiable; empty when every field is known
     */
    @Override
    public Set<String> unknownFields() {
        return unknownFieldsWith(NESTED);
    }

    /**
     * A card attached to a message (an item of {@link Message#attachments()}).
     *
     * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the
     * whole object. Instances are immutable and thread-safe.
     */
    public static final class Attachment extends SparkObject {

        private static final Set<String> FIELDS = Set.of(
                "contentType", "content");

        /**
         * Creates an attachment from its JSON object as the API returns it; Jackson reads it through this
         * constructor.
         *
         * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
         * @throws NullPointerException if {@code json} is null
         * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Attachment(Map<String, Object> json) {
            super(json, FIELDS);
        }

        /**
         * Returns the content type of the card, such as {@code application/vnd.microsoft.card.adaptive} (JSON field
         * {@code contentType}).
         *
         * @return the value; null when absent
         */
        public String contentType() {
            return string("contentType");
        }

        /**
         * Returns the card itself, such as an Adaptive Card JSON object (JSON field {@code content}).
         *
         * @return the JSON object, deeply unmodifiable and in the server's order; null when absent
         */
        public Map<String, Object> content() {
            return object("content");
        }
    }
}
