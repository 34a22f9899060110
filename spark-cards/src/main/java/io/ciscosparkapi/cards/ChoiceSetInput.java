package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * A list of choices ({@code Input.ChoiceSet}): a drop-down, radio buttons, or check boxes when several may be
 * chosen.
 *
 * <p>With several choices chosen, the submitted value is their values joined by commas; so is an initial
 * {@link Builder#value(String) value}. Building the card refuses a choice set without choices, and a choice
 * without a title or a value.
 */
public final class ChoiceSetInput extends Input {

    private final List<Choice> choices;
    private final boolean multiSelect;
    private final ChoiceSetStyle style;
    private final String value;
    private final String placeholder;
    private final boolean wrap;

    private ChoiceSetInput(String id, List<Choice> choices, Builder builder) {
        super(id, builder);
        this.choices = choices;
        this.multiSelect = builder.multiSelect;
        this.style = builder.style;
        this.value = builder.value;
        this.placeholder = builder.placeholder;
        this.wrap = builder.wrap;
    }

    /**
     * Returns a drop-down of choices.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param choices the choices, in order
     * @return the input
     * @throws NullPointerException if {@code choices} or one of them is null
     */
    public static ChoiceSetInput of(String id, Choice... choices) {
        return new ChoiceSetInput(id, Arguments.copy("choices", choices), new Builder());
    }

    /**
     * Returns a list of choices with other options, for example
     * {@code ChoiceSetInput.of("room", rooms, i -> i.label("Room").style(ChoiceSetStyle.EXPANDED))}.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param choices the choices, in order
     * @param options sets the optional properties
     * @return the input
     * @throws NullPointerException if {@code choices}, one of them, or {@code options} is null
     */
    public static ChoiceSetInput of(String id, List<Choice> choices, Consumer<Builder> options) {
        return new ChoiceSetInput(id, Arguments.copy(choices, "choices"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Input.ChoiceSet"}} */
    @Override
    public String type() {
        return "Input.ChoiceSet";
    }

    /**
     * Returns the choices.
     *
     * @return the choices, in order, unmodifiable
     */
    public List<Choice> choices() {
        return choices;
    }

    /**
     * Tells whether several choices may be chosen.
     *
     * @return true if several may be chosen
     */
    public boolean isMultiSelect() {
        return multiSelect;
    }

    /**
     * Returns how the choices are shown.
     *
     * @return the style; null when not set (a drop-down)
     */
    public ChoiceSetStyle style() {
        return style;
    }

    /**
     * Returns the values chosen at first.
     *
     * @return the value, or values joined by commas; null when none
     */
    public String value() {
        return value;
    }

    /**
     * Returns the hint shown while nothing is chosen in a drop-down.
     *
     * @return the hint; null when not set
     */
    public String placeholder() {
        return placeholder;
    }

    /**
     * Tells whether long choice titles wrap onto more lines.
     *
     * @return true if they wrap
     */
    public boolean wrap() {
        return wrap;
    }

    @Override
    void writeInput(JsonFields out) {
        out.putList("choices", choices).putIfTrue("isMultiSelect", multiSelect).put("style", style)
                .put("value", value).put("placeholder", placeholder).putIfTrue("wrap", wrap);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!choices.isEmpty(), path, "Input.ChoiceSet needs at least one choice");
        check.each(choices, path + ".choices", (choice, at) -> choice.check(check, at));
    }

    /** The optional properties of a {@link ChoiceSetInput}, used inside the lambda given to its factory. */
    public static final class Builder extends Input.Builder<Builder> {

        private boolean multiSelect;
        private ChoiceSetStyle style;
        private String value;
        private String placeholder;
        private boolean wrap;

        private Builder() {
        }

        /**
         * Sets whether several choices may be chosen.
         *
         * @param multiSelect true to allow several
         * @return this builder
         */
        public Builder isMultiSelect(boolean multiSelect) {
            this.multiSelect = multiSelect;
            return this;
        }

        /**
         * Sets how the choices are shown.
         *
         * @param style the style; null for a drop-down
         * @return this builder
         */
        public Builder style(ChoiceSetStyle style) {
            this.style = style;
            return this;
        }

        /**
         * Sets the values chosen at first.
         *
         * @param value a choice's value, or several joined by commas; null for none
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets the hint shown while nothing is chosen in a drop-down.
         *
         * @param placeholder the hint; null for none
         * @return this builder
         */
        public Builder placeholder(String placeholder) {
            this.placeholder = placeholder;
            return this;
        }

        /**
         * Sets whether long choice titles wrap onto more lines (version 1.2).
         *
         * @param wrap true to wrap
         * @return this builder
         */
        public Builder wrap(boolean wrap) {
            this.wrap = wrap;
            return this;
        }
    }
}
