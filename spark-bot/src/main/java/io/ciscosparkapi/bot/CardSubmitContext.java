package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.AttachmentAction;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.WebhookEvent;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A person submitted a card (an attachment action): the action is fetched in full, so its {@link #inputs()} are
 * here, since a webhook carries its ids only.
 */
public final class CardSubmitContext extends EventContext {

    private final AttachmentAction action;
    private Message card;

    CardSubmitContext(CiscoSparkAPI api, WebhookEvent event, Person bot, AttachmentAction action) {
        super(api, event, bot);
        this.action = action;
    }

    /**
     * The whole attachment action, as {@code attachment/actions/{id}} returns it.
     *
     * @return the action
     */
    public AttachmentAction action() {
        return action;
    }

    /**
     * The values the person gave the card's inputs, by input id, plus the submit action's {@code data}.
     *
     * @return the inputs, unmodifiable; empty when there are none
     */
    public Map<String, Object> inputs() {
        Map<String, Object> inputs = action.inputs();
        return inputs == null ? Map.of() : inputs;
    }

    /**
     * The id of the message that carries the card.
     *
     * @return the message's id
     */
    public String cardMessageId() {
        return action.messageId();
    }

    @Override
    public String roomId() {
        return action.roomId();
    }

    @Override
    public String personId() {
        return action.personId();
    }

    /**
     * Replies with plain text in the thread of the card's message.
     *
     * @param text the text; not null
     * @return the reply Spark created
     */
    public Message replyInThread(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return replyInThread(r -> r.text(text));
    }

    /**
     * Replies in the thread of the card's message (fetched on the first such reply, to find its thread).
     *
     * @param reply sets the content
     * @return the reply Spark created
     * @throws IllegalArgumentException when the content is missing or refused; nothing is sent then
     */
    public Message replyInThread(Consumer<Reply> reply) {
        Reply content = Reply.of(reply);
        if (card == null) {
            card = api().messages().get(cardMessageId());
        }
        return replyInThreadOf(card, content);
    }
}
