package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * A video or audio player ({@code Media}, version 1.1), with one or more files to choose from.
 *
 * <p>Building the card refuses a media element without sources, a source without a MIME type, and URLs that are
 * not absolute {@code http} or {@code https} URLs (the poster may also be a {@code data:image/...} URI).
 */
public final class Media extends Element {

    private final List<MediaSource> sources;
    private final String poster;
    private final String altText;

    private Media(List<MediaSource> sources, Builder builder) {
        super(builder.id, builder);
        this.sources = sources;
        this.poster = builder.poster;
        this.altText = builder.altText;
    }

    /**
     * Returns a media element.
     *
     * @param sources the files, for example {@code MediaSource.of("video/mp4", url)}
     * @return the media element
     * @throws NullPointerException if {@code sources} or one of them is null
     */
    public static Media of(MediaSource... sources) {
        return new Media(Arguments.copy("sources", sources), new Builder());
    }

    /**
     * Returns a media element with other options.
     *
     * @param sources the files
     * @param options sets the optional properties, for example {@code m -> m.poster(url).altText("Demo")}
     * @return the media element
     * @throws NullPointerException if {@code sources}, one of them, or {@code options} is null
     */
    public static Media of(List<MediaSource> sources, Consumer<Builder> options) {
        return new Media(Arguments.copy(sources, "sources"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Media"}} */
    @Override
    public String type() {
        return "Media";
    }

    /**
     * Returns the files to play.
     *
     * @return the sources, in order, unmodifiable
     */
    public List<MediaSource> sources() {
        return sources;
    }

    /**
     * Returns the URL of the image shown before playing.
     *
     * @return the URL; null when none
     */
    public String poster() {
        return poster;
    }

    /**
     * Returns the text that describes the media to those who cannot see or hear it.
     *
     * @return the text; null when not set
     */
    public String altText() {
        return altText;
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("sources", sources).put("poster", poster).put("altText", altText);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!sources.isEmpty(), path, "Media needs at least one source");
        check.each(sources, path + ".sources", (source, at) -> source.check(check, at));
        if (poster != null) {
            check.imageUrl(poster, path + ".poster");
        }
    }

    /** The optional properties of a {@link Media} element, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private String poster;
        private String altText;

        private Builder() {
        }

        /**
         * Sets the image shown before playing.
         *
         * @param url an absolute http or https URL, or a {@code data:image/...} URI; null for none
         * @return this builder
         */
        public Builder poster(String url) {
            this.poster = url;
            return this;
        }

        /**
         * Sets the text that describes the media to those who cannot see or hear it.
         *
         * @param altText the text; null for none
         * @return this builder
         */
        public Builder altText(String altText) {
            this.altText = altText;
            return this;
        }
    }
}
