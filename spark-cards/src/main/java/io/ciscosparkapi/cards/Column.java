package io.ciscosparkapi.cards;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One column of a {@link ColumnSet}, holding elements stacked from top to bottom ({@code Column}).
 *
 * <p>A column is not an element (it can only stand in a column set), but like one it may have an id (unique in
 * the card, and a target of {@link ToggleVisibilityAction}), spacing, a separator, and start hidden. Building the
 * card refuses an empty column. Immutable and thread-safe; two columns are equal when they write the same JSON.
 */
public final class Column extends LaidOutPart {

    private final List<Element> items;
    private final ColumnWidth width;
    private final ContainerProperties properties;

    private Column(List<Element> items, Builder builder) {
        super(builder.id, builder);
        this.items = items;
        this.width = builder.width;
        this.properties = builder.properties.copy();
    }

    /**
     * Returns a column.
     *
     * @param items the elements, from top to bottom
     * @return the column
     * @throws NullPointerException if {@code items} or one of them is null
     */
    public static Column of(Element... items) {
        return new Column(Arguments.copy("items", items), new Builder());
    }

    /**
     * Returns a column with other options, for example
     * {@code Column.of(List.of(avatar), c -> c.width(ColumnWidth.AUTO))}.
     *
     * @param items the elements, from top to bottom
     * @param options sets the optional properties
     * @return the column
     * @throws NullPointerException if {@code items}, one of them, or {@code options} is null
     */
    public static Column of(List<? extends Element> items, Consumer<Builder> options) {
        return new Column(Arguments.copy(items, "items"), Arguments.configured(new Builder(), options));
    }

    /**
     * Returns the elements of the column.
     *
     * @return the elements, from top to bottom, unmodifiable
     */
    public List<Element> items() {
        return items;
    }

    /**
     * Returns how wide the column is.
     *
     * @return the width; null when not set
     */
    public ColumnWidth width() {
        return width;
    }

    /**
     * Returns the column's style.
     *
     * @return the style; null when not set
     */
    public ContainerStyle style() {
        return properties.style;
    }

    /**
     * Returns how the elements are placed from top to bottom when the column is taller than they are.
     *
     * @return the alignment; null when not set
     */
    public VerticalAlignment verticalContentAlignment() {
        return properties.verticalContentAlignment;
    }

    /**
     * Tells whether the column's background reaches out to the edges of its parent.
     *
     * @return true if it bleeds
     */
    public boolean bleed() {
        return properties.bleed;
    }

    /**
     * Returns the column's minimum height.
     *
     * @return the height in pixels; null when not set
     */
    public Integer minHeight() {
        return properties.minHeight;
    }

    /**
     * Returns the image drawn behind the column.
     *
     * @return the image; null when none
     */
    public BackgroundImage backgroundImage() {
        return properties.backgroundImage;
    }

    /**
     * Returns the action run when the column is tapped.
     *
     * @return the action; null when none
     */
    public Action selectAction() {
        return properties.selectAction;
    }

    /**
     * Returns the column as its Adaptive Cards JSON object; properties not set are left out.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> toMap() {
        return json();
    }

    @Override
    String type() {
        return "Column";
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("items", items).put("width", width);
        properties.write(out);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!items.isEmpty(), path, "Column needs at least one item");
        check.elements(items, path + ".items");
        properties.check(check, path);
    }

    /** The optional properties of a {@link Column}, used inside the lambda given to its factory. */
    public static final class Builder extends LaidOutPart.Builder<Builder> {

        private String id;
        private ColumnWidth width;
        private final ContainerProperties properties = new ContainerProperties();

        private Builder() {
        }

        /**
         * Sets the column's id, which must be unique in the card.
         *
         * @param id the id; null for none
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets how wide the column is.
         *
         * @param width the width; null for the default
         * @return this builder
         */
        public Builder width(ColumnWidth width) {
            this.width = width;
            return this;
        }

        /**
         * Sets the column's style.
         *
         * @param style the style; null for the default
         * @return this builder
         */
        public Builder style(ContainerStyle style) {
            properties.style = style;
            return this;
        }

        /**
         * Sets how the elements are placed from top to bottom when the column is taller than they are
         * (version 1.1).
         *
         * @param alignment the alignment; null for the default (top)
         * @return this builder
         */
        public Builder verticalContentAlignment(VerticalAlignment alignment) {
            properties.verticalContentAlignment = alignment;
            return this;
        }

        /**
         * Sets whether the column's background reaches out to the edges of its parent (version 1.2).
         *
         * @param bleed true to bleed
         * @return this builder
         */
        public Builder bleed(boolean bleed) {
            properties.bleed = bleed;
            return this;
        }

        /**
         * Sets the column's minimum height (version 1.2).
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
         * Sets the image drawn behind the column (version 1.2).
         *
         * @param image the image; null for none
         * @return this builder
         */
        public Builder backgroundImage(BackgroundImage image) {
            properties.backgroundImage = image;
            return this;
        }

        /**
         * Sets the action run when the column is tapped (version 1.1); it cannot be a {@link ShowCardAction}.
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
