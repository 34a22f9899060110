package io.ciscosparkapi.cards;

import java.util.Map;

/**
 * One file of a {@link Media} element: its MIME type and URL. Immutable and thread-safe.
 */
public final class MediaSource extends CardValue<Map<String, Object>> {

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

    /** Refuses a source without a MIME type, or whose URL is not a web URL. */
    void check(CardCheck check, String path) {
        check.require(mimeType != null && !mimeType.isBlank(), path, "a media source needs a MIME type");
        check.webUrl(url, path + ".url");
    }

    @Override
    Map<String, Object> writeJson() {
        return new JsonFields().put("mimeType", mimeType).put("url", url).toMap();
    }
}
