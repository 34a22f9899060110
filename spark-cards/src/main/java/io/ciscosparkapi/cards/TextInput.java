package io.ciscosparkapi.cards;

import java.util.function.Consumer;

/**
 * A text field ({@code Input.Text}), on one line or several.
 */
public final class TextInput extends Input {

    private final String placeholder;
    private final String value;
    private final Integer maxLength;
    private final boolean multiline;
    private final TextInputStyle style;
    private final String regex;
    private final Action inlineAction;

    private TextInput(String id, Builder builder) {
        super(id, builder);
        this.placeholder = builder.placeholder;
        this.value = builder.value;
        this.maxLength = builder.maxLength;
        this.multiline = builder.multiline;
        this.style = builder.style;
        this.regex = builder.regex;
        this.inlineAction = builder.inlineAction;
    }

    /**
     * Returns a text field.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @return the input
     */
    public static TextInput of(String id) {
        return new TextInput(id, new Builder());
    }

    /**
     * Returns a text field with other options, for example
     * {@code TextInput.of("email", i -> i.label("E-mail").style(TextInputStyle.EMAIL).isRequired(true))}.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param options sets the optional properties
     * @return the input
     * @throws NullPointerException if {@code options} is null
     */
    public static TextInput of(String id, Consumer<Builder> options) {
        return new TextInput(id, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Input.Text"}} */
    @Override
    public String type() {
        return "Input.Text";
    }

    /**
     * Returns the hint shown while the field is empty.
     *
     * @return the hint; null when not set
     */
    public String placeholder() {
        return placeholder;
    }

    /**
     * Returns the field's initial value.
     *
     * @return the value; null when empty
     */
    public String value() {
        return value;
    }

    /**
     * Returns the most characters the field takes.
     *
     * @return the number; null when not limited
     */
    public Integer maxLength() {
        return maxLength;
    }

    /**
     * Tells whether the field takes several lines.
     *
     * @return true if multi-line
     */
    public boolean isMultiline() {
        return multiline;
    }

    /**
     * Returns the kind of text the field expects.
     *
     * @return the style; null when not set (plain text)
     */
    public TextInputStyle style() {
        return style;
    }

    /**
     * Returns the regular expression a value must match.
     *
     * @return the expression; null when not set
     */
    public String regex() {
        return regex;
    }

    /**
     * Returns the action shown as a button beside the field.
     *
     * @return the action; null when none
     */
    public Action inlineAction() {
        return inlineAction;
    }

    @Override
    void writeInput(JsonFields out) {
        out.put("placeholder", placeholder).put("value", value).put("maxLength", maxLength)
                .putIfTrue("isMultiline", multiline).put("style", style).put("regex", regex)
                .put("inlineAction", inlineAction);
    }

    @Override
    void check(CardCheck check, String path) {
        if (inlineAction != null) {
            String at = path + ".inlineAction";
            check.require(!(inlineAction instanceof ShowCardAction), at,
                    "Action.ShowCard cannot be an inline action");
            check.action(inlineAction, at);
        }
    }

    /** The optional properties of a {@link TextInput}, used inside the lambda given to its factory. */
    public static final class Builder extends Input.Builder<Builder> {

        private String placeholder;
        private String value;
        private Integer maxLength;
        private boolean multiline;
        private TextInputStyle style;
        private String regex;
        private Action inlineAction;

        private Builder() {
        }

        /**
         * Sets the hint shown while the field is empty.
         *
         * @param placeholder the hint; null for none
         * @return this builder
         */
        public Builder placeholder(String placeholder) {
            this.placeholder = placeholder;
            return this;
        }

        /**
         * Sets the field's initial value.
         *
         * @param value the value; null for empty
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets the most characters the field takes.
         *
         * @param maxLength the number of characters
         * @return this builder
         * @throws IllegalArgumentException if {@code maxLength} is less than 1
         */
        public Builder maxLength(int maxLength) {
            this.maxLength = Arguments.atLeastOne(maxLength, "maxLength");
            return this;
        }

        /**
         * Sets whether the field takes several lines.
         *
         * @param multiline true for a multi-line field
         * @return this builder
         */
        public Builder isMultiline(boolean multiline) {
            this.multiline = multiline;
            return this;
        }

        /**
         * Sets the kind of text the field expects.
         *
         * @param style the style; null for plain text
         * @return this builder
         */
        public Builder style(TextInputStyle style) {
            this.style = style;
            return this;
        }

        /**
         * Sets a regular expression a value must match before the card is submitted (version 1.3). The client
         * evaluates it, as a JavaScript regular expression; it is not checked here.
         *
         * @param regex the expression; null for none
         * @return this builder
         */
        public Builder regex(String regex) {
            this.regex = regex;
            return this;
        }

        /**
         * Sets an action shown as a button beside the field (version 1.2), such as a submit that sends the
         * field; it cannot be a {@link ShowCardAction}.
         *
         * @param action the action; null for none
         * @return this builder
         */
        public Builder inlineAction(Action action) {
            this.inlineAction = action;
            return this;
        }
    }
}
