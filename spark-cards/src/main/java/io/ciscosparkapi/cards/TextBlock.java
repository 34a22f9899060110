package io.ciscosparkapi.cards;

import java.util.function.Consumer;

/**
 * A block of text ({@code TextBlock}). Its text may use the Markdown subset of Adaptive Cards (bold, italic,
 * lists, links).
 */
public final class TextBlock extends Element {

    private final String text;
    private final TextFormat format;
    private final boolean wrap;
    private final Integer maxLines;
    private final HorizontalAlignment horizontalAlignment;

    private TextBlock(String text, Builder builder) {
        super(builder.id, builder);
        this.text = text;
        this.format = builder.format.copy();
        this.wrap = builder.wrap;
        this.maxLines = builder.maxLines;
        this.horizontalAlignment = builder.horizontalAlignment;
    }

    /**
     * Returns a text block.
     *
     * @param text the text; required when the card is built
     * @return the text block
     */
    public static TextBlock of(String text) {
        return new TextBlock(text, new Builder());
    }

    /**
     * Returns a text block with other options, for example
     * {@code TextBlock.of("Done", t -> t.color(TextColor.GOOD).weight(TextWeight.BOLDER))}.
     *
     * @param text the text; required when the card is built
     * @param options sets the optional properties
     * @return the text block
     * @throws NullPointerException if {@code options} is null
     */
    public static TextBlock of(String text, Consumer<Builder> options) {
        return new TextBlock(text, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "TextBlock"}} */
    @Override
    public String type() {
        return "TextBlock";
    }

    /**
     * Returns the text.
     *
     * @return the text, as given
     */
    public String text() {
        return text;
    }

    /**
     * Returns the size of the text.
     *
     * @return the size; null when not set
     */
    public TextSize size() {
        return format.size;
    }

    /**
     * Returns the weight of the text.
     *
     * @return the weight; null when not set
     */
    public TextWeight weight() {
        return format.weight;
    }

    /**
     * Returns the color of the text.
     *
     * @return the color; null when not set
     */
    public TextColor color() {
        return format.color;
    }

    /**
     * Returns the kind of font.
     *
     * @return the font type; null when not set
     */
    public FontType fontType() {
        return format.fontType;
    }

    /**
     * Tells whether the text is drawn subdued.
     *
     * @return true if subtle; false by default
     */
    public boolean isSubtle() {
        return format.subtle;
    }

    /**
     * Tells whether long text wraps onto more lines instead of being cut.
     *
     * @return true if it wraps; false by default
     */
    public boolean wrap() {
        return wrap;
    }

    /**
     * Returns the most lines the text takes when it wraps.
     *
     * @return the number of lines; null when not limited
     */
    public Integer maxLines() {
        return maxLines;
    }

    /**
     * Returns how the text is placed across the block.
     *
     * @return the alignment; null when not set
     */
    public HorizontalAlignment horizontalAlignment() {
        return horizontalAlignment;
    }

    @Override
    void writeContent(JsonFields out) {
        out.put("text", text);
        format.write(out);
        out.putIfTrue("wrap", wrap).put("maxLines", maxLines).put("horizontalAlignment", horizontalAlignment);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(text != null, path, "TextBlock needs text");
    }

    /** The optional properties of a {@link TextBlock}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private final TextFormat format = new TextFormat();
        private boolean wrap;
        private Integer maxLines;
        private HorizontalAlignment horizontalAlignment;

        private Builder() {
        }

        /**
         * Sets the size of the text.
         *
         * @param size the size; null for the default
         * @return this builder
         */
        public Builder size(TextSize size) {
            format.size = size;
            return this;
        }

        /**
         * Sets the weight of the text.
         *
         * @param weight the weight; null for the default
         * @return this builder
         */
        public Builder weight(TextWeight weight) {
            format.weight = weight;
            return this;
        }

        /**
         * Sets the color of the text.
         *
         * @param color the color; null for the default
         * @return this builder
         */
        public Builder color(TextColor color) {
            format.color = color;
            return this;
        }

        /**
         * Sets the kind of font (version 1.2).
         *
         * @param fontType the font type; null for the default
         * @return this builder
         */
        public Builder fontType(FontType fontType) {
            format.fontType = fontType;
            return this;
        }

        /**
         * Sets whether the text is drawn subdued.
         *
         * @param subtle true for subtle text
         * @return this builder
         */
        public Builder isSubtle(boolean subtle) {
            format.subtle = subtle;
            return this;
        }

        /**
         * Sets whether long text wraps onto more lines instead of being cut.
         *
         * @param wrap true to wrap
         * @return this builder
         */
        public Builder wrap(boolean wrap) {
            this.wrap = wrap;
            return this;
        }

        /**
         * Sets the most lines the text takes when it wraps.
         *
         * @param maxLines the number of lines
         * @return this builder
         * @throws IllegalArgumentException if {@code maxLines} is less than 1
         */
        public Builder maxLines(int maxLines) {
            this.maxLines = Arguments.atLeastOne(maxLines, "maxLines");
            return this;
        }

        /**
         * Sets how the text is placed across the block.
         *
         * @param alignment the alignment; null for the default
         * @return this builder
         */
        public Builder horizontalAlignment(HorizontalAlignment alignment) {
            this.horizontalAlignment = alignment;
            return this;
        }
    }
}
