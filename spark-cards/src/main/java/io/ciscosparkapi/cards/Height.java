package io.ciscosparkapi.cards;

/**
 * How tall an element is in its container (Adaptive Cards {@code height}, from version 1.1).
 */
public enum Height implements WireValue {
    /** As tall as its content. Written as {@code auto}. */
    AUTO("auto"),
    /** Stretched to fill the height left in its container. Written as {@code stretch}. */
    STRETCH("stretch");

    private final String value;

    Height(String value) {
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
