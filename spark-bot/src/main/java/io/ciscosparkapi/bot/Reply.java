package io.ciscosparkapi.bot;

import io.ciscosparkapi.MessagesApi;
import io.ciscosparkapi.cards.Card;
import io.ciscosparkapi.cards.RawCard;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The content of a reply, set in a lambda: {@code ctx.reply(r -> r.markdown("**Done**"))} or, with a card,
 * {@code ctx.reply(r -> r.text("Book a room").card(card))}. Where the reply goes is the context's business.
 *
 * <p>A reply needs {@code text} or {@code markdown}; with a card it is what clients without cards show. Text and
 * Markdown over the API's limit are refused before any request, as {@code api.messages().create} does.
 */
public final class Reply {

    private String text;
    private String markdown;
    private Card card;

    private Reply() {
    }

    /**
     * The plain text (with Markdown, the fallback for plain clients).
     *
     * @param text the text; not null
     * @return this reply
     */
    public Reply text(String text) {
        this.text = Objects.requireNonNull(text, "text must not be null");
        return this;
    }

    /**
     * The Markdown, which Spark renders; mentions such as {@code <@personId:ID>} work in it.
     *
     * @param markdown the Markdown; not null
     * @return this reply
     */
    public Reply markdown(String markdown) {
        this.markdown = Objects.requireNonNull(markdown, "markdown must not be null");
        return this;
    }

    /**
     * Attaches an Adaptive Card (Spark shows one per message; a second call replaces the first).
     *
     * @param card the card, built or raw; not null
     * @return this reply
     */
    public Reply card(Card card) {
        this.card = Objects.requireNonNull(card, "card must not be null");
        return this;
    }

    /**
     * Attaches an Adaptive Card given as its JSON object, e.g. one made in the Buttons and Cards Designer; it is
     * checked as {@link RawCard#of(Map)} checks it.
     *
     * @param cardJson the card's JSON object ({@code "type": "AdaptiveCard"}); not null
     * @return this reply
     * @throws IllegalArgumentException when the object is not an Adaptive Card of a version Webex renders
     */
    public Reply card(Map<String, ?> cardJson) {
        return card(RawCard.of(Objects.requireNonNull(cardJson, "cardJson must not be null")));
    }

    static Reply of(Consumer<Reply> content) {
        Objects.requireNonNull(content, "reply must not be null");
        Reply reply = new Reply();
        content.accept(reply);
        if (reply.text == null && reply.markdown == null) {
            throw new IllegalArgumentException(reply.card == null
                    ? "A reply needs text or markdown"
                    : "A reply with a card needs text or markdown too, for clients that cannot show cards");
        }
        return reply;
    }

    void writeTo(MessagesApi.CreateRequest message) {
        if (text != null) {
            message.text(text);
        }
        if (markdown != null) {
            message.markdown(markdown);
        }
        if (card != null) {
            message.attachment(card.toAttachment());
        }
    }
}
