package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.AttachmentAction;
import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Ids;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code attachment/actions} (spec §2.13): a card's submitted inputs, for a message carrying an
 * Adaptive Card in a room the caller can see; no list.
 */
final class AttachmentActionsEndpoint {

    /** The content type of an Adaptive Card attachment. */
    static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

    private AttachmentActionsEndpoint() {
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        String type = Json.required(body, "type");
        if (!type.equals("submit")) {
            throw ApiError.badRequest("Invalid value for field 'type': only 'submit' is supported.");
        }
        String messageId = Json.required(body, "messageId");
        JsonNode inputs = body.get("inputs");
        if (inputs == null || inputs.isNull()) {
            throw ApiError.badRequest("Missing required field 'inputs'.");
        }
        if (!inputs.isObject()) {
            throw ApiError.badRequest("Invalid value for field 'inputs': expected an object.");
        }
        Message m = MessagesEndpoint.visible(ctx, messageId);
        if (!carriesCard(m)) {
            throw ApiError.badRequest("Invalid value for field 'messageId': the message carries no card.");
        }
        AttachmentAction a = new AttachmentAction();
        a.id = Ids.encode("ATTACHMENT_ACTION", Ids.uuid());
        a.type = type;
        a.messageId = m.id;
        a.inputs = (ObjectNode) inputs.deepCopy();
        a.personId = ctx.caller.id;
        a.roomId = m.roomId;
        a.created = ctx.store.now();
        ctx.store.attachmentActions.put(a.id, a);
        ctx.notifier.attachmentAction(ctx.store, a, ctx.caller);
        return Replies.ok(ResourceJson.attachmentAction(a));
    }

    static ApiResponse get(RequestContext ctx, String id) {
        AttachmentAction a = Replies.find(ctx.store.attachmentActions, "ATTACHMENT_ACTION", id, "attachment action");
        Room r = ctx.store.rooms.get(a.roomId);
        if (r == null || !Visibility.canSee(ctx.store, ctx.caller, r)) {
            throw ApiError.notFound("The requested attachment action was not found.");
        }
        return Replies.ok(ResourceJson.attachmentAction(a));
    }

    private static boolean carriesCard(Message m) {
        if (m.attachments == null) {
            return false;
        }
        for (JsonNode attachment : m.attachments) {
            JsonNode contentType = attachment.get("contentType");
            if (contentType != null && contentType.isString() && ADAPTIVE_CARD.equals(contentType.stringValue())) {
                return true;
            }
        }
        return false;
    }
}
