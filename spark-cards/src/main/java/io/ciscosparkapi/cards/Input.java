package io.ciscosparkapi.cards;

/**
 * An element the user fills in: text ({@link TextInput}), a number ({@link NumberInput}), a date
 * ({@link DateInput}), a time ({@link TimeInput}), a toggle ({@link ToggleInput}) or a choice
 * ({@link ChoiceSetInput}).
 *
 * <p>Every input needs an id, unique in the card: Webex submits the input's value under it when the user taps a
 * {@link SubmitAction}. Inputs may have a label, and be required with an error message shown when they are left
 * empty (all three are version 1.3 properties, which Webex renders). Building the card refuses an input without
 * an id.
 */
public abstract sealed class Input extends Element permits TextInput, RangeInput, ToggleInput, ChoiceSetInput {

    private final String label;
    private final boolean required;
    private final String errorMessage;

    Input(String id, Builder<?> builder) {
        super(id, builder);
        this.label = builder.label;
        this.required = builder.required;
        this.errorMessage = builder.errorMessage;
    }

    /**
     * Returns the input's id, under which its value is submitted.
     *
     * @return the id, as given to the input's factory; a card refuses an input whose id is null or blank
     */
    @Override
    public String id() {
        return super.id();
    }

    /**
     * Returns the label shown with the input.
     *
     * @return the label; null when not set
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether the card may be submitted only once this input has a value.
     *
     * @return true if required; false by default
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Returns the message shown when a required input is empty, or its value is not valid.
     *
     * @return the message; null when not set
     */
    public String errorMessage() {
        return errorMessage;
    }

    @Override
    final void writeContent(JsonFields out) {
        out.put("label", label);
        writeInput(out);
        out.putIfTrue("isRequired", required).put("errorMessage", errorMessage);
    }

    /** Writes the input's own properties, between {@code label} and {@code isRequired}. */
    abstract void writeInput(JsonFields out);

    /**
     * The properties every input's builder has: a label, whether it is required, its error message, and the
     * layout properties of every element.
     *
     * @param <B> the builder's own type, so calls chain
     */
    public abstract static sealed class Builder<B extends Builder<B>> extends Element.LayoutBuilder<B>
            permits TextInput.Builder, RangeInput.Builder, ToggleInput.Builder, ChoiceSetInput.Builder {

        private String label;
        private boolean required;
        private String errorMessage;

        Builder() {
        }

        /**
         * Sets the label shown with the input (version 1.3).
         *
         * @param label the label; null for none
         * @return this builder
         */
        public B label(String label) {
            this.label = label;
            return self();
        }

        /**
         * Sets whether the card may be submitted only once this input has a value (version 1.3).
         *
         * @param required true to require a value
         * @return this builder
         */
        public B isRequired(boolean required) {
            this.required = required;
            return self();
        }

        /**
         * Sets the message shown when a required input is empty, or its value is not valid (version 1.3).
         *
         * @param message the message; null for the client's own
         * @return this builder
         */
        public B errorMessage(String message) {
            this.errorMessage = message;
            return self();
        }
    }
}
