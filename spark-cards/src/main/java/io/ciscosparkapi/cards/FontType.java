package io.ciscosparkapi.cards;

/**
 * The kind of font for text (Adaptive Cards {@code fontType}, from version 1.2).
 */
public enum FontType implements WireValue {
    /** The host's default font. Written as {@code default}. */
    DEFAULT("default"),
    /** A monospaced font. Written as {@code monospace}. */
    MONOSPACE("monospace");

    private final String value;

    FontType(String value) {
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
