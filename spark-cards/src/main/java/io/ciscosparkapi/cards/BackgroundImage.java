package io.ciscosparkapi.cards;

import java.util.function.Consumer;

/**
 * An image drawn behind a card, a container or a column (Adaptive Cards {@code backgroundImage}).
 *
 * <p>With only a URL it is written as the URL itself, which every version reads; with a fill mode or an
 * alignment (version 1.2) it is written as an object. The URL is checked when the card is built: an absolute
 * http or https URL, or a {@code data:image/...} URI. Immutable and thread-safe.
 */
public final class BackgroundImage extends CardValue<Object> {

    private final String url;
    private final ImageFillMode fillMode;
    private final HorizontalAlignment horizontalAlignment;
    private final VerticalAlignment verticalAlignment;

    private BackgroundImage(String url, Builder builder) {
        this.url = url;
        this.fillMode = builder.fillMode;
        this.horizontalAlignment = builder.horizontalAlignment;
        this.verticalAlignment = builder.verticalAlignment;
    }

    /**
     * Returns a background image that covers its area.
     *
     * @param url the image's URL
     * @return the background image
     */
    public static BackgroundImage of(String url) {
        return new BackgroundImage(url, new Builder());
    }

    /**
     * Returns a background image with a fill mode or an alignment.
     *
     * @param url the image's URL
     * @param options sets the optional properties, for example {@code b -> b.fillMode(ImageFillMode.REPEAT)}
     * @return the background image
     */
    public static BackgroundImage of(String url, Consumer<Builder> options) {
        return new BackgroundImage(url, Arguments.configured(new Builder(), options));
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
     * Returns how the image fills its area.
     *
     * @return the fill mode; null when not set (it covers the area)
     */
    public ImageFillMode fillMode() {
        return fillMode;
    }

    /**
     * Returns how the image is placed across its area, when it does not fill it.
     *
     * @return the alignment; null when not set
     */
    public HorizontalAlignment horizontalAlignment() {
        return horizontalAlignment;
    }

    /**
     * Returns how the image is placed from top to bottom, when it does not fill its area.
     *
     * @return the alignment; null when not set
     */
    public VerticalAlignment verticalAlignment() {
        return verticalAlignment;
    }

    /** The URL alone, or an object when more than the URL is set. */
    @Override
    Object writeJson() {
        if (fillMode == null && horizontalAlignment == null && verticalAlignment == null) {
            return url;
        }
        return new JsonFields().put("url", url).put("fillMode", fillMode)
                .put("horizontalAlignment", horizontalAlignment).put("verticalAlignment", verticalAlignment)
                .toMap();
    }

    /** The optional properties of a {@link BackgroundImage}, used inside the lambda given to its factory. */
    public static final class Builder {

        private ImageFillMode fillMode;
        private HorizontalAlignment horizontalAlignment;
        private VerticalAlignment verticalAlignment;

        private Builder() {
        }

        /**
         * Sets how the image fills its area.
         *
         * @param fillMode the fill mode; null for the default (cover)
         * @return this builder
         */
        public Builder fillMode(ImageFillMode fillMode) {
            this.fillMode = fillMode;
            return this;
        }

        /**
         * Sets how the image is placed across its area.
         *
         * @param alignment the alignment; null for the default
         * @return this builder
         */
        public Builder horizontalAlignment(HorizontalAlignment alignment) {
            this.horizontalAlignment = alignment;
            return this;
        }

        /**
         * Sets how the image is placed from top to bottom.
         *
         * @param alignment the alignment; null for the default
         * @return this builder
         */
        public Builder verticalAlignment(VerticalAlignment alignment) {
            this.verticalAlignment = alignment;
            return this;
        }
    }
}
