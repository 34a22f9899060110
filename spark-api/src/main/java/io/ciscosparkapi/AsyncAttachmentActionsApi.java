package io.ciscosparkapi;

import io.ciscosparkapi.model.AttachmentAction;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link AttachmentActionsApi}: the same operations with the same parameters,
 * each returning a future. Obtain it from {@link AsyncCiscoSparkAPI#attachmentActions()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncAttachmentActionsApi {

    private final Session session;

    AsyncAttachmentActionsApi(Session session) {
        this.session = session;
    }

    /**
     * Submits the inputs of the card carried by a message, as a user pressing its submit action
     * would. The async twin of {@link AttachmentActionsApi#create(String, Map)}.
     *
     * @param messageId the id of the message carrying the card
     * @param inputs the values of the card's inputs, by input id; may be empty, not {@code null}
     * @return completes with the new attachment action
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when {@code messageId} is blank or an input value is not a
     *     JSON value
     */
    public CompletableFuture<AttachmentAction> create(String messageId, Map<String, ?> inputs) {
        return session.executeAsync(AttachmentActionsApi.createCall(messageId, inputs));
    }

    /**
     * Submits a card's inputs with more settings, e.g.
     * {@code create(a -> a.messageId(id).inputs(Map.of("choice", "yes")))}. The async twin of
     * {@link AttachmentActionsApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code messageId} and {@code inputs} are required
     * @return completes with the new attachment action
     * @throws NullPointerException when {@code messageId} or {@code inputs} is not set
     * @throws IllegalArgumentException when {@code inputs} is not a JSON object, or the type is not
     *     {@code submit}
     */
    public CompletableFuture<AttachmentAction> create(Consumer<AttachmentActionsApi.CreateRequest> request) {
        return session.executeAsync(AttachmentActionsApi.createCall(request));
    }

    /**
     * Gets one attachment action, with the inputs the user submitted. The async twin of
     * {@link AttachmentActionsApi#get(String)}.
     *
     * @param actionId the attachment action's id
     * @return completes with the attachment action
     */
    public CompletableFuture<AttachmentAction> get(String actionId) {
        return session.executeAsync(AttachmentActionsApi.getCall(actionId));
    }
}
