package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The submission of a card by a user, as returned by the {@code attachment/actions} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class AttachmentAction extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "type", "messageId", "inputs", "personId", "roomId", "created");

    /**
     * Creates an attachment action from its JSON object as the API returns it; Jackson reads it through this
     * constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AttachmentAction(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the attachment action (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the kind of action; {@code submit} (JSON field {@code type}).
     *
     * @return the value; null when absent
     */
    public String type() {
        return string("type");
    }

    /**
     * Returns the id of the message that carries the card (JSON field {@code messageId}).
     *
     * @return the value; null when absent
     */
    public String messageId() {
        return string("messageId");
    }

    /**
     * Returns the values of the card inputs, by input id (JSON field {@code inputs}).
     *
     * @return the JSON object, deeply unmodifiable and in the server's order; null when absent
     */
    public Map<String, Object> inputs() {
        return object("inputs");
    }

    /**
     * Returns the person id of whoever submitted the card (JSON field {@code personId}).
     *
     * @return the value; null when absent
     */
    public String personId() {
        return string("personId");
    }

    /**
     * Returns the id of the room of the message (JSON field {@code roomId}).
     *
     * @return the value; null when absent
     */
    public String roomId() {
        return string("roomId");
    }

    /**
     * Returns when the card was submitted (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }
}
