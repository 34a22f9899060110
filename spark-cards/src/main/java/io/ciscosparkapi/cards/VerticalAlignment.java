package io.ciscosparkapi.cards;

/**
 * How content is placed from top to bottom (Adaptive Cards {@code verticalContentAlignment}, from version 1.1, and a background image's {@code verticalAlignment}).
 */
public enum VerticalAlignment implements WireValue {
    /** At the top. Written as {@code top}. */
    TOP("top"),
    /** In the middle. Written as {@code center}. */
    CENTER("center"),
    /** At the bottom. Written as {@code bottom}. */
    BOTTOM("bottom");

    private final String value;

    VerticalAlignment(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "top"}
     */
    @Override
    public String value() {
        return value;
    }
}
