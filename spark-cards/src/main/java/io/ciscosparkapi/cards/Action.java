package io.ciscosparkapi.cards;

import java.util.Map;

/**
 * Something a user can do with a card: submit its inputs, open a URL, show another card, or show and hide
 * elements. An action is a button in a card's or an {@link ActionSet}'s actions, or what runs when an element
 * is tapped (a select action).
 *
 * <p>Every action has a title (its button's label), and optionally an {@code id} (unique in the card), an
 * {@code iconUrl} and a {@code style}. Actions are immutable and thread-safe; two actions are equal when they
 * write the same JSON. What Webex would refuse is checked when the card is built (see {@link AdaptiveCard}).
 */
public abstract sealed class Action extends CardValue<Map<String, Object>>
        permits SubmitAction, OpenUrlAction, ShowCardAction, ToggleVisibilityAction {

    private final String title;
    private final String id;
    private final String iconUrl;
    private final ActionStyle style;

    Action(String title, Builder<?> builder) {
        this.title = title;
        this.id = builder.id;
        this.iconUrl = builder.iconUrl;
        this.style = builder.style;
    }

    /**
     * Returns the action's type as Adaptive Cards write it.
     *
     * @return the type, for example {@code "Action.Submit"}
     */
    public abstract String type();

    /**
     * Returns the label of the action's button.
     *
     * @return the title; null when not set
     */
    public String title() {
        return title;
    }

    /**
     * Returns the action's id.
     *
     * @return the id; null when not set
     */
    public String id() {
        return id;
    }

    /**
     * Returns the URL of the icon shown on the action's button.
     *
     * @return the URL; null when none
     */
    public String iconUrl() {
        return iconUrl;
    }

    /**
     * Returns how the action's button stands out.
     *
     * @return the style; null when not set
     */
    public ActionStyle style() {
        return style;
    }

    /**
     * Returns the action as its Adaptive Cards JSON object, with fields in a fixed order ({@code type},
     * {@code id}, {@code title}, the action's own properties, then {@code iconUrl} and {@code style}); properties
     * not set are left out.
     *
     * @return an unmodifiable map of strings, booleans, numbers, lists and maps
     */
    public final Map<String, Object> toMap() {
        return json();
    }

    @Override
    final Map<String, Object> writeJson() {
        JsonFields out = new JsonFields().put("type", type()).put("id", id).put("title", title);
        writeContent(out);
        return out.put("iconUrl", iconUrl).put("style", style).toMap();
    }

    /** Writes the action's own properties, between {@code title} and {@code iconUrl}. */
    abstract void writeContent(JsonFields out);

    /** Checks what Webex would refuse in this action; the card has already taken its id and checked its icon. */
    abstract void check(CardCheck check, String path);

    /**
     * The properties every action's builder has. A builder is used only inside the lambda given to an action's
     * factory; the action copies what it holds.
     *
     * @param <B> the builder's own type, so calls chain
     */
    public abstract static sealed class Builder<B extends Builder<B>>
            permits SubmitAction.Builder, OpenUrlAction.Builder, ShowCardAction.Builder,
            ToggleVisibilityAction.Builder {

        private String id;
        private String iconUrl;
        private ActionStyle style;

        Builder() {
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /**
         * Sets the action's id, which must be unique in the card.
         *
         * @param id the id; null for none
         * @return this builder
         */
        public B id(String id) {
            this.id = id;
            return self();
        }

        /**
         * Sets the icon shown on the action's button (version 1.1).
         *
         * @param url an absolute http or https URL, or a {@code data:image/...} URI; null for none
         * @return this builder
         */
        public B iconUrl(String url) {
            this.iconUrl = url;
            return self();
        }

        /**
         * Sets how the action's button stands out (version 1.2).
         *
         * @param style the style; null for the default
         * @return this builder
         */
        public B style(ActionStyle style) {
            this.style = style;
            return self();
        }
    }
}
