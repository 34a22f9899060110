package io.ciscosparkapi.cards;

import java.util.function.Consumer;

/**
 * A check box with a title ({@code Input.Toggle}).
 *
 * <p>It submits {@code "true"} when checked and {@code "false"} when not, unless other values are set with
 * {@link Builder#valueOn(String)} and {@link Builder#valueOff(String)}; it starts checked when its
 * {@link Builder#value(String) value} is the "on" value. Building the card refuses a toggle without a title.
 */
public final class ToggleInput extends Input {

    private final String title;
    private final String value;
    private final String valueOn;
    private final String valueOff;
    private final boolean wrap;

    private ToggleInput(String id, String title, Builder builder) {
        super(id, builder);
        this.title = title;
        this.value = builder.value;
        this.valueOn = builder.valueOn;
        this.valueOff = builder.valueOff;
        this.wrap = builder.wrap;
    }

    /**
     * Returns a check box.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param title the text beside the box; required
     * @return the input
     */
    public static ToggleInput of(String id, String title) {
        return new ToggleInput(id, title, new Builder());
    }

    /**
     * Returns a check box with other options, for example
     * {@code ToggleInput.of("projector", "I need a projector", i -> i.value("true"))}.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param title the text beside the box; required
     * @param options sets the optional properties
     * @return the input
     * @throws NullPointerException if {@code options} is null
     */
    public static ToggleInput of(String id, String title, Consumer<Builder> options) {
        return new ToggleInput(id, title, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Input.Toggle"}} */
    @Override
    public String type() {
        return "Input.Toggle";
    }

    /**
     * Returns the text beside the box.
     *
     * @return the title, as given
     */
    public String title() {
        return title;
    }

    /**
     * Returns the initial value.
     *
     * @return the value; null when not set (unchecked)
     */
    public String value() {
        return value;
    }

    /**
     * Returns the value submitted when the box is checked.
     *
     * @return the value; null when not set ({@code "true"})
     */
    public String valueOn() {
        return valueOn;
    }

    /**
     * Returns the value submitted when the box is not checked.
     *
     * @return the value; null when not set ({@code "false"})
     */
    public String valueOff() {
        return valueOff;
    }

    /**
     * Tells whether a long title wraps onto more lines.
     *
     * @return true if it wraps
     */
    public boolean wrap() {
        return wrap;
    }

    @Override
    void writeInput(JsonFields out) {
        out.put("title", title).put("value", value).put("valueOn", valueOn).put("valueOff", valueOff)
                .putIfTrue("wrap", wrap);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(title != null, path, "Input.Toggle needs a title");
    }

    /** The optional properties of a {@link ToggleInput}, used inside the lambda given to its factory. */
    public static final class Builder extends Input.Builder<Builder> {

        private String value;
        private String valueOn;
        private String valueOff;
        private boolean wrap;

        private Builder() {
        }

        /**
         * Sets the initial value: the "on" value to start checked.
         *
         * @param value the value; null for unchecked
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets the value submitted when the box is checked.
         *
         * @param valueOn the value; null for {@code "true"}
         * @return this builder
         */
        public Builder valueOn(String valueOn) {
            this.valueOn = valueOn;
            return this;
        }

        /**
         * Sets the value submitted when the box is not checked.
         *
         * @param valueOff the value; null for {@code "false"}
         * @return this builder
         */
        public Builder valueOff(String valueOff) {
            this.valueOff = valueOff;
            return this;
        }

        /**
         * Sets whether a long title wraps onto more lines (version 1.2).
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
