package io.ciscosparkapi.cards;

import java.util.function.Consumer;

/**
 * A button that shows another card inside this one ({@code Action.ShowCard}), for example a form that opens
 * when the user taps "Comment".
 *
 * <p>The shown card is written without {@code version} and {@code $schema}, which the card that holds it
 * declares. Its ids count with those of the card that holds it: an id may appear once in the whole card.
 */
public final class ShowCardAction extends Action {

    private final AdaptiveCard card;

    private ShowCardAction(String title, AdaptiveCard card, Builder builder) {
        super(title, builder);
        this.card = card;
    }

    /**
     * Returns a button that shows a card.
     *
     * @param title the button's label
     * @param card the card to show
     * @return the action
     */
    public static ShowCardAction of(String title, AdaptiveCard card) {
        return new ShowCardAction(title, card, new Builder());
    }

    /**
     * Returns a button that shows a card, with other options.
     *
     * @param title the button's label
     * @param card the card to show
     * @param options sets the optional properties, for example {@code a -> a.style(ActionStyle.POSITIVE)}
     * @return the action
     * @throws NullPointerException if {@code options} is null
     */
    public static ShowCardAction of(String title, AdaptiveCard card, Consumer<Builder> options) {
        return new ShowCardAction(title, card, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Action.ShowCard"}} */
    @Override
    public String type() {
        return "Action.ShowCard";
    }

    /**
     * Returns the card the action shows.
     *
     * @return the card, as given
     */
    public AdaptiveCard card() {
        return card;
    }

    @Override
    void writeContent(JsonFields out) {
        out.put("card", card == null ? null : card.toShownMap());
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(card != null, path, "Action.ShowCard needs a card");
        check.card(card, path + ".card");
    }

    /** The optional properties of a {@link ShowCardAction}, used inside the lambda given to its factory. */
    public static final class Builder extends Action.Builder<Builder> {

        private Builder() {
        }
    }
}
