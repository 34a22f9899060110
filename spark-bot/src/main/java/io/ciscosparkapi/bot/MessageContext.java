package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.WebhookEvent;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A message someone posted where the bot reads it: in a direct room with the bot, or in a group room mentioning it.
 * The message is fetched in full ({@link #message()}), since a webhook carries its ids only.
 */
public sealed class MessageContext extends EventContext permits CommandContext {

    private final Message message;
    private final String text;

    MessageContext(CiscoSparkAPI api, WebhookEvent event, Person bot, Message message, String text) {
        super(api, event, bot);
        this.message = message;
        this.text = text;
    }

    /**
     * The whole message, as {@code messages/{id}} returns it to the bot.
     *
     * @return the message
     */
    public final Message message() {
        return message;
    }

    /**
     * The message's plain text without the bot's mention: when the message mentions the bot and starts with the
     * mention (as it does when a person addresses the bot in a group room, {@code "Concierge /help"}), the mentioned
     * name and a {@code ,} or {@code :} after it are removed. Whitespace around the text is removed too.
     *
     * @return the text; empty when the message has none (a message with a file only)
     */
    public final String text() {
        return text;
    }

    @Override
    public final String roomId() {
        return message.roomId();
    }

    @Override
    public final String personId() {
        return message.personId();
    }

    /**
     * Replies with plain text in the message's thread (the thread it starts or belongs to).
     *
     * @param text the text; not null
     * @return the reply Spark created
     */
    public final Message replyInThread(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return replyInThread(r -> r.text(text));
    }

    /**
     * Replies in the message's thread (the thread it starts or belongs to).
     *
     * @param reply sets the content
     * @return the reply Spark created
     * @throws IllegalArgumentException when the content is missing or refused; nothing is sent then
     */
    public final Message replyInThread(Consumer<Reply> reply) {
        return replyInThreadOf(message, Reply.of(reply));
    }
}
