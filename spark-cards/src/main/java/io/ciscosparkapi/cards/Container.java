package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * A group of elements laid out together ({@code Container}), which can be styled, hidden and shown as one, or
 * tapped as one.
 *
 * <p>Building the card refuses an empty container.
 */
public final class Container extends Element {

    private final List<Element> items;
    private final ContainerProperties properties;

    private Container(List<Element> items, Builder builder) {
        super(builder.id, builder);
        this.items = items;
        this.properties = builder.properties.copy();
    }

    /**
     * Returns a container.
     *
     * @param items the elements, in order
     * @return the container
     * @throws NullPointerException if {@code items} or one of them is null
     */
    public static Container of(Element... items) {
        return new Container(Arguments.copy("items", items), new Builder());
    }

    /**
     * Returns a container with other options, for example
     * {@code Container.of(details, c -> c.id("details").isVisible(false).style(ContainerStyle.EMPHASIS))}.
     *
     * @param items the elements, in order
     * @param options sets the optional properties
     * @return the container
     * @throws NullPointerException if {@code items}, one of them, or {@code options} is null
     */
    public static Container of(List<? extends Element> items, Consumer<Builder> options) {
        return new Container(Arguments.copy(items, "items"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Container"}} */
    @Override
    public String type() {
        return "Container";
    }

    /**
     * Returns the elements of the container.
     *
     * @return the elements, in order, unmodifiable
     */
    public List<Element> items() {
        return items;
    }

    /**
     * Returns the container's style.
     *
     * @return the style; null when not set
     */
    public ContainerStyle style() {
        return properties.style;
    }

    /**
     * Returns how the elements are placed from top to bottom when the container is taller than they are.
     *
     * @return the alignment; null when not set
     */
    public VerticalAlignment verticalContentAlignment() {
        return properties.verticalContentAlignment;
    }

    /**
     * Tells whether the container's background reaches out to the edges of its parent.
     *
     * @return true if it bleeds
     */
    public boolean bleed() {
        return properties.bleed;
    }

    /**
     * Returns the container's minimum height.
     *
     * @return the height in pixels; null when not set
     */
    public Integer minHeight() {
        return properties.minHeight;
    }

    /**
     * Returns the image drawn behind the container.
     *
     * @return the image; null when none
     */
    public BackgroundImage backgroundImage() {
        return properties.backgroundImage;
    }

    /**
     * Returns the action run when the container is tapped.
     *
     * @return the action; null when none
     */
    public Action selectAction() {
        return properties.selectAction;
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("items", items);
        properties.write(out);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!items.isEmpty(), path, "Container needs at least one item");
        check.elements(items, path + ".items");
        properties.check(check, path);
    }

    /** The optional properties of a {@link Container}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private final ContainerProperties properties = new ContainerProperties();

        private Builder() {
        }

        /**
         * Sets the container's style.
         *
         * @param style the style; null for the default
         * @return this builder
         */
        public Builder style(ContainerStyle style) {
            properties.style = style;
            return this;
        }

        /**
         * Sets how the elements are placed from top to bottom when the container is taller than they are
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
         * Sets whether the container's background reaches out to the edges of its parent (version 1.2).
         *
         * @param bleed true to bleed
         * @return this builder
         */
        public Builder bleed(boolean bleed) {
            properties.bleed = bleed;
            return this;
        }

        /**
         * Sets the container's minimum height (version 1.2).
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
         * Sets the image drawn behind the container (version 1.2).
         *
         * @param image the image; null for none
         * @return this builder
         */
        public Builder backgroundImage(BackgroundImage image) {
            properties.backgroundImage = image;
            return this;
        }

        /**
         * Sets the action run when the container is tapped (version 1.1); it cannot be a {@link ShowCardAction}.
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
