package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.bot.internal.CommandLine;
import io.ciscosparkapi.bot.internal.JsonDigest;
import io.ciscosparkapi.bot.internal.LeadingMention;
import io.ciscosparkapi.model.AttachmentAction;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.WebhookEvent;
import java.util.Map;

/**
 * Decides whether an event is for one of the bot's handlers, and handles it: fetches the whole resource, builds the
 * context and calls the handler. Thread-safe (it holds no state of its own).
 */
final class EventRouter {

    private final CiscoSparkAPI api;
    private final Handlers handlers;
    private final Person bot;

    EventRouter(CiscoSparkAPI api, Handlers handlers, Person bot) {
        this.api = api;
        this.handlers = handlers;
        this.bot = bot;
    }

    /**
     * The key by which a redelivered event is recognised: its resource, its event and a digest of its data. The
     * webhook id is left out, so that one event delivered by two of the bot's webhooks is handled once too.
     */
    static String key(WebhookEvent event) {
        return event.resource() + '\n' + event.event() + '\n' + JsonDigest.of(event.data());
    }

    /** Whether a handler takes the event; decided on the delivery alone, without a request. */
    boolean wants(WebhookEvent event) {
        String type = event.event();
        Map<String, Object> data = event.data();
        boolean aboutTheBot = bot.id().equals(data.get("personId"));
        switch (event.resource()) {
            case "messages":
                return "created".equals(type) && handlers.handlesMessages() && !aboutTheBot;
            case "attachmentActions":
                return "created".equals(type) && handlers.cardSubmit() != null;
            case "memberships":
                return aboutTheBot && ("created".equals(type) ? handlers.added() != null
                        : "deleted".equals(type) && handlers.removed() != null);
            case "rooms":
                return ("created".equals(type) || "updated".equals(type)) && handlers.room() != null;
            default:
                return false;
        }
    }

    /** Handles an event {@link #wants(WebhookEvent) wanted}; throws what fetching or the handler throws. */
    void handle(WebhookEvent event) throws Exception {
        Map<String, Object> data = event.data();
        String id = String.valueOf(data.get("id"));
        switch (event.resource()) {
            case "messages" -> message(event, api.messages().get(id));
            case "attachmentActions" -> {
                AttachmentAction action = api.attachmentActions().get(id);
                handlers.cardSubmit().handle(new CardSubmitContext(api, event, bot, action));
            }
            case "memberships" -> {
                EventHandler<MembershipContext> handler =
                        "created".equals(event.event()) ? handlers.added() : handlers.removed();
                handler.handle(new MembershipContext(api, event, bot, new Membership(data)));
            }
            case "rooms" -> {
                Room room = api.rooms().get(id);
                handlers.room().handle(new RoomContext(api, event, bot, room));
            }
            default -> throw new IllegalStateException("no handler for resource " + event.resource());
        }
    }

    private void message(WebhookEvent event, Message message) throws Exception {
        if (bot.id().equals(message.personId())) {
            return;
        }
        String text = message.mentionedPeople().contains(bot.id())
                ? LeadingMention.strip(message.text(), message.markdown(), message.html(), bot.id(), bot.displayName())
                : (message.text() == null ? "" : message.text().strip());
        CommandLine line = CommandLine.parse(text);
        Handlers.Command command = line.word().isEmpty() ? null : handlers.commands().get(CommandLine.fold(line.word()));
        if (command != null) {
            command.handler().handle(new CommandContext(api, event, bot, message, text, command.name(), line));
        } else if (handlers.message() != null) {
            handlers.message().handle(new MessageContext(api, event, bot, message, text));
        }
    }
}
