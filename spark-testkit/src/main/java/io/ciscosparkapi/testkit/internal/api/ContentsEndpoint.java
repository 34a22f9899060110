package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Content;
import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.transport.Headers;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code contents/{id}} (spec §2.4): the bytes of a message's file (uploaded, or served for its
 * URL), for whoever may see that message (so not for a bot the message does not mention); gone
 * with the message. {@code HEAD} answers the same headers. While the file is being scanned it
 * answers 423 with {@code Retry-After}; a file that could not be scanned answers 428 unless the
 * request says {@code allow=unscannable}.
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
        Instant now = ctx.store.clock.peek();
        if (c.scannedAt != null && now.isBefore(c.scannedAt)) {
            long millis = Duration.between(now, c.scannedAt).toMillis();
            long seconds = Math.max(1, (millis + 999) / 1000);
            return Dispatcher.error(423, "The file is being scanned for malware; retry after " + seconds + " seconds.",
                    ctx.trackingId).withHeader("Retry-After", String.valueOf(seconds));
        }
        if (c.unscannable && !"unscannable".equals(ctx.query.get("allow"))) {
            return Dispatcher.error(428, "The file could not be scanned for malware; download it anyway with"
                    + " allow=unscannable.", ctx.trackingId);
        }
        Headers headers = Headers.of("Content-Type", c.contentType,
                "Content-Disposition", "attachment; filename=\"" + c.filename.replace("\"", "") + "\"");
        return new ApiResponse(200, headers, c.bytes);
    }
}
