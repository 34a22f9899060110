package io.ciscosparkapi.cards;

/**
 * The space between an element and the one before it (Adaptive Cards {@code spacing}).
 */
public enum Spacing implements WireValue {
    /** No space. Written as {@code none}. */
    NONE("none"),
    /** A small space. Written as {@code small}. */
    SMALL("small"),
    /** The host's default space. Written as {@code default}. */
    DEFAULT("default"),
    /** A medium space. Written as {@code medium}. */
    MEDIUM("medium"),
    /** A large space. Written as {@code large}. */
    LARGE("large"),
    /** An extra large space. Written as {@code extraLarge}. */
    EXTRA_LARGE("extraLarge"),
    /** The same space as the padding of the container. Written as {@code padding}. */
    PADDING("padding");

    private final String value;

    Spacing(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "none"}
     */
    @Override
    public String value() {
        return value;
    }
}
