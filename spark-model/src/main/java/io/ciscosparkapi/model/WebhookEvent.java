package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * An event delivered by a webhook: the JSON body that the service POSTs to the target URL, holding the properties of
 * the webhook, the trigger and the affected object.
 *
 * <p>For messages, {@link #data()} never holds the text: fetch the message by its id. Fields that a newer server adds
 * are kept: read them with {@link #get(String)}; {@link #json()} gives the whole object. Instances are immutable and
 * thread-safe.
 */
public final class WebhookEvent extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "name", "targetUrl", "resource", "event", "filter", "orgId", "createdBy", "appId", "ownedBy",
            "status", "created", "actorId", "data");

    /**
     * Creates a webhook event from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WebhookEvent(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the id of the webhook that fired, not an event id (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the name of the webhook (JSON field {@code name}).
     *
     * @return the value; null when absent
     */
    public String name() {
        return string("name");
    }

    /**
     * Returns the target URL of the webhook (JSON field {@code targetUrl}).
     *
     * @return the value; null when absent
     */
    public String targetUrl() {
        return string("targetUrl");
    }

    /**
     * Returns the resource the event is about, such as {@code messages}, {@code memberships}, {@code rooms} or
     * {@code attachmentActions} (JSON field {@code resource}).
     *
     * @return the value; null when absent
     */
    public String resource() {
        return string("resource");
    }

    /**
     * Returns what happened, such as {@code created}, {@code updated} or {@code deleted} (JSON field {@code event}).
     *
     * @return the value; null when absent
     */
    public String event() {
        return string("event");
    }

    /**
     * Returns the filter of the webhook, present only when it has one (JSON field {@code filter}).
     *
     * @return the value; null when absent
     */
    public String filter() {
        return string("filter");
    }

    /**
     * Returns the organization id of the webhook's creator (JSON field {@code orgId}).
     *
     * @return the value; null when absent
     */
    public String orgId() {
        return string("orgId");
    }

    /**
     * Returns the person id of the webhook's creator (JSON field {@code createdBy}).
     *
     * @return the value; null when absent
     */
    public String createdBy() {
        return string("createdBy");
    }

    /**
     * Returns the id of the application that created the webhook (JSON field {@code appId}).
     *
     * @return the value; null when absent
     */
    public String appId() {
        return string("appId");
    }

    /**
     * Returns who owns the webhook: {@code creator} or {@code org} (JSON field {@code ownedBy}).
     *
     * @return the value; null when absent
     */
    public String ownedBy() {
        return string("ownedBy");
    }

    /**
     * Returns the status of the webhook (JSON field {@code status}).
     *
     * @return the value; null when absent; {@link WebhookStatus#UNKNOWN} for a value this version does not know
     */
    public WebhookStatus status() {
        return WebhookStatus.of(string("status"));
    }

    /**
     * Returns when the webhook was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /**
     * Returns the person id of whoever caused the event (JSON field {@code actorId}).
     *
     * @return the value; null when absent
     */
    public String actorId() {
        return string("actorId");
    }

    /**
     * Returns the affected object, reduced to its ids and a few fields (JSON field {@code data}).
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
