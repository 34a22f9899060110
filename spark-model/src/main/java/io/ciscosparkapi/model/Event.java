package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A compliance event: a record of an action taken on a resource, as returned by the {@code events} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Event extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "resource", "type", "appId", "actorId", "orgId", "created", "data");

    /**
     * Creates an event from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Event(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the event (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the kind of resource acted on, such as {@code messages} or {@code memberships} (JSON field
     * {@code resource}).
     *
     * @return the value; null when absent
     */
    public String resource() {
        return string("resource");
    }

    /**
     * Returns the action, such as {@code created}, {@code updated} or {@code deleted} (JSON field {@code type}).
     *
     * @return the value; null when absent
     */
    public String type() {
        return string("type");
    }

    /**
     * Returns the id of the application that acted (JSON field {@code appId}).
     *
     * @return the value; null when absent
     */
    public String appId() {
        return string("appId");
    }

    /**
     * Returns the person id of whoever acted (JSON field {@code actorId}).
     *
     * @return the value; null when absent
     */
    public String actorId() {
        return string("actorId");
    }

    /**
     * Returns the organization id of whoever acted (JSON field {@code orgId}).
     *
     * @return the value; null when absent
     */
    public String orgId() {
        return string("orgId");
    }

    /**
     * Returns when the event happened (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /**
     * Returns the snapshot of the resource at the time of the event, holding only ids for deletions (JSON field
     * {@code data}).
     *
     * @return the JSON object, deeply unmodifiable and in the server's order; null when absent
     */
    public Map<String, Object> data() {
        return object("data");
    }

    /**
     * Returns the affected object as a typed model, for example {@code event.data(Message::new)}.
     *
     * @param <T> the model type
     * @param type makes the model from the JSON object in {@code data}, for example {@code Message::new}; not null
     * @return the model, or null when {@code data} is absent or not a JSON object
     * @throws NullPointerException if {@code type} is null
     */
    public <T> T data(Function<Map<String, Object>, T> type) {
        return object("data", type);
    }
}
