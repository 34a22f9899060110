package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * Columns side by side ({@code ColumnSet}).
 *
 * <p>Building the card refuses a column set without columns, and an empty column.
 */
public final class ColumnSet extends Element {

    private final List<Column> columns;
    private final ContainerProperties properties;

    private ColumnSet(List<Column> columns, Builder builder) {
        super(builder.id, builder);
        this.columns = columns;
        this.properties = builder.properties.copy();
    }

    /**
     * Returns a column set.
     *
     * @param columns the columns, from left to right
     * @return the column set
     * @throws NullPointerException if {@code columns} or one of them is null
     */
    public static ColumnSet of(Column... columns) {
        return new ColumnSet(Arguments.copy("columns", columns), new Builder());
    }

    /**
     * Returns a column set with other options.
     *
     * @param columns the columns, from left to right
     * @param options sets the optional properties, for example {@code s -> s.style(ContainerStyle.EMPHASIS)}
     * @return the column set
     * @throws NullPointerException if {@code columns}, one of them, or {@code options} is null
     */
    public static ColumnSet of(List<Column> columns, Consumer<Builder> options) {
        return new ColumnSet(Arguments.copy(columns, "columns"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "ColumnSet"}} */
    @Override
    public String type() {
        return "ColumnSet";
    }

    /**
     * Returns the columns.
     *
     * @return the columns, from left to right, unmodifiable
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Returns the column set's style.
     *
     * @return the style; null when not set
     */
    public ContainerStyle style() {
        return properties.style;
    }

    /**
     * Tells whether the column set's background reaches out to the edges of its parent.
     *
     * @return true if it bleeds
     */
    public boolean bleed() {
        return properties.bleed;
    }

    /**
     * Returns the column set's minimum height.
     *
     * @return the height in pixels; null when not set
     */
    public Integer minHeight() {
        return properties.minHeight;
    }

    /**
     * Returns how the columns are placed across the set when they do not fill it.
     *
     * @return the alignment; null when not set
     */
    public HorizontalAlignment horizontalAlignment() {
        return properties.horizontalAlignment;
    }

    /**
     * Returns the action run when the column set is tapped.
     *
     * @return the action; null when none
     */
    public Action selectAction() {
        return properties.selectAction;
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("columns", columns);
        properties.write(out);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!columns.isEmpty(), path, "ColumnSet needs at least one column");
        check.each(columns, path + ".columns", check::laidOut);
        properties.check(check, path);
    }

    /** The optional properties of a {@link ColumnSet}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private final ContainerProperties properties = new ContainerProperties();

        private Builder() {
        }

        /**
         * Sets the column set's style (version 1.2).
         *
         * @param style the style; null for the default
         * @return this builder
         */
        public Builder style(ContainerStyle style) {
            properties.style = style;
            return this;
        }

        /**
         * Sets whether the column set's background reaches out to the edges of its parent (version 1.2).
         *
         * @param bleed true to bleed
         * @return this builder
         */
        public Builder bleed(boolean bleed) {
            properties.bleed = bleed;
            return this;
        }

        /**
         * Sets the column set's minimum height (version 1.2).
         *
         * @param pixels the height in pixels
         * @return this builder
         * @throws IllegalArgumentException if {@code pixels} is not positive
         */
        public Builder minHeight(int pixels) {
            properties.minHeight(pixels);
            return this;
        }

        /**
         * Sets how the columns are placed across the set when they do not fill it.
         *
         * @param alignment the alignment; null for the default
         * @return this builder
         */
        public Builder horizontalAlignment(HorizontalAlignment alignment) {
            properties.horizontalAlignment = alignment;
            return this;
        }

        /**
         * Sets the action run when the column set is tapped (version 1.1); it cannot be a
         * {@link ShowCardAction}.
         *
         * @param action the action; null for none
         * @return this builder
         */
        public Builder selectAction(Action action) {
            properties.selectAction = action;
            return this;
        }
    }
}
