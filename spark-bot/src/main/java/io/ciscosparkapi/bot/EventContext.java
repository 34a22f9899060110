package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.WebhookEvent;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every handler is given: the event as delivered, the bot's client and own person, and replies to the room the
 * event happened in or to the person who caused it.
 *
 * <p>Replies are sent with the bot's client, on the handler's thread, and return the message Spark created; a
 * failure is thrown as the SDK throws it ({@code SparkException} and its subclasses). A context belongs to one event
 * and one handler call; it is not meant to be kept or shared between threads.
 */
public abstract sealed class EventContext permits MessageContext, CardSubmitContext, MembershipContext, RoomContext {

    private final CiscoSparkAPI api;
    private final WebhookEvent event;
    private final Person bot;

    EventContext(CiscoSparkAPI api, WebhookEvent event, Person bot) {
        this.api = api;
        this.event = event;
        this.bot = bot;
    }

    /**
     * The bot's client, for any other call.
     *
     * @return the client the bot was built with
     */
    public final CiscoSparkAPI api() {
        return api;
    }

    /**
     * The event as delivered: the webhook's properties, {@code resource}, {@code event}, {@code actorId} and the
     * reduced {@code data}.
     *
     * @return the delivered event
     */
    public final WebhookEvent event() {
        return event;
    }

    /**
     * The bot's own person, as {@code people/me} gave it when the bot started.
     *
     * @return the bot's person
     */
    public final Person bot() {
        return bot;
    }

    /**
     * The room the event happened in.
     *
     * @return the room's id
     */
    public abstract String roomId();

    /**
     * The person who caused the event: the author of a message, whoever submitted a card, added or removed the
     * bot, or changed the room.
     *
     * @return the person's id
     */
    public abstract String personId();

    /**
     * Replies with plain text in the room of the event.
     *
     * @param text the text; not null
     * @return the reply Spark created
     */
    public final Message reply(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return reply(r -> r.text(text));
    }

    /**
     * Replies in the room of the event, e.g. {@code reply(r -> r.markdown("**Done**"))}.
     *
     * @param reply sets the content
     * @return the reply Spark created
     * @throws IllegalArgumentException when the content is missing or refused; nothing is sent then
     */
    public final Message reply(Consumer<Reply> reply) {
        Reply content = Reply.of(reply);
        String roomId = roomId();
        return api.messages().create(m -> content.writeTo(m.roomId(roomId)));
    }

    /**
     * Replies with plain text to the person who caused the event, in their direct room with the bot (Spark creates
     * it on first use).
     *
     * @param text the text; not null
     * @return the message Spark created
     */
    public final Message replyDirectly(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return replyDirectly(r -> r.text(text));
    }

    /**
     * Replies to the person who caused the event, in their direct room with the bot.
     *
     * @param reply sets the content
     * @return the message Spark created
     * @throws IllegalArgumentException when the content is missing or refused; nothing is sent then
     */
    public final Message replyDirectly(Consumer<Reply> reply) {
        Reply content = Reply.of(reply);
        String personId = personId();
        return api.messages().create(m -> content.writeTo(m.toPersonId(personId)));
    }

    /** Replies in the thread of a message (the thread it starts or belongs to). */
    final Message replyInThreadOf(Message message, Reply content) {
        return api.messages().reply(message, content::writeTo);
    }
}
