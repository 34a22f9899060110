package io.ciscosparkapi.cards;

import java.util.Objects;

import io.ciscosparkapi.cards.internal.json.JsonText;

/**
 * One file of a {@link Media} element: its MIME type and URL. Immutable and thread-safe.
 */
public final class MediaSource {

    private final String mimeType;
    private final String url;

    private MediaSource(String mimeType, String url) {
        this.mimeType = mimeType;
        this.url = url;
    }

    /**
     * Returns a media source.
     *
     * @param mimeType the file's type, for example {@code "video/mp4"}; required when the card is built
     * @param url the file's absolute http or https URL; checked when the card is built
     * @return the source
     */
    public static MediaSource of(String mimeType, String url) {
        return new MediaSource(mimeType, url);
    }

    /**
     * Returns the file's MIME type.
     *
     * @return the type, as given
     */
    public String mimeType() {
        return mimeType;
    }

    /**
     * Returns the file's URL.
     *
     * @return the URL, as given
     */
    public String url() {
        return url;
    }

    Object json() {
        return new JsonFields().put("mimeType", mimeType).put("url", url).toMap();
    }

    /**
     * Tells whether another object is a media source with the same type and URL.
     *
     * @param other the object to compare with
     * @return true if both have the same type and URL
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MediaSource source
                && Objects.equals(source.mimeType, mimeType) && Objects.equals(source.url, url);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(mimeType, url);
    }

    /**
     * Returns the source as JSON text.
     *
     * @return the compact JSON text
     */
    @Override
    public String toString() {
        return JsonText.write(json());
    }
}
