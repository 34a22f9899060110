package io.ciscosparkapi.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An Adaptive Card built from typed elements and actions, checked when it is built.
 *
 * <p>A form that asks for a name and a date, and submits them:
 * <pre>{@code
 * AdaptiveCard card = AdaptiveCard.of(c -> c
 *         .body(TextBlock.of("Book a room", t -> t.size(TextSize.LARGE).weight(TextWeight.BOLDER)),
 *               TextInput.of("name", i -> i.label("Your name").isRequired(true)),
 *               DateInput.of("day", i -> i.label("Day")))
 *         .actions(SubmitAction.of("Book", a -> a.data(Map.of("form", "booking")))));
 *
 * api.messages().create(m -> m.roomId(roomId).text("Book a room").attachment(card.toAttachment()));
 * }</pre>
 *
 * <p>Building refuses, with an {@link IllegalArgumentException} naming the place in the card (for example
 * {@code body[2].columns[0].items[1]: Input.Text needs an id}), what Webex would refuse or could not use:
 * <ul>
 *   <li>an input without an id, or an id used twice anywhere in the card (element, input and action ids,
 *       inside containers, columns and shown cards);</li>
 *   <li>an empty container: a container, column set, column, fact set, image set, action set, rich text block
 *       or media element with nothing in it, a choice set without choices, a card with neither body nor
 *       actions;</li>
 *   <li>a missing required value: the text of a text block or text run, a toggle input's title, a fact's or a
 *       choice's title and value, a media source's type;</li>
 *   <li>a URL that is blank or not an absolute {@code http} or {@code https} URL; images (image, background
 *       image, icon, poster) may also be {@code data:image/...} URIs;</li>
 *   <li>a toggle-visibility action aimed at an id that no element of the card has (a toggle inside a shown
 *       card may aim only at elements of that shown card, since the shown card is built, and checked, first);
 *       </li>
 *   <li>a show-card action as a select action or an inline action, which Adaptive Cards do not allow;</li>
 *   <li>a minimum above a maximum in a number, date or time input.</li>
 * </ul>
 * Versions other than 1.0 to 1.3 cannot be expressed: see {@link CardVersion}. For what this package does not
 * model (such as {@code fallback} and {@code requires}), send the JSON as a {@link RawCard}.
 *
 * <p>Instances are immutable and thread-safe; two cards are equal when they write the same JSON.
 */
public final class AdaptiveCard extends CardValue<Map<String, Object>> implements Card {

    /** The schema URL written in a card's {@code $schema} field: {@value}. */
    public static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

    private final CardVersion version;
    private final List<Element> body;
    private final List<Action> actions;
    private final Action selectAction;
    private final String fallbackText;
    private final String speak;
    private final String lang;
    private final Integer minHeight;
    private final VerticalAlignment verticalContentAlignment;
    private final BackgroundImage backgroundImage;

    private AdaptiveCard(Builder builder) {
        this.version = builder.version;
        this.body = Arguments.copy(builder.body, "body");
        this.actions = Arguments.copy(builder.actions, "actions");
        this.selectAction = builder.selectAction;
        this.fallbackText = builder.fallbackText;
        this.speak = builder.speak;
        this.lang = builder.lang;
        this.minHeight = builder.minHeight;
        this.verticalContentAlignment = builder.verticalContentAlignment;
        this.backgroundImage = builder.backgroundImage;
        CardCheck.check(this);
    }

    /**
     * Returns a version 1.3 card showing the given elements, without actions.
     *
     * @param body the card's body, in order
     * @return the card
     * @throws NullPointerException if {@code body} or one of its elements is null
     * @throws IllegalArgumentException if Webex would refuse the card (see the class description)
     */
    public static AdaptiveCard of(Element... body) {
        return of(c -> c.body(body));
    }

    /**
     * Returns a card with its body, actions and other properties set by a lambda, for example
     * {@code AdaptiveCard.of(c -> c.body(TextBlock.of("Hello")).actions(OpenUrlAction.of("Docs", url)))}.
     *
     * @param card sets the card's parts; the version is 1.3 unless it sets another
     * @return the card
     * @throws NullPointerException if {@code card} is null, or sets a null element or action
     * @throws IllegalArgumentException if Webex would refuse the card (see the class description)
     */
    public static AdaptiveCard of(Consumer<Builder> card) {
        return new AdaptiveCard(Arguments.configured(new Builder(), card, "card"));
    }

    /**
     * Returns the version the card declares.
     *
     * @return the version; {@link CardVersion#V1_3} unless another was set
     */
    @Override
    public CardVersion version() {
        return version;
    }

    /**
     * Returns the card's body.
     *
     * @return the elements, in order, unmodifiable; empty when the card has only actions
     */
    public List<Element> body() {
        return body;
    }

    /**
     * Returns the card's actions, shown as buttons below its body.
     *
     * @return the actions, in order, unmodifiable; empty when none
     */
    public List<Action> actions() {
        return actions;
    }

    /**
     * Returns the action run when the card itself is tapped.
     *
     * @return the action; null when none
     */
    public Action selectAction() {
        return selectAction;
    }

    /**
     * Returns the text a client that cannot render the card shows instead.
     *
     * @return the text; null when not set
     */
    public String fallbackText() {
        return fallbackText;
    }

    /**
     * Returns what a client reads aloud for the card.
     *
     * @return the text (plain or SSML); null when not set
     */
    public String speak() {
        return speak;
    }

    /**
     * Returns the language of the card's text, for formatting dates and times.
     *
     * @return the language tag, for example {@code "en"}; null when not set
     */
    public String lang() {
        return lang;
    }

