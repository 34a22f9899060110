package io.ciscosparkapi.cards;

import java.util.Map;

/**
 * A part of a card laid out among others: an {@link Element}, or a {@link Column} of a column set. It may have an
 * id (unique in the card, and what a {@link ToggleVisibilityAction} aims at), spacing, a separator, and start
 * hidden; these are kept, and the part's JSON object written, here: {@code type}, {@code id}, the part's own
 * properties, then {@code spacing}, {@code separator}, {@code height} (elements only) and {@code isVisible}.
 */
abstract sealed class LaidOutPart extends CardValue<Map<String, Object>> permits Element, Column {

    private final String id;
    private final Spacing spacing;
    private final boolean separator;
    private final boolean visible;

    LaidOutPart(String id, Builder<?> builder) {
        this.id = id;
        this.spacing = builder.spacing;
        this.separator = builder.separator;
        this.visible = builder.visible;
    }

    /** The part's type as Adaptive Cards write it. */
    abstract String type();

    /**
     * Returns the id, unique in the card.
     *
     * @return the id; null when not set
     */
    public String id() {
        return id;
    }

    /**
     * Returns the space between this element (or column) and the one before it.
     *
     * @return the spacing; null when not set (the host's default)
     */
    public Spacing spacing() {
        return spacing;
    }

    /**
     * Tells whether a line is drawn between this element (or column) and the one before it.
     *
     * @return true if a separator is drawn; false by default
     */
    public boolean separator() {
        return separator;
    }

    /**
     * Tells whether the element (or column) is shown when the card is first rendered.
     *
     * @return false if it starts hidden; true by default
     */
    public boolean isVisible() {
        return visible;
    }

    @Override
    final Map<String, Object> writeJson() {
        JsonFields out = new JsonFields().put("type", type()).put("id", id);
        writeContent(out);
        out.put("spacing", spacing).putIfTrue("separator", separator).put("height", heightValue());
        if (!visible) {
            out.put("isVisible", Boolean.FALSE);
        }
        return out.toMap();
    }

    /** Writes the part's own properties, between {@code id} and {@code spacing}. */
    abstract void writeContent(JsonFields out);

    /** The JSON value of {@code height}; null (none) unless the part is an element with a height. */
    Object heightValue() {
        return null;
    }

    /** Checks what Webex would refuse in this part and its own parts; the card has already taken its id. */
    abstract void check(CardCheck check, String path);

    /**
     * The layout properties every element's and every column's builder has: spacing, separator and visibility.
     * A builder is used only inside the lambda given to a factory; the part copies what it holds.
     *
     * @param <B> the builder's own type, so calls chain
     */
    abstract static sealed class Builder<B extends Builder<B>> permits Element.LayoutBuilder, Column.Builder {

        private Spacing spacing;
        private boolean separator;
        private boolean visible = true;

        Builder() {
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /**
         * Sets the space between this element (or column) and the one before it.
         *
         * @param spacing the spacing; null for the host's default
         * @return this builder
         */
        public B spacing(Spacing spacing) {
            this.spacing = spacing;
            return self();
        }

        /**
         * Sets whether a line is drawn between this element (or column) and the one before it.
         *
         * @param separator true to draw a separator
         * @return this builder
         */
        public B separator(boolean separator) {
            this.separator = separator;
            return self();
        }

        /**
         * Sets whether the element (or column) is shown when the card is first rendered (version 1.2); a
         * {@link ToggleVisibilityAction} can change it later.
         *
         * @param visible false to start hidden
         * @return this builder
         */
        public B isVisible(boolean visible) {
            this.visible = visible;
            return self();
        }
    }
}
