package io.ciscosparkapi;

import io.ciscosparkapi.model.Message;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link MessagesApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#messages()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncMessagesApi {

    private final Session session;

    AsyncMessagesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the messages of a room, newest first. The async twin of
     * {@link MessagesApi#list(String)}.
     *
     * @param roomId the room's id
     * @return an async listing
     */
    public AsyncPagedIterable<Message> list(String roomId) {
        return session.listAsync(MessagesApi.listCall(roomId));
    }

    /**
     * Lists the messages of a room with filters, newest first, e.g.
     * {@code list(q -> q.roomId(id).mentionedPeople("me"))}. The async twin of
     * {@link MessagesApi#list(Consumer)}.
     *
     * @param query sets the filters; {@code roomId} is required
     * @return an async listing
     * @throws NullPointerException when {@code roomId} is not set
     */
    public AsyncPagedIterable<Message> list(Consumer<MessagesApi.ListQuery> query) {
        return session.listAsync(MessagesApi.listCall(query));
    }

    /**
     * Lists the messages of the caller's 1:1 room with a person, newest first (newer API
     * generation), e.g. {@code listDirect(q -> q.personEmail("bob@example.com"))}. The async twin
     * of {@link MessagesApi#listDirect(Consumer)}.
     *
     * @param query sets the filters; exactly one of {@code personId} and {@code personEmail} is
     *     required
     * @return an async listing
     * @throws IllegalArgumentException when not exactly one of {@code personId} and
     *     {@code personEmail} is set
     */
    public AsyncPagedIterable<Message> listDirect(Consumer<MessagesApi.DirectQuery> query) {
        return session.listAsync(MessagesApi.listDirectCall(query));
    }

    /**
     * Lists the replies in the thread of a message, newest first; the thread's first message is not
     * among them. The async twin of {@link MessagesApi#listReplies(Message)}.
     *
     * @param message a message of the thread, e.g. as read from {@link #get(String)}
     * @return an async listing
     * @throws IllegalArgumentException when the message has no id or room id
     */
    public AsyncPagedIterable<Message> listReplies(Message message) {
        return session.listAsync(MessagesApi.listRepliesCall(message));
    }

    /**
     * Lists the replies to a thread's first message, newest first. The async twin of
     * {@link MessagesApi#listReplies(String, String)}.
     *
     * @param roomId the room of the thread
     * @param parentId the id of the thread's first message
     * @return an async listing
     */
    public AsyncPagedIterable<Message> listReplies(String roomId, String parentId) {
        return session.listAsync(MessagesApi.listRepliesCall(roomId, parentId));
    }

    /**
     * Replies to a message in its thread, e.g. {@code reply(message, m -> m.text("On it"))}: the
     * reply goes to the message's room, in the thread the message starts or belongs to (the API
     * takes no reply to a reply, so a reply to a reply joins the same thread). The async twin of
     * {@link MessagesApi#reply(Message, Consumer)}.
     *
     * @param message the message to reply to
     * @param request sets the content; the destination and the thread are set already
     * @return completes with the new reply
     */
    public CompletableFuture<Message> reply(Message message, Consumer<MessagesApi.CreateRequest> request) {
        return session.executeAsync(MessagesApi.replyCall(message, request));
    }

    /**
     * Posts a plain-text message to a room. The async twin of
     * {@link MessagesApi#create(String, String)}.
     *
     * @param roomId the room's id
     * @param text the text
     * @return completes with the new message
     */
    public CompletableFuture<Message> create(String roomId, String text) {
        return session.executeAsync(MessagesApi.createCall(roomId, text));
    }

    /**
     * Posts a message, e.g. {@code create(m -> m.roomId(id).markdown("**hi**"))} or, uploading a
     * local file, {@code create(m -> m.toPersonEmail(address).text("the log").file(path))}. The
     * async twin of {@link MessagesApi#create(Consumer)}.
     *
     * @param request sets the fields: exactly one of {@code roomId}, {@code toPersonId},
     *     {@code toPersonEmail}, and at least one of {@code text}, {@code markdown}, {@code files},
     *     {@code file}, {@code attachments}
     * @return completes with the new message
     * @throws IllegalArgumentException when the destination or the content is missing or ambiguous,
     *     or the local file cannot be read; nothing is sent then
     */
    public CompletableFuture<Message> create(Consumer<MessagesApi.CreateRequest> request) {
        return session.executeAsync(MessagesApi.createCall(request));
    }

    /**
     * Gets one message. The async twin of {@link MessagesApi#get(String)}.
     *
     * @param messageId the message's id
     * @return completes with the message
     */
    public CompletableFuture<Message> get(String messageId) {
        return session.executeAsync(MessagesApi.getCall(messageId));
    }

    /**
     * Edits a message the caller wrote (newer API generation), e.g.
     * {@code update(id, m -> m.roomId(roomId).markdown("**fixed**"))}. The async twin of
     * {@link MessagesApi#update(String, Consumer)}.
     *
     * @param messageId the message's id
     * @param request sets the fields: {@code roomId} and at least one of {@code text} and
     *     {@code markdown} are required; {@code html} must not be sent with {@code markdown}
     * @return completes with the edited message
     * @throws IllegalArgumentException when the new content is missing, or {@code html} is set
     *     together with {@code markdown}
     */
    public CompletableFuture<Message> update(String messageId, Consumer<MessagesApi.UpdateRequest> request) {
        return session.executeAsync(MessagesApi.updateCall(messageId, request));
    }

    /**
     * Deletes a message (its author, a moderator or a compliance officer only). The async twin of
     * {@link MessagesApi#delete(String)}.
     *
     * @param messageId the message's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String messageId) {
        return session.executeAsync(MessagesApi.deleteCall(messageId));
    }
}
