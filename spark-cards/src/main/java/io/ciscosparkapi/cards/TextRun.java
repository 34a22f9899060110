package io.ciscosparkapi.cards;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A piece of text with its own formatting inside a {@link RichTextBlock} ({@code TextRun}, version 1.2).
 *
 * <p>Unlike a {@link TextBlock}, a text run's text is not Markdown. Immutable and thread-safe; two runs are
 * equal when they write the same JSON.
 */
public final class TextRun extends CardValue<Map<String, Object>> {

    private final String text;
    private final TextFormat format;
    private final boolean italic;
    private final boolean strikethrough;
    private final boolean underline;
    private final boolean highlight;
    private final Action selectAction;

    private TextRun(String text, Builder builder) {
        this.text = text;
        this.format = builder.format.copy();
        this.italic = builder.italic;
        this.strikethrough = builder.strikethrough;
        this.underline = builder.underline;
        this.highlight = builder.highlight;
        this.selectAction = builder.selectAction;
    }

    /**
     * Returns a run of plain text.
     *
     * @param text the text; required when the card is built
     * @return the run
     */
    public static TextRun of(String text) {
        return new TextRun(text, new Builder());
    }

    /**
     * Returns a run of formatted text, for example {@code TextRun.of("urgent", r -> r.weight(TextWeight.BOLDER)
     * .color(TextColor.ATTENTION))}.
     *
     * @param text the text; required when the card is built
     * @param options sets the formatting
     * @return the run
     * @throws NullPointerException if {@code options} is null
     */
    public static TextRun of(String text, Consumer<Builder> options) {
        return new TextRun(text, Arguments.configured(new Builder(), options));
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
     * @return true if subtle
     */
    public boolean isSubtle() {
        return format.subtle;
    }

    /**
     * Tells whether the text is in italics.
     *
     * @return true if italic
     */
    public boolean italic() {
        return italic;
    }

    /**
     * Tells whether the text is struck through.
     *
     * @return true if struck through
     */
    public boolean strikethrough() {
        return strikethrough;
    }

    /**
     * Tells whether the text is underlined (version 1.3).
     *
     * @return true if underlined
     */
    public boolean underline() {
        return underline;
    }

    /**
     * Tells whether the text is highlighted.
     *
     * @return true if highlighted
     */
    public boolean highlight() {
        return highlight;
    }

    /**
     * Returns the action run when the text is tapped.
     *
     * @return the action; null when none
     */
    public Action selectAction() {
        return selectAction;
    }

    /**
     * Returns the run as its Adaptive Cards JSON object; formatting not set is left out.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> toMap() {
        return json();
    }

    @Override
    Map<String, Object> writeJson() {
        JsonFields out = new JsonFields().put("type", "TextRun").put("text", text);
        format.write(out);
        return out.putIfTrue("italic", italic).putIfTrue("strikethrough", strikethrough)
                .putIfTrue("underline", underline).putIfTrue("highlight", highlight)
                .put("selectAction", selectAction)
                .toMap();
    }

    void check(CardCheck check, String path) {
        check.require(text != null, path, "TextRun needs text");
        check.selectAction(selectAction, path + ".selectAction");
    }

    /** The formatting of a {@link TextRun}, used inside the lambda given to its factory. */
    public static final class Builder {

        private final TextFormat format = new TextFormat();
        private boolean italic;
        private boolean strikethrough;
        private boolean underline;
        private boolean highlight;
        private Action selectAction;

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
         * Sets the kind of font.
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
         * Sets whether the text is in italics.
         *
         * @param italic true for italics
         * @return this builder
         */
        public Builder italic(boolean italic) {
            this.italic = italic;
            return this;
        }

        /**
         * Sets whether the text is struck through.
         *
         * @param strikethrough true to strike it through
         * @return this builder
         */
        public Builder strikethrough(boolean strikethrough) {
            this.strikethrough = strikethrough;
            return this;
        }

        /**
         * Sets whether the text is underlined (version 1.3).
         *
         * @param underline true to underline it
         * @return this builder
         */
        public Builder underline(boolean underline) {
            this.underline = underline;
            return this;
        }

        /**
         * Sets whether the text is highlighted.
         *
         * @param highlight true to highlight it
         * @return this builder
         */
        public Builder highlight(boolean highlight) {
            this.highlight = highlight;
            return this;
        }

        /**
         * Sets the action run when the text is tapped; it cannot be a {@link ShowCardAction}.
         *
         * @param action the action; null for none
         * @return this builder
         */
        public Builder selectAction(Action action) {
            this.selectAction = action;
            return this;
        }
    }
}
