package io.ciscosparkapi.cards;

import java.util.Map;

/**
 * An element of a card's body or of a container: text, images, media, containers and inputs.
 *
 * <p>Every element has the common properties of Adaptive Cards elements: an optional {@code id} (unique in the
 * card; inputs need one), {@code spacing}, {@code separator}, {@code isVisible} (toggled by
 * {@link ToggleVisibilityAction}) and {@code height}. Elements are immutable and thread-safe; two elements are
 * equal when they write the same JSON. What Webex would refuse (an input without an id, an id used twice, an empty
 * container, a URL that is not absolute) is checked when the element is placed in a card and the card is built,
 * and the error names the element's place in the card, such as {@code body[2].items[0]}.
 */
public abstract sealed class Element extends CardValue<Map<String, Object>>
        permits TextBlock, Image, Media, RichTextBlock, ColumnSet, Container, FactSet, ImageSet, ActionSet, Input {

    private final String id;
    private final Spacing spacing;
    private final boolean separator;
    private final boolean visible;
    private final Height height;

    Element(String id, LayoutBuilder<?> builder) {
        this.id = id;
        this.spacing = builder.spacing;
        this.separator = builder.separator;
        this.visible = builder.visible;
        this.height = builder.height;
    }

    /**
     * Returns the element's type as Adaptive Cards write it.
     *
     * @return the type, for example {@code "TextBlock"} or {@code "Input.Text"}
     */
    public abstract String type();

    /**
     * Returns the element's id.
     *
     * @return the id; null when not set
     */
    public String id() {
        return id;
    }

    /**
     * Returns the space between this element and the one before it.
     *
     * @return the spacing; null when not set (the host's default)
     */
    public Spacing spacing() {
        return spacing;
    }

    /**
     * Tells whether a line is drawn between this element and the one before it.
     *
     * @return true if a separator is drawn; false by default
     */
    public boolean separator() {
        return separator;
    }

    /**
     * Tells whether the element is shown when the card is first rendered.
     *
     * @return false if it starts hidden; true by default
     */
    public boolean isVisible() {
        return visible;
    }

    /**
     * Returns how tall the element is in its container.
     *
     * @return the height; null when not set (as tall as its content)
     */
    public Height height() {
        return height;
    }

    /**
     * Returns the element as its Adaptive Cards JSON object.
     *
     * <p>Fields come in a fixed order ({@code type}, {@code id}, the element's own properties, then the common
     * ones); properties not set, and flags at their default, are left out.
     *
     * @return an unmodifiable map of strings, booleans, numbers, lists and maps
     */
    public final Map<String, Object> toMap() {
        return json();
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

    /** Writes the element's own properties, between {@code id} and the common properties. */
    abstract void writeContent(JsonFields out);

    /** Checks what Webex would refuse in this element and its parts; the card has already taken its id. */
    abstract void check(CardCheck check, String path);

    /** The JSON value of {@code height}; an image may also give a size in pixels. */
    Object heightValue() {
        return height == null ? null : height.value();
    }

    /**
     * The layout properties every element's builder has: spacing, separator, visibility and height.
     *
     * <p>A builder is used only inside the lambda given to an element's factory; the element copies what it holds.
     *
     * @param <B> the builder's own type, so calls chain
     */
    public abstract static sealed class LayoutBuilder<B extends LayoutBuilder<B>> permits Builder, Input.Builder {

        private Spacing spacing;
        private boolean separator;
        private boolean visible = true;
        private Height height;

        LayoutBuilder() {
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /**
         * Sets the space between this element and the one before it.
         *
         * @param spacing the spacing; null for the host's default
         * @return this builder
         */
        public B spacing(Spacing spacing) {
            this.spacing = spacing;
            return self();
        }

        /**
         * Sets whether a line is drawn between this element and the one before it.
         *
         * @param separator true to draw a separator
         * @return this builder
         */
        public B separator(boolean separator) {
            this.separator = separator;
            return self();
        }

        /**
         * Sets whether the element is shown when the card is first rendered; a {@link ToggleVisibilityAction} can
         * change it later.
         *
         * @param visible false to start hidden
         * @return this builder
         */
        public B isVisible(boolean visible) {
            this.visible = visible;
            return self();
        }

        /**
         * Sets how tall the element is in its container.
         *
         * @param height the height; null for as tall as its content
         * @return this builder
         */
        public B height(Height height) {
            this.height = height;
            return self();
        }
    }

    /**
     * The builder of an element that is not an input: its layout properties and an optional id. (An input's id is
     * required, so it is given to the input's factory instead.)
     *
     * @param <B> the builder's own type, so calls chain
     */
    public abstract static sealed class Builder<B extends Builder<B>> extends LayoutBuilder<B>
            permits TextBlock.Builder, Image.Builder, Media.Builder, RichTextBlock.Builder, ColumnSet.Builder,
            Container.Builder, FactSet.Builder, ImageSet.Builder, ActionSet.Builder {

        String id;

        Builder() {
        }

        /**
         * Sets the element's id, which must be unique in the card; a {@link ToggleVisibilityAction} finds the
         * element by it.
         *
         * @param id the id; null for none
         * @return this builder
         */
        public B id(String id) {
            this.id = id;
            return self();
        }
    }
}