    /**
     * Returns the card's minimum height.
     *
     * @return the height in pixels; null when not set
     */
    public Integer minHeight() {
        return minHeight;
    }

    /**
     * Returns how the body is placed from top to bottom when the card is taller than its content.
     *
     * @return the alignment; null when not set (top)
     */
    public VerticalAlignment verticalContentAlignment() {
        return verticalContentAlignment;
    }

    /**
     * Returns the image drawn behind the card.
     *
     * @return the image; null when none
     */
    public BackgroundImage backgroundImage() {
        return backgroundImage;
    }

    /**
     * Returns the card as its JSON object, with fields in this order: {@code type}, {@code version},
     * {@code $schema}, {@code body}, {@code actions} (left out when there are none), then the other properties
     * that are set.
     *
     * @return an unmodifiable map of strings, booleans, numbers, lists and maps
     */
    @Override
    public Map<String, Object> toMap() {
        return json();
    }

    @Override
    Map<String, Object> writeJson() {
        return write(false);
    }

    /**
     * The card as shown by an {@link ShowCardAction}: without {@code version} and {@code $schema}, which the
     * card that holds it declares.
     */
    Map<String, Object> toShownMap() {
        return write(true);
    }

    private Map<String, Object> write(boolean shown) {
        JsonFields out = new JsonFields().put("type", "AdaptiveCard");
        if (!shown) {
            out.put("version", version).put("$schema", SCHEMA);
        }
        return out.putList("body", body)
                .putListIfAny("actions", actions)
                .put("selectAction", selectAction)
                .put("fallbackText", fallbackText)
                .put("speak", speak)
                .put("lang", lang)
                .put("minHeight", JsonFields.pixels(minHeight))
                .put("verticalContentAlignment", verticalContentAlignment)
                .put("backgroundImage", backgroundImage)
                .toMap();
    }

    /**
     * The parts of an {@link AdaptiveCard}, used inside the lambda given to {@link AdaptiveCard#of(Consumer)};
     * the card copies what it holds.
     */
    public static final class Builder {

        private CardVersion version = CardVersion.V1_3;
        private final List<Element> body = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private Action selectAction;
        private String fallbackText;
        private String speak;
        private String lang;
        private Integer minHeight;
        private VerticalAlignment verticalContentAlignment;
        private BackgroundImage backgroundImage;

        private Builder() {
        }

        /**
         * Sets the version the card declares.
         *
         * @param version the version; 1.3 by default
         * @return this builder
         * @throws NullPointerException if {@code version} is null
         */
        public Builder version(CardVersion version) {
            this.version = Objects.requireNonNull(version, "version must not be null");
            return this;
        }

        /**
         * Adds elements to the body, after those added before.
         *
         * @param elements the elements, in order
         * @return this builder
         * @throws NullPointerException if {@code elements} or one of them is null
         */
        public Builder body(Element... elements) {
            body.addAll(Arguments.copy("body", elements));
            return this;
        }

        /**
         * Adds elements to the body, after those added before.
         *
         * @param elements the elements, in order
         * @return this builder
         * @throws NullPointerException if {@code elements} or one of them is null
         */
        public Builder body(List<? extends Element> elements) {
            body.addAll(Arguments.copy(elements, "body"));
            return this;
        }

        /**
         * Adds actions, shown as buttons below the body, after those added before.
         *
         * @param actions the actions, in order
         * @return this builder
         * @throws NullPointerException if {@code actions} or one of them is null
         */
        public Builder actions(Action... actions) {
            this.actions.addAll(Arguments.copy("actions", actions));
            return this;
        }

        /**
         * Adds actions, shown as buttons below the body, after those added before.
         *
         * @param actions the actions, in order
         * @return this builder
         * @throws NullPointerException if {@code actions} or one of them is null
         */
        public Builder actions(List<? extends Action> actions) {
            this.actions.addAll(Arguments.copy(actions, "actions"));
            return this;
        }

        /**
         * Sets the action run when the card itself is tapped; it cannot be a {@link ShowCardAction}.
         *
         * @param action the action; null for none
         * @return this builder
         */
        public Builder selectAction(Action action) {
            this.selectAction = action;
            return this;
        }

        /**
         * Sets the text a client that cannot render the card shows instead. (Webex clients show the message's
         * own text then; set both.)
         *
         * @param text the text; null for none
         * @return this builder
         */
        public Builder fallbackText(String text) {
            this.fallbackText = text;
            return this;
        }

        /**
         * Sets what a client reads aloud for the card.
         *
         * @param speak plain text or SSML; null for none
         * @return this builder
         */
        public Builder speak(String speak) {
            this.speak = speak;
            return this;
        }

        /**
         * Sets the language of the card's text, for formatting dates and times.
         *
         * @param lang a language tag such as {@code "en"} or {@code "de"}; null for the client's own
         * @return this builder
         */
        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        /**
         * Sets the card's minimum height (version 1.2).
         *
         * @param pixels the height in pixels
         * @return this builder
         * @throws IllegalArgumentException if {@code pixels} is not positive
         */
        public Builder minHeight(int pixels) {
            this.minHeight = Arguments.positive(pixels, "minHeight");
            return this;
        }

        /**
         * Sets how the body is placed from top to bottom when the card is taller than its content (version 1.1).
         *
         * @param alignment the alignment; null for the default (top)
         * @return this builder
         */
        public Builder verticalContentAlignment(VerticalAlignment alignment) {
            this.verticalContentAlignment = alignment;
            return this;
        }

        /**
         * Sets the image drawn behind the card.
         *
         * @param image the image; null for none
         * @return this builder
         */
        public Builder backgroundImage(BackgroundImage image) {
            this.backgroundImage = image;
            return this;
        }
    }
}
