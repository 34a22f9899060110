package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Content;
import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.transport.Headers;

/**
 * {@code contents/{id}} (spec §2.4): the bytes of a file uploaded with a message, for whoever may
 * see that message (so not for a bot the message does not mention); gone with the message.
 */
final class ContentsEndpoint {

    private ContentsEndpoint() {
    }

    static ApiResponse get(RequestContext ctx, String id) {
        Content c = Replies.find(ctx.store.contents, "CONTENT", id, "content");
        Message message = ctx.store.messages.get(c.messageId);
        if (message == null || !Visibility.canSee(ctx.store, ctx.caller, message)) {
            throw ApiError.notFound("The requested content was not found.");
        }
        Headers headers = Headers.of("Content-Type", c.contentType,
                "Content-Disposition", "attachment; filename=\"" + c.filename.replace("\"", "") + "\"");
        return new ApiResponse(200, headers, c.bytes);
    }
}
