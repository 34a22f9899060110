package io.ciscosparkapi.cards;

/**
 * The formatting a {@link TextBlock} and a {@link TextRun} share: size, weight, color, font type and subtlety,
 * kept and written here, in that order, right after the text.
 *
 * <p>A builder fills one in; the part keeps a {@link #copy()}, which nothing changes.
 */
final class TextFormat {

    TextSize size;
    TextWeight weight;
    TextColor color;
    FontType fontType;
    boolean subtle;

    TextFormat() {
    }

    private TextFormat(TextFormat from) {
        this.size = from.size;
        this.weight = from.weight;
        this.color = from.color;
        this.fontType = from.fontType;
        this.subtle = from.subtle;
    }

    /** Returns the formatting as set so far, for a part to keep. */
    TextFormat copy() {
        return new TextFormat(this);
    }

    void write(JsonFields out) {
        out.put("size", size).put("weight", weight).put("color", color).put("fontType", fontType)
                .putIfTrue("isSubtle", subtle);
    }
}
