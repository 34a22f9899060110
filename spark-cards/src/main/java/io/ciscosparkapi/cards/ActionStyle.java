package io.ciscosparkapi.cards;

/**
 * How an action's button stands out (Adaptive Cards {@code style} of an action, from version 1.2).
 */
public enum ActionStyle implements WireValue {
    /** Like any other button. Written as {@code default}. */
    DEFAULT("default"),
    /** The action the card is for, such as Accept. Written as {@code positive}. */
    POSITIVE("positive"),
    /** An action that deletes or cancels something. Written as {@code destructive}. */
    DESTRUCTIVE("destructive");

    private final String value;

    ActionStyle(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "default"}
     */
    @Override
    public String value() {
        return value;
    }
}
