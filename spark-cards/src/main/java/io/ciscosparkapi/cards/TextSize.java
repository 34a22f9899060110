package io.ciscosparkapi.cards;

/**
 * The size of text (Adaptive Cards {@code size} of text).
 */
public enum TextSize implements WireValue {
    /** The host's default size. Written as {@code default}. */
    DEFAULT("default"),
    /** Small text. Written as {@code small}. */
    SMALL("small"),
    /** Medium text. Written as {@code medium}. */
    MEDIUM("medium"),
    /** Large text. Written as {@code large}. */
    LARGE("large"),
    /** Extra large text. Written as {@code extraLarge}. */
    EXTRA_LARGE("extraLarge");

    private final String value;

    TextSize(String value) {
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
