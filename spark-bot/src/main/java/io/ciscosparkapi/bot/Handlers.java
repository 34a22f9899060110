package io.ciscosparkapi.bot;

import io.ciscosparkapi.bot.internal.CommandLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The handlers a bot was built with, and so the webhooks it needs.
 *
 * @param commands the commands by their folded name ({@link CommandLine#fold(String)})
 * @param message other messages, or {@code null}
 * @param cardSubmit card submissions, or {@code null}
 * @param added the bot added to a room, or {@code null}
 * @param removed the bot removed from a room, or {@code null}
 * @param room rooms created or changed, or {@code null}
 */
record Handlers(Map<String, Command> commands, EventHandler<MessageContext> message,
        EventHandler<CardSubmitContext> cardSubmit, EventHandler<MembershipContext> added,
        EventHandler<MembershipContext> removed, EventHandler<RoomContext> room) {

    /**
     * A command and its handler.
     *
     * @param name the command as registered
     * @param handler its handler
     */
    record Command(String name, EventHandler<CommandContext> handler) {
    }

    Handlers {
        commands = Map.copyOf(commands);
    }

    boolean handlesMessages() {
        return !commands.isEmpty() || message != null;
    }

    /** The webhooks that bring exactly the events these handlers handle. */
    List<WebhookSpec> webhooks(String botId) {
        List<WebhookSpec> specs = new ArrayList<>();
        String aboutTheBot = "personId=" + URLEncoder.encode(botId, StandardCharsets.UTF_8);
        if (handlesMessages()) {
            specs.add(new WebhookSpec("messages", "created", null));
        }
        if (cardSubmit != null) {
            specs.add(new WebhookSpec("attachmentActions", "created", null));
        }
        if (added != null) {
            specs.add(new WebhookSpec("memberships", "created", aboutTheBot));
        }
        if (removed != null) {
            specs.add(new WebhookSpec("memberships", "deleted", aboutTheBot));
        }
        if (room != null) {
            specs.add(new WebhookSpec("rooms", "all", null));
        }
        return specs;
    }
}
