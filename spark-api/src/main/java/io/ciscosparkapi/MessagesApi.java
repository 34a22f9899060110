package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.internal.Values;
import io.ciscosparkapi.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Messages: the {@code messages} endpoints. Obtain it from {@link CiscoSparkAPI#messages()}.
 * Thread-safe.
 */
public final class MessagesApi {

    private static final String PATH = "messages";
    private static final String[] DESTINATIONS = {"roomId", "toPersonId", "toPersonEmail"};
    private static final String[] CONTENTS = {"text", "markdown", "files", "attachments"};

    private final Session session;

    MessagesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the messages of a room, newest first.
     *
     * @param roomId the room's id
     * @return a lazy listing
     */
    public PagedIterable<Message> list(String roomId) {
        return session.list(listCall(roomId));
    }

    static ListCall<Message> listCall(String roomId) {
        Arguments.id(roomId, "roomId");
        return listCall(q -> q.roomId(roomId));
    }

    /**
     * Lists the messages of a room with filters, newest first, e.g.
     * {@code list(q -> q.roomId(id).mentionedPeople("me"))}. Bots must filter on
     * {@code mentionedPeople("me")} in group rooms.
     *
     * @param query sets the filters; {@code roomId} is required
     * @return a lazy listing
     * @throws NullPointerException when {@code roomId} is not set
     */
    public PagedIterable<Message> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Message> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.requiredText(params.get("roomId"), "roomId");
        return new ListCall<>(PATH, params, Message::new);
    }

    /**
     * Lists the messages of the caller's 1:1 room with a person, newest first (newer API
     * generation), e.g. {@code listDirect(q -> q.personEmail("bob@example.com"))}.
     *
     * @param query sets the filters; exactly one of {@code personId} and {@code personEmail} is
     *     required
     * @return a lazy listing
     * @throws IllegalArgumentException when not exactly one of {@code personId} and
     *     {@code personEmail} is set
     */
    public PagedIterable<Message> listDirect(Consumer<DirectQuery> query) {
        return session.list(listDirectCall(query));
    }

    static ListCall<Message> listDirectCall(Consumer<DirectQuery> query) {
        Map<String, String> params = Arguments.apply(new DirectQuery(), query).params();
        Arguments.exactlyOne(params, "Listing direct messages", "personId", "personEmail");
        Arguments.emails(params, "personEmail");
        return new ListCall<>(Urls.path(PATH, "direct"), params, Message::new);
    }

    /**
     * Lists the replies in the thread of a message, newest first; the thread's first message is
     * not among them. For a message that is itself a reply, lists the replies of its thread.
     *
     * @param message a message of the thread, e.g. as read from {@link #get(String)}
     * @return a lazy listing
     * @throws IllegalArgumentException when the message has no id or room id
     */
    public PagedIterable<Message> listReplies(Message message) {
        return session.list(listRepliesCall(message));
    }

    static ListCall<Message> listRepliesCall(Message message) {
        Objects.requireNonNull(message, "message must not be null");
        return listRepliesCall(Arguments.requiredText(message.roomId(), "message.roomId"), threadOf(message));
    }

    /**
     * Lists the replies to a thread's first message, newest first.
     *
     * @param roomId the room of the thread
     * @param parentId the id of the thread's first message
     * @return a lazy listing
     */
    public PagedIterable<Message> listReplies(String roomId, String parentId) {
        return session.list(listRepliesCall(roomId, parentId));
    }

    static ListCall<Message> listRepliesCall(String roomId, String parentId) {
        Arguments.id(roomId, "roomId");
        Arguments.id(parentId, "parentId");
        return listCall(q -> q.roomId(roomId).parentId(parentId));
    }

    /**
     * Replies to a message in its thread, e.g. {@code reply(message, m -> m.text("On it"))}: the
     * reply goes to the message's room, in the thread the message starts or belongs to (the API
     * takes no reply to a reply, so a reply to a reply joins the same thread).
     *
     * @param message the message to reply to
     * @param request sets the content; the destination and the thread are set already
     * @return the new reply
     */
    public Message reply(Message message, Consumer<CreateRequest> request) {
        return session.execute(replyCall(message, request));
    }

    static Call<Message> replyCall(Message message, Consumer<CreateRequest> request) {
        Objects.requireNonNull(message, "message must not be null");
        String roomId = Arguments.requiredText(message.roomId(), "message.roomId");
        String parentId = threadOf(message);
        Objects.requireNonNull(request, "request must not be null");
        return createCall(m -> request.accept(m.roomId(roomId).parentId(parentId)));
    }

    /** The id of the first message of the thread a message starts or belongs to. */
    private static String threadOf(Message message) {
        return message.parentId() != null ? message.parentId() : Arguments.requiredText(message.id(), "message.id");
    }

    /**
     * Posts a plain-text message to a room.
     *
     * @param roomId the room's id
     * @param text the text
     * @return the new message
     */
    public Message create(String roomId, String text) {
        return session.execute(createCall(roomId, text));
    }

    static Call<Message> createCall(String roomId, String text) {
        Arguments.id(roomId, "roomId");
        Objects.requireNonNull(text, "text must not be null");
        return createCall(m -> m.roomId(roomId).text(text));
    }

    /**
     * Posts a message, e.g. {@code create(m -> m.roomId(id).markdown("**hi**"))} or, uploading a
     * local file, {@code create(m -> m.toPersonEmail(address).text("the log").file(path))}.
     * A local file is sent as {@code multipart/form-data}; everything else as JSON.
     *
     * @param request sets the fields: exactly one of {@code roomId}, {@code toPersonId},
     *     {@code toPersonEmail}, and at least one of {@code text}, {@code markdown},
     *     {@code files}, {@code file}, {@code attachments}
     * @return the new message
     * @throws IllegalArgumentException when the destination or the content is missing or
     *     ambiguous, or the local file cannot be read; nothing is sent then
     */
    public Message create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<Message> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        Arguments.exactlyOne(r.fields(), "A message", DESTINATIONS);
        Arguments.emails(r.fields(), "toPersonEmail");
        Arguments.withinMessageLimit(r.fields(), "text", "markdown", "html");
        boolean hasContent = r.file != null;
        for (String name : CONTENTS) {
            hasContent |= r.fieldValue(name) != null;
        }
        if (!hasContent) {
            throw new IllegalArgumentException("A message needs at least one of text, markdown, files, file, attachments");
        }
        if (r.file == null) {
            return Call.post(PATH, r.fields(), Message::new);
        }
        if (r.fieldValue("files") != null) {
            throw new IllegalArgumentException("A message cannot carry a local file (" + r.file
                    + ") together with files URLs; send one or the other");
        }
        if (r.fieldValue("attachments") != null) {
            throw new IllegalArgumentException("A message cannot carry attachments together with a local file ("
                    + r.file + "): attachments are sent as JSON only");
        }
        return Call.post(PATH, RequestBodies.multipart(r.fields(), "files", r.file), Message::new);
    }

    /**
     * Gets one message.
     *
     * @param messageId the message's id
     * @return the message
     */
    public Message get(String messageId) {
        return session.execute(getCall(messageId));
    }

    static Call<Message> getCall(String messageId) {
        return Call.get(Urls.path(PATH, Arguments.id(messageId, "messageId")), Map.of(), Message::new);
    }

    /**
     * Edits a message the caller wrote (newer API generation), e.g.
     * {@code update(id, m -> m.roomId(roomId).markdown("**fixed**"))}. Messages with files or
     * attachments cannot be edited.
     *
     * @param messageId the message's id
     * @param request sets the fields: {@code roomId} and at least one of {@code text} and
     *     {@code markdown} are required; {@code html} must not be sent with {@code markdown}
     * @return the edited message
     * @throws IllegalArgumentException when the new content is missing, or {@code html} is set
     *     together with {@code markdown}
     */
    public Message update(String messageId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(messageId, request));
    }

    static Call<Message> updateCall(String messageId, Consumer<UpdateRequest> request) {
        Arguments.id(messageId, "messageId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        Arguments.requiredText(r.fieldValue("roomId"), "roomId");
        if (r.fieldValue("text") == null && r.fieldValue("markdown") == null) {
            throw new IllegalArgumentException("Editing a message needs text or markdown");
        }
        if (r.fieldValue("html") != null && r.fieldValue("markdown") != null) {
            throw new IllegalArgumentException("Editing a message takes html or markdown, not both");
        }
        Arguments.withinMessageLimit(r.fields(), "text", "markdown", "html");
        return Call.put(Urls.path(PATH, messageId), r.fields(), Message::new);
    }

    /**
     * Deletes a message (its author, a moderator or a compliance officer only).
     *
     * @param messageId the message's id
     */
    public void delete(String messageId) {
        session.execute(deleteCall(messageId));
    }

    static Call<Void> deleteCall(String messageId) {
        return Call.delete(Urls.path(PATH, Arguments.id(messageId, "messageId")));
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * The room whose messages to list (required).
         *
         * @param roomId the room's id
         * @return this query
         */
        public ListQuery roomId(String roomId) {
            return param("roomId", roomId);
        }

        /**
         * Only messages that mention the caller: {@code "me"} or the caller's own person id.
         * Several values are sent as one comma-separated value.
         *
         * @param people {@code "me"} or the caller's person id
         * @return this query
         * @throws IllegalArgumentException when no value is given or one is blank
         */
        public ListQuery mentionedPeople(String... people) {
            return param("mentionedPeople", String.join(",", Arguments.requiredAll(people, "mentionedPeople")));
        }

        /**
         * Only messages created strictly before this time.
         *
         * @param before the time
         * @return this query
         */
        public ListQuery before(Instant before) {
            return param("before", before);
        }

        /**
         * Only messages created before this message (which is excluded).
         *
         * @param messageId the message's id
         * @return this query
         */
        public ListQuery beforeMessage(String messageId) {
            return param("beforeMessage", messageId);
        }

        /**
         * Only the replies to this thread parent (newer API generation).
         *
         * @param parentId the parent message's id
         * @return this query
         */
        public ListQuery parentId(String parentId) {
            return param("parentId", parentId);
        }
    }

    /** Filters of {@link #listDirect(Consumer)}. */
    public static final class DirectQuery extends QueryBuilder<DirectQuery> {
        DirectQuery() {
        }

        /**
         * The other person of the 1:1 room, by id.
         *
         * @param personId the person's id
         * @return this query
         */
        public DirectQuery personId(String personId) {
            return param("personId", personId);
        }

        /**
         * The other person of the 1:1 room, by email address.
         *
         * @param personEmail the person's email address
         * @return this query
         */
        public DirectQuery personEmail(String personEmail) {
            return param("personEmail", personEmail);
        }

        /**
         * Only the replies to this thread parent.
         *
         * @param parentId the parent message's id
         * @return this query
         */
        public DirectQuery parentId(String parentId) {
            return param("parentId", parentId);
        }
    }

    /** Content fields shared by posting and editing a message. */
    abstract static class ContentFields<S extends ContentFields<S>> extends BodyBuilder<S> {
        ContentFields() {
        }

        /**
         * The room of the message.
         *
         * @param roomId the room's id
         * @return this request
         */
        public S roomId(String roomId) {
            return field("roomId", roomId);
        }

        /**
         * The plain text; with Markdown, the fallback for clients that cannot render it.
         *
         * @param text the text
         * @return this request
         */
        public S text(String text) {
            return field("text", text);
        }

        /**
         * The Markdown text; mentions are written {@code <@personId:ID|Name>},
         * {@code <@personEmail:address>} or {@code <@all>}.
         *
         * @param markdown the Markdown
         * @return this request
         */
        public S markdown(String markdown) {
            return field("markdown", markdown);
        }

        /**
         * Limited HTML (newer API generation).
         *
         * @param html the HTML
         * @return this request
         */
        public S html(String html) {
            return field("html", html);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends ContentFields<CreateRequest> {
        private Path file;

        CreateRequest() {
        }

        /**
         * A 1:1 message to this person (creates the direct room on first use).
         *
         * @param toPersonId the person's id
         * @return this request
         */
        public CreateRequest toPersonId(String toPersonId) {
            return field("toPersonId", toPersonId);
        }

        /**
         * A 1:1 message to the person with this address.
         *
         * @param toPersonEmail the person's email address
         * @return this request
         */
        public CreateRequest toPersonEmail(String toPersonEmail) {
            return field("toPersonEmail", toPersonEmail);
        }

        /**
         * Files to attach by public URL (Spark accepts one).
         *
         * @param urls the file URLs
         * @return this request
         * @throws IllegalArgumentException when no URL is given or one is blank
         */
        public CreateRequest files(String... urls) {
            return field("files", Arguments.requiredAll(urls, "files"));
        }

        /**
         * A local file to upload with the message; the message is then sent as
         * {@code multipart/form-data}, with the file's content type guessed from its name.
         * Cannot be combined with {@link #files(String...)} or attachments.
         *
         * @param localFile the file
         * @return this request
         * @throws IllegalArgumentException when the file does not exist or cannot be read
         */
        public CreateRequest file(Path localFile) {
            Objects.requireNonNull(localFile, "file must not be null");
            if (!Files.isRegularFile(localFile) || !Files.isReadable(localFile)) {
                throw new IllegalArgumentException("file " + localFile + " does not exist or is not a readable file");
            }
            this.file = localFile;
            return this;
        }

        /**
         * Cards to attach (newer API generation), each an object with {@code contentType} and
         * {@code content}; Spark accepts one. Replaces any attachments set before.
         *
         * @param attachments the attachments
         * @return this request
         */
        public CreateRequest attachments(List<? extends Map<String, ?>> attachments) {
            return field("attachments", attachments == null ? null : List.copyOf(attachments));
        }

        /**
         * Adds one card attachment (newer API generation): an object with {@code contentType}
         * and {@code content}.
         *
         * @param attachment the attachment
         * @return this request
         */
        public CreateRequest attachment(Map<String, ?> attachment) {
            Objects.requireNonNull(attachment, "attachment must not be null");
            List<Object> all = new ArrayList<>();
            if (fieldValue("attachments") instanceof List<?> existing) {
                all.addAll(existing);
            }
            all.add(attachment);
            return field("attachments", all);
        }

        /**
         * Adds an Adaptive Card (newer API generation): the card is wrapped as
         * {@code {"contentType": "application/vnd.microsoft.card.adaptive", "content": card}}.
         * Send {@code text} or {@code markdown} too, as the fallback for clients without cards.
         *
         * @param card the Adaptive Card JSON object
         * @return this request
         */
        public CreateRequest adaptiveCard(Map<String, ?> card) {
            Objects.requireNonNull(card, "card must not be null");
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
            attachment.put("content", card);
            return attachment(attachment);
        }

        /**
         * Posts the message as a reply in the thread of this top-level message (newer API
         * generation).
         *
         * @param parentId the parent message's id
         * @return this request
         */
        public CreateRequest parentId(String parentId) {
            return field("parentId", parentId);
        }
    }

    /** Fields of {@link #update(String, Consumer)}. */
    public static final class UpdateRequest extends ContentFields<UpdateRequest> {
        UpdateRequest() {
        }
    }
}
