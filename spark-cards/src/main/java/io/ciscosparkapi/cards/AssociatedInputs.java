package io.ciscosparkapi.cards;

/**
 * Which inputs a submit action sends (Adaptive Cards {@code associatedInputs}, from version 1.3).
 */
public enum AssociatedInputs implements WireValue {
    /** The inputs of the card, checked before sending (the default). Written as {@code auto}. */
    AUTO("auto"),
    /** No inputs, and none are checked. Written as {@code none}. */
    NONE("none");

    private final String value;

    AssociatedInputs(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "auto"}
     */
    @Override
    public String value() {
        return value;
    }
}
