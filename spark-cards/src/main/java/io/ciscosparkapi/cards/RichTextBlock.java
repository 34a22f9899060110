package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * A paragraph made of {@link TextRun}s, each with its own formatting ({@code RichTextBlock}, version 1.2).
 *
 * <p>Building the card refuses a rich text block without runs.
 */
public final class RichTextBlock extends Element {

    private final List<TextRun> inlines;
    private final HorizontalAlignment horizontalAlignment;

    private RichTextBlock(List<TextRun> inlines, Builder builder) {
        super(builder.id, builder);
        this.inlines = inlines;
        this.horizontalAlignment = builder.horizontalAlignment;
    }

    /**
     * Returns a rich text block.
     *
     * @param inlines the runs of text, in order
     * @return the block
     * @throws NullPointerException if {@code inlines} or one of them is null
     */
    public static RichTextBlock of(TextRun... inlines) {
        return new RichTextBlock(Arguments.copy("inlines", inlines), new Builder());
    }

    /**
     * Returns a rich text block with other options.
     *
     * @param inlines the runs of text, in order
     * @param options sets the optional properties, for example {@code r -> r.horizontalAlignment(CENTER)}
     * @return the block
     * @throws NullPointerException if {@code inlines}, one of them, or {@code options} is null
     */
    public static RichTextBlock of(List<TextRun> inlines, Consumer<Builder> options) {
        return new RichTextBlock(Arguments.copy(inlines, "inlines"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "RichTextBlock"}} */
    @Override
    public String type() {
        return "RichTextBlock";
    }

    /**
     * Returns the runs of text.
     *
     * @return the runs, in order, unmodifiable
     */
    public List<TextRun> inlines() {
        return inlines;
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
        out.putList("inlines", inlines).put("horizontalAlignment", horizontalAlignment);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!inlines.isEmpty(), path, "RichTextBlock needs at least one text run");
        check.each(inlines, path + ".inlines", (run, at) -> run.check(check, at));
    }

    /** The optional properties of a {@link RichTextBlock}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private HorizontalAlignment horizontalAlignment;

        private Builder() {
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
