package io.ciscosparkapi.cards;

/**
 * The weight of text (Adaptive Cards {@code weight}).
 */
public enum TextWeight implements WireValue {
    /** The host's default weight. Written as {@code default}. */
    DEFAULT("default"),
    /** Lighter than the default. Written as {@code lighter}. */
    LIGHTER("lighter"),
    /** Bolder than the default. Written as {@code bolder}. */
    BOLDER("bolder");

    private final String value;

    TextWeight(String value) {
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
