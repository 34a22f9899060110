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
public abstract sealed class Element extends LaidOutPart
        permits TextBlock, Image, Media, RichTextBlock, ColumnSet, Container, FactSet, ImageSet, ActionSet, Input {

    private final Height height;

    Element(String id, LayoutBuilder<?> builder) {
        super(id, builder);
        this.height = builder.height;
    }

    /**
     * Returns the element's type as Adaptive Cards write it.
     *
     * @return the type, for example {@code "TextBlock"} or {@code "Input.Text"}
     */
    @Override
    public abstract String type();

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

    /** The JSON value of {@code height}; an image may also give a size in pixels. */
    @Override
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
    public abstract static sealed class LayoutBuilder<B extends LayoutBuilder<B>> extends LaidOutPart.Builder<B>
            permits Builder, Input.Builder {

        private Height height;

        LayoutBuilder() {
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
