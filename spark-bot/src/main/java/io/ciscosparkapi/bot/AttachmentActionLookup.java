package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.SparkSession;
import io.ciscosparkapi.model.AttachmentAction;
import java.util.Map;

/**
 * Fetches a card submission, {@code GET attachment/actions/{id}}: the one place the bot reads attachment actions,
 * through the raw session until the client has a typed group for them.
 */
final class AttachmentActionLookup {

    private AttachmentActionLookup() {
    }

    static AttachmentAction get(CiscoSparkAPI api, String actionId) {
        return new AttachmentAction(api.session().get(SparkSession.path("attachment", "actions", actionId), Map.of()));
    }
}
