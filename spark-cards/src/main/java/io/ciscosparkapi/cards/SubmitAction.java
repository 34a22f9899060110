package io.ciscosparkapi.cards;

import java.util.Map;
import java.util.function.Consumer;

import io.ciscosparkapi.cards.internal.json.JsonValues;

/**
 * A button that submits the card's inputs ({@code Action.Submit}).
 *
 * <p>Webex creates an attachment action holding the inputs, each under its input's id, together with the fields
 * of this action's {@code data}; a bot tells its buttons apart by that data.
 */
public final class SubmitAction extends Action {

    private final Map<String, Object> data;
    private final AssociatedInputs associatedInputs;

    private SubmitAction(String title, Builder builder) {
        super(title, builder);
        this.data = builder.data;
        this.associatedInputs = builder.associatedInputs;
    }

    /**
     * Returns a submit button.
     *
     * @param title the button's label
     * @return the action
     */
    public static SubmitAction of(String title) {
        return new SubmitAction(title, new Builder());
    }

    /**
     * Returns a submit button with data or other options, for example
     * {@code SubmitAction.of("Approve", a -> a.data(Map.of("decision", "approve")).style(ActionStyle.POSITIVE))}.
     *
     * @param title the button's label
     * @param options sets the optional properties
     * @return the action
     * @throws NullPointerException if {@code options} is null
     */
    public static SubmitAction of(String title, Consumer<Builder> options) {
        return new SubmitAction(title, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Action.Submit"}} */
    @Override
    public String type() {
        return "Action.Submit";
    }

    /**
     * Returns the data submitted together with the inputs.
     *
     * @return an unmodifiable JSON object; null when not set
     */
    public Map<String, Object> data() {
        return data;
    }

    /**
     * Returns which inputs the action submits.
     *
     * @return the setting; null when not set (the card's inputs)
     */
    public AssociatedInputs associatedInputs() {
        return associatedInputs;
    }

    @Override
    void writeContent(JsonFields out) {
        out.put("data", data).put("associatedInputs", associatedInputs);
    }

    @Override
    void check(CardCheck check, String path) {
        // Nothing beyond the checks of every action: the data was checked when it was set.
    }

    /** The optional properties of a {@link SubmitAction}, used inside the lambda given to its factory. */
    public static final class Builder extends Action.Builder<Builder> {

        private Map<String, Object> data;
        private AssociatedInputs associatedInputs;

        private Builder() {
        }

        /**
         * Sets the data submitted together with the inputs; the action keeps a deep copy.
         *
         * @param data a JSON object: string keys, and values that are maps, lists, strings, numbers, booleans or
         *     null; null for none
         * @return this builder
         * @throws IllegalArgumentException naming the first part of {@code data} that is not a JSON value
         */
        public Builder data(Map<String, ?> data) {
            this.data = data == null ? null : JsonValues.copyObject(data, "data");
            return this;
        }

        /**
         * Sets which inputs the action submits (version 1.3).
         *
         * @param associatedInputs the setting; null for the default (the card's inputs)
         * @return this builder
         */
        public Builder associatedInputs(AssociatedInputs associatedInputs) {
            this.associatedInputs = associatedInputs;
            return this;
        }
    }
}
