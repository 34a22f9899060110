package io.ciscosparkapi.cards;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An image ({@code Image}), on its own or in an {@link ImageSet}.
 *
 * <p>The URL is checked when the card is built: an absolute {@code http} or {@code https} URL, or a
 * {@code data:image/...} URI that carries the image itself (Adaptive Cards allow both; mind that the whole
 * message has a size limit).
 */
public final class Image extends Element {

    private static final Pattern COLOR = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    private final String url;
    private final String altText;
    private final ImageSize size;
    private final ImageStyle style;
    private final String backgroundColor;
    private final HorizontalAlignment horizontalAlignment;
    private final Integer pixelWidth;
    private final Integer pixelHeight;
    private final Action selectAction;

    private Image(String url, Builder builder) {
        super(builder.id, builder);
        this.url = url;
        this.altText = builder.altText;
        this.size = builder.size;
        this.style = builder.style;
        this.backgroundColor = builder.backgroundColor;
        this.horizontalAlignment = builder.horizontalAlignment;
        this.pixelWidth = builder.pixelWidth;
        this.pixelHeight = builder.pixelHeight;
        this.selectAction = builder.selectAction;
    }

    /**
     * Returns an image.
     *
     * @param url the image's URL; checked when the card is built
     * @return the image
     */
    public static Image of(String url) {
        return new Image(url, new Builder());
    }

    /**
     * Returns an image with other options, for example
     * {@code Image.of(avatarUrl, i -> i.style(ImageStyle.PERSON).size(ImageSize.SMALL).altText("Avatar"))}.
     *
     * @param url the image's URL; checked when the card is built
     * @param options sets the optional properties
     * @return the image
     * @throws NullPointerException if {@code options} is null
     */
    public static Image of(String url, Consumer<Builder> options) {
        return new Image(url, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Image"}} */
    @Override
    public String type() {
        return "Image";
    }

    /**
     * Returns the image's URL.
     *
     * @return the URL, as given
     */
    public String url() {
        return url;
    }

    /**
     * Returns the text that describes the image to those who cannot see it.
     *
     * @return the text; null when not set
     */
    public String altText() {
        return altText;
    }

    /**
     * Returns the image's size.
     *
     * @return the size; null when not set
     */
    public ImageSize size() {
        return size;
    }

    /**
     * Returns how the image is drawn.
     *
     * @return the style; null when not set
     */
    public ImageStyle style() {
        return style;
    }

    /**
     * Returns the color drawn behind a transparent image.
     *
     * @return the color as {@code #RRGGBB} or {@code #AARRGGBB}; null when not set
     */
    public String backgroundColor() {
        return backgroundColor;
    }

    /**
     * Returns how the image is placed across its container.
     *
     * @return the alignment; null when not set
     */
    public HorizontalAlignment horizontalAlignment() {
        return horizontalAlignment;
    }

    /**
     * Returns the image's width in pixels.
     *
     * @return the width; null when not set
     */
    public Integer pixelWidth() {
        return pixelWidth;
    }

    /**
     * Returns the image's height in pixels, which is written in place of {@link #height()}.
     *
     * @return the height; null when not set
     */
    public Integer pixelHeight() {
        return pixelHeight;
    }

    /**
     * Returns the action run when the image is tapped.
     *
     * @return the action; null when none
     */
    public Action selectAction() {
        return selectAction;
    }

    @Override
    void writeContent(JsonFields out) {
        out.put("url", url).put("altText", altText).put("size", size).put("style", style)
                .put("backgroundColor", backgroundColor).put("horizontalAlignment", horizontalAlignment)
                .put("width", JsonFields.pixels(pixelWidth))
                .put("selectAction", selectAction);
    }

    @Override
    Object heightValue() {
        return pixelHeight != null ? JsonFields.pixels(pixelHeight) : super.heightValue();
    }

    @Override
    void check(CardCheck check, String path) {
        check.imageUrl(url, path + ".url");
        check.selectAction(selectAction, path + ".selectAction");
    }

    /** The optional properties of an {@link Image}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private String altText;
        private ImageSize size;
        private ImageStyle style;
        private String backgroundColor;
        private HorizontalAlignment horizontalAlignment;
        private Integer pixelWidth;
        private Integer pixelHeight;
        private Action selectAction;

        private Builder() {
        }

        /**
         * Sets the text that describes the image to those who cannot see it.
         *
         * @param altText the text; null for none
         * @return this builder
         */
        public Builder altText(String altText) {
            this.altText = altText;
            return this;
        }

        /**
         * Sets the image's size.
         *
         * @param size the size; null for the default
         * @return this builder
         */
        public Builder size(ImageSize size) {
            this.size = size;
            return this;
        }

        /**
         * Sets how the image is drawn.
         *
         * @param style the style; null for the default
         * @return this builder
         */
        public Builder style(ImageStyle style) {
            this.style = style;
            return this;
        }

        /**
         * Sets the color drawn behind a transparent image.
         *
         * @param color {@code #RRGGBB} or {@code #AARRGGBB}; null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code color} has another form
         */
        public Builder backgroundColor(String color) {
            if (color != null && !COLOR.matcher(color).matches()) {
                throw new IllegalArgumentException("backgroundColor must be #RRGGBB or #AARRGGBB, was \""
                        + color + "\"");
            }
            this.backgroundColor = color;
            return this;
        }

        /**
         * Sets how the image is placed across its container.
         *
         * @param alignment the alignment; null for the default
         * @return this builder
         */
        public Builder horizontalAlignment(HorizontalAlignment alignment) {
            this.horizontalAlignment = alignment;
            return this;
        }

        /**
         * Sets the image's width in pixels (version 1.1).
         *
         * @param pixels the width
         * @return this builder
         * @throws IllegalArgumentException if {@code pixels} is not positive
         */
        public Builder pixelWidth(int pixels) {
            this.pixelWidth = Arguments.positive(pixels, "pixelWidth");
            return this;
        }

        /**
         * Sets the image's height in pixels (version 1.1), in place of a {@link #height(Height) height} set
         * before.
         *
         * @param pixels the height
         * @return this builder
         * @throws IllegalArgumentException if {@code pixels} is not positive
         */
        public Builder pixelHeight(int pixels) {
            this.pixelHeight = Arguments.positive(pixels, "pixelHeight");
            super.height(null);
            return this;
        }

        /**
         * Sets how tall the image is in its container, in place of a {@link #pixelHeight(int) pixel height} set
         * before.
         *
         * @param height the height; null for as tall as its content
         * @return this builder
         */
        @Override
        public Builder height(Height height) {
            this.pixelHeight = null;
            return super.height(height);
        }

        /**
         * Sets the action run when the image is tapped; it cannot be a {@link ShowCardAction}.
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
