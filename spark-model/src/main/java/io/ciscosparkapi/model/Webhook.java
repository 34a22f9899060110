package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A webhook: a registration that makes the service POST events to a URL, as returned by the {@code webhooks}
 * endpoints.
 *
 * <p>The events it delivers are modelled by {@link WebhookEvent}. Fields that a newer server adds are kept: read them
 * with {@link #get(String)}; {@link #json()} gives the whole object. Instances are immutable and thread-safe.
 */
public final class Webhook extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "name", "targetUrl", "resource", "event", "filter", "secret", "status", "created", "orgId",
            "createdBy", "appId", "ownedBy");

    /**
     * Creates a webhook from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Webhook(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the webhook (JSON field {@code id}).
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
     * Returns the URL that receives the events (JSON field {@code targetUrl}).
     *
     * @return the value; null when absent
     */
    public String targetUrl() {
        return string("targetUrl");
    }

    /**
     * Returns the resource the webhook watches, such as {@code messages}, {@code memberships}, {@code rooms},
     * {@code attachmentActions} or {@code all} (JSON field {@code resource}).
     *
     * @return the value; null when absent
     */
    public String resource() {
        return string("resource");
    }

    /**
     * Returns the event the webhook watches, such as {@code created}, {@code updated}, {@code deleted} or {@code all}
     * (JSON field {@code event}).
     *
     * @return the value; null when absent
     */
    public String event() {
        return string("event");
    }

    /**
     * Returns the filter of the webhook ({@code key=value} pairs joined by {@code &}), present only when set (JSON
     * field {@code filter}).
     *
     * @return the value; null when absent
     */
    public String filter() {
        return string("filter");
    }

    /**
     * Returns the secret used to sign deliveries, present only when set (JSON field {@code secret}).
     *
     * @return the value; null when absent
     */
    public String secret() {
        return string("secret");
    }

    /**
     * Returns whether the webhook is active or was disabled (JSON field {@code status}).
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
     * Returns the organization id of the creator (JSON field {@code orgId}).
     *
     * @return the value; null when absent
     */
    public String orgId() {
        return string("orgId");
    }

    /**
     * Returns the person id of the creator (JSON field {@code createdBy}).
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
}
