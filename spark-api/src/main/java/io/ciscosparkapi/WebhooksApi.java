package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookStatus;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Webhooks: the {@code webhooks} endpoints. Obtain it from {@link CiscoSparkAPI#webhooks()}.
 * Thread-safe.
 */
public final class WebhooksApi {

    private static final String PATH = "webhooks";

    private final Session session;

    WebhooksApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's webhooks.
     *
     * @return a lazy listing
     */
    public PagedIterable<Webhook> list() {
        return session.list(listCall());
    }

    static ListCall<Webhook> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists webhooks with parameters, e.g. {@code list(q -> q.ownedBy("org"))}.
     *
     * @param query sets the parameters
     * @return a lazy listing
     */
    public PagedIterable<Webhook> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Webhook> listCall(Consumer<ListQuery> query) {
        return new ListCall<>(PATH, Arguments.apply(new ListQuery(), query).params(), Webhook::new);
    }

    /**
     * Registers a webhook, e.g.
     * {@code create(w -> w.name("bot").targetUrl(url).resource("messages").event("created").filter("roomId=" + id))}.
     *
     * @param request sets the fields; {@code name}, {@code targetUrl}, {@code resource} and
     *     {@code event} are required
     * @return the new webhook
     */
    public Webhook create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<Webhook> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        for (String name : new String[] {"name", "targetUrl", "resource", "event"}) {
            Arguments.requiredText(r.fieldValue(name), name);
        }
        return Call.post(PATH, r.fields(), Webhook::new);
    }

    /**
     * Gets one webhook.
     *
     * @param webhookId the webhook's id
     * @return the webhook
     */
    public Webhook get(String webhookId) {
        return session.execute(getCall(webhookId));
    }

    static Call<Webhook> getCall(String webhookId) {
        return Call.get(Urls.path(PATH, Arguments.id(webhookId, "webhookId")), Map.of(), Webhook::new);
    }

    /**
     * Updates a webhook, e.g. {@code update(id, w -> w.name(n).targetUrl(u).status(WebhookStatus.ACTIVE))}.
     * Its resource, event and filter cannot change.
     *
     * @param webhookId the webhook's id
     * @param request sets the fields; {@code name} and {@code targetUrl} are required
     * @return the updated webhook
     */
    public Webhook update(String webhookId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(webhookId, request));
    }

    static Call<Webhook> updateCall(String webhookId, Consumer<UpdateRequest> request) {
        Arguments.id(webhookId, "webhookId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        Arguments.requiredText(r.fieldValue("name"), "name");
        Arguments.requiredText(r.fieldValue("targetUrl"), "targetUrl");
        return Call.put(Urls.path(PATH, webhookId), r.fields(), Webhook::new);
    }

    /**
     * Deletes a webhook.
     *
     * @param webhookId the webhook's id
     */
    public void delete(String webhookId) {
        session.execute(deleteCall(webhookId));
    }

    static Call<Void> deleteCall(String webhookId) {
        return Call.delete(Urls.path(PATH, Arguments.id(webhookId, "webhookId")));
    }

    /** Parameters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * Lists the organization's webhooks with {@code "org"} (admins; newer API generation).
         *
         * @param ownedBy {@code creator} or {@code org}
         * @return this query
         */
        public ListQuery ownedBy(String ownedBy) {
            return param("ownedBy", ownedBy);
        }
    }

    /** Fields shared by registering and updating a webhook. */
    abstract static class WebhookFields<S extends WebhookFields<S>> extends BodyBuilder<S> {
        WebhookFields() {
        }

        /**
         * The webhook's name.
         *
         * @param name the name
         * @return this request
         */
        public S name(String name) {
            return field("name", name);
        }

        /**
         * The URL that receives the events.
         *
         * @param targetUrl the URL
         * @return this request
         */
        public S targetUrl(String targetUrl) {
            return field("targetUrl", targetUrl);
        }

        /**
         * The secret that signs deliveries ({@code X-Spark-Signature}).
         *
         * @param secret the secret
         * @return this request
         */
        public S secret(String secret) {
            return field("secret", secret);
        }

        /**
         * Who owns the webhook: {@code creator} (the default) or {@code org} (newer API
         * generation).
         *
         * @param ownedBy {@code creator} or {@code org}
         * @return this request
         */
        public S ownedBy(String ownedBy) {
            return field("ownedBy", ownedBy);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends WebhookFields<CreateRequest> {
        CreateRequest() {
        }

        /**
         * The resource to watch: {@code messages}, {@code memberships}, {@code rooms},
         * {@code attachmentActions} or {@code all}.
         *
         * @param resource the resource
         * @return this request
         */
        public CreateRequest resource(String resource) {
            return field("resource", resource);
        }

        /**
         * The event to watch: {@code created}, {@code updated}, {@code deleted} or {@code all}.
         *
         * @param event the event
         * @return this request
         */
        public CreateRequest event(String event) {
            return field("event", event);
        }

        /**
         * Narrows the events: {@code key=value} pairs joined by {@code &}, e.g.
         * {@code roomId=...&mentionedPeople=me}.
         *
         * @param filter the filter
         * @return this request
         */
        public CreateRequest filter(String filter) {
            return field("filter", filter);
        }
    }

    /** Fields of {@link #update(String, Consumer)}. */
    public static final class UpdateRequest extends WebhookFields<UpdateRequest> {
        UpdateRequest() {
        }

        /**
         * The webhook's status; {@link WebhookStatus#ACTIVE} re-enables a disabled webhook.
         *
         * @param status the status
         * @return this request
         * @throws IllegalArgumentException for {@link WebhookStatus#UNKNOWN}, which has no wire value
         */
        public UpdateRequest status(WebhookStatus status) {
            if (status == WebhookStatus.UNKNOWN) {
                throw new IllegalArgumentException("status UNKNOWN cannot be sent; use ACTIVE or INACTIVE");
            }
            return field("status", status);
        }
    }
}
