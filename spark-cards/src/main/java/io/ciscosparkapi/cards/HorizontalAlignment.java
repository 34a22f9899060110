package io.ciscosparkapi.cards;

/**
 * How an element or its text is placed across its container (Adaptive Cards {@code horizontalAlignment}).
 */
public enum HorizontalAlignment implements WireValue {
    /** At the left. Written as {@code left}. */
    LEFT("left"),
    /** In the center. Written as {@code center}. */
    CENTER("center"),
    /** At the right. Written as {@code right}. */
    RIGHT("right");

    private final String value;

    HorizontalAlignment(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "left"}
     */
    @Override
    public String value() {
        return value;
    }
}
