package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.AttachmentAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Card submissions: the {@code attachment/actions} endpoints (newer API generation). Obtain it
 * from {@link CiscoSparkAPI#attachmentActions()}. There is no listing: a bot learns of a
 * submission from an {@code attachmentActions} webhook and reads it with {@link #get(String)}.
 * Thread-safe.
 */
public final class AttachmentActionsApi {

    private static final String RESOURCE = "attachment";
    private static final String ACTIONS = "actions";
    /** The one action type the API accepts. */
    private static final String SUBMIT = "submit";

    private final Session session;

    AttachmentActionsApi(Session session) {
        this.session = session;
    }

    /**
     * Submits the inputs of the card carried by a message, as a user pressing its submit action
     * would.
     *
     * @param messageId the id of the message carrying the card
     * @param inputs the values of the card's inputs, by input id; may be empty, not {@code null}
     * @return the new attachment action
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when {@code messageId} is blank or an input value is not a
     *     JSON value
     */
    public AttachmentAction create(String messageId, Map<String, ?> inputs) {
        return session.execute(createCall(messageId, inputs));
    }

    static Call<AttachmentAction> createCall(String messageId, Map<String, ?> inputs) {
        Arguments.required(messageId, "messageId");
        Objects.requireNonNull(inputs, "inputs must not be null");
        return createCall(a -> a.messageId(messageId).inputs(inputs));
    }

    /**
     * Submits a card's inputs with more settings, e.g.
     * {@code create(a -> a.messageId(id).inputs(Map.of("choice", "yes")))}. The type is sent as
     * {@code submit}, the only one the API accepts, unless set.
     *
     * @param request sets the fields; {@code messageId} and {@code inputs} are required
     * @return the new attachment action
     * @throws NullPointerException when {@code messageId} or {@code inputs} is not set
     * @throws IllegalArgumentException when {@code inputs} is not a JSON object, or the type is
     *     not {@code submit}
     */
    public AttachmentAction create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<AttachmentAction> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        Object type = r.fieldValue("type");
        if (type == null) {
            r.field("type", SUBMIT);
        } else if (!SUBMIT.equals(type)) {
            throw new IllegalArgumentException("type must be '" + SUBMIT + "', the only attachment action type the "
                    + "API accepts; got '" + type + "'");
        }
        Arguments.requiredText(r.fieldValue("messageId"), "messageId");
        Object inputs = r.fieldValue("inputs");
        if (inputs == null) {
            throw new NullPointerException("inputs must not be null");
        }
        if (!(inputs instanceof Map)) {
            throw new IllegalArgumentException("inputs must be a JSON object (a Map), not "
                    + inputs.getClass().getSimpleName());
        }
        return Call.post(Urls.path(RESOURCE, ACTIONS), r.fields(), AttachmentAction::new);
    }

    /**
     * Gets one attachment action, with the inputs the user submitted.
     *
     * @param actionId the attachment action's id
     * @return the attachment action
     */
    public AttachmentAction get(String actionId) {
        return session.execute(getCall(actionId));
    }

    static Call<AttachmentAction> getCall(String actionId) {
        return Call.get(Urls.path(RESOURCE, ACTIONS, Arguments.id(actionId, "actionId")), Map.of(),
                AttachmentAction::new);
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends BodyBuilder<CreateRequest> {
        CreateRequest() {
        }

        /**
         * The message whose card is submitted (required).
         *
         * @param messageId the message's id
         * @return this request
         */
        public CreateRequest messageId(String messageId) {
            return field("messageId", messageId);
        }

        /**
         * The values of the card's inputs, by input id (required): strings, numbers, booleans,
         * lists and maps. The map is copied.
         *
         * @param inputs the input values
         * @return this request
         */
        public CreateRequest inputs(Map<String, ?> inputs) {
            return field("inputs", inputs == null ? null : new LinkedHashMap<>(inputs));
        }
    }
}
