package io.ciscosparkapi.cards;

/**
 * The color of text, from the host's palette (Adaptive Cards {@code color}).
 */
public enum TextColor implements WireValue {
    /** The host's default color. Written as {@code default}. */
    DEFAULT("default"),
    /** Dark text. Written as {@code dark}. */
    DARK("dark"),
    /** Light text. Written as {@code light}. */
    LIGHT("light"),
    /** The host's accent color. Written as {@code accent}. */
    ACCENT("accent"),
    /** The color of good news. Written as {@code good}. */
    GOOD("good"),
    /** The color of a warning. Written as {@code warning}. */
    WARNING("warning"),
    /** The color of something that needs attention. Written as {@code attention}. */
    ATTENTION("attention");

    private final String value;

    TextColor(String value) {
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
