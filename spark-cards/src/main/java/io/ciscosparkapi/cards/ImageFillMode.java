package io.ciscosparkapi.cards;

/**
 * How a background image fills its area (Adaptive Cards {@code fillMode}, from version 1.2).
 */
public enum ImageFillMode implements WireValue {
    /** Scaled to cover the whole area, cropped where needed. Written as {@code cover}. */
    COVER("cover"),
    /** Repeated from left to right. Written as {@code repeatHorizontally}. */
    REPEAT_HORIZONTALLY("repeatHorizontally"),
    /** Repeated from top to bottom. Written as {@code repeatVertically}. */
    REPEAT_VERTICALLY("repeatVertically"),
    /** Repeated in both directions. Written as {@code repeat}. */
    REPEAT("repeat");

    private final String value;

    ImageFillMode(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "cover"}
     */
    @Override
    public String value() {
        return value;
    }
}
