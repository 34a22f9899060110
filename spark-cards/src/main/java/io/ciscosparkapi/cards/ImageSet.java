package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * Images shown as a gallery of thumbnails ({@code ImageSet}).
 *
 * <p>Building the card refuses an image set without images.
 */
public final class ImageSet extends Element {

    private final List<Image> images;
    private final ImageSize imageSize;

    private ImageSet(List<Image> images, Builder builder) {
        super(builder.id, builder);
        this.images = images;
        this.imageSize = builder.imageSize;
    }

    /**
     * Returns an image set.
     *
     * @param images the images, in order
     * @return the image set
     * @throws NullPointerException if {@code images} or one of them is null
     */
    public static ImageSet of(Image... images) {
        return new ImageSet(Arguments.copy("images", images), new Builder());
    }

    /**
     * Returns an image set with other options.
     *
     * @param images the images, in order
     * @param options sets the optional properties, for example {@code s -> s.imageSize(ImageSize.SMALL)}
     * @return the image set
     * @throws NullPointerException if {@code images}, one of them, or {@code options} is null
     */
    public static ImageSet of(List<Image> images, Consumer<Builder> options) {
        return new ImageSet(Arguments.copy(images, "images"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "ImageSet"}} */
    @Override
    public String type() {
        return "ImageSet";
    }

    /**
     * Returns the images.
     *
     * @return the images, in order, unmodifiable
     */
    public List<Image> images() {
        return images;
    }

    /**
     * Returns the size of every image of the set.
     *
     * @return the size; null when not set
     */
    public ImageSize imageSize() {
        return imageSize;
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("images", images).put("imageSize", imageSize);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!images.isEmpty(), path, "ImageSet needs at least one image");
        check.elements(images, path + ".images");
    }

    /** The optional properties of an {@link ImageSet}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private ImageSize imageSize;

        private Builder() {
        }

        /**
         * Sets the size of every image of the set.
         *
         * @param size the size; null for the default
         * @return this builder
         */
        public Builder imageSize(ImageSize size) {
            this.imageSize = size;
            return this;
        }
    }
}
