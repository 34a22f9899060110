package io.ciscosparkapi;

import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookStatus;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link WebhooksApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#webhooks()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncWebhooksApi {

    private final Session session;

    AsyncWebhooksApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's webhooks. The async twin of {@link WebhooksApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Webhook> list() {
        return session.listAsync(WebhooksApi.listCall());
    }

    /**
     * Lists webhooks with parameters, e.g. {@code list(q -> q.ownedBy("org"))}. The async twin of
     * {@link WebhooksApi#list(Consumer)}.
     *
     * @param query sets the parameters
     * @return an async listing
     */
    public AsyncPagedIterable<Webhook> list(Consumer<WebhooksApi.ListQuery> query) {
        return session.listAsync(WebhooksApi.listCall(query));
    }

    /**
     * Registers a webhook, e.g.
     * {@code create(w -> w.name("bot").targetUrl(url).resource("messages").event("created").filter("roomId=" + id))}.
     * The async twin of {@link WebhooksApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code name}, {@code targetUrl}, {@code resource} and
     *     {@code event} are required
     * @return completes with the new webhook
     */
    public CompletableFuture<Webhook> create(Consumer<WebhooksApi.CreateRequest> request) {
        return session.executeAsync(WebhooksApi.createCall(request));
    }

    /**
     * Gets one webhook. The async twin of {@link WebhooksApi#get(String)}.
     *
     * @param webhookId the webhook's id
     * @return completes with the webhook
     */
    public CompletableFuture<Webhook> get(String webhookId) {
        return session.executeAsync(WebhooksApi.getCall(webhookId));
    }

    /**
     * Updates a webhook, e.g.
     * {@code update(id, w -> w.name(n).targetUrl(u).status(WebhookStatus.ACTIVE))}. The async twin
     * of {@link WebhooksApi#update(String, Consumer)}.
     *
     * @param webhookId the webhook's id
     * @param request sets the fields; {@code name} and {@code targetUrl} are required
     * @return completes with the updated webhook
     */
    public CompletableFuture<Webhook> update(String webhookId, Consumer<WebhooksApi.UpdateRequest> request) {
        return session.executeAsync(WebhooksApi.updateCall(webhookId, request));
    }

    /**
     * Deletes a webhook. The async twin of {@link WebhooksApi#delete(String)}.
     *
     * @param webhookId the webhook's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String webhookId) {
        return session.executeAsync(WebhooksApi.deleteCall(webhookId));
    }
}
