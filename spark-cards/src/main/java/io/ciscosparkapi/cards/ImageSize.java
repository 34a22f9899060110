package io.ciscosparkapi.cards;

/**
 * The size of an image (Adaptive Cards {@code size} of an image, and {@code imageSize} of an image set).
 */
public enum ImageSize implements WireValue {
    /** Its own size, shrunk to fit. Written as {@code auto}. */
    AUTO("auto"),
    /** Stretched to the width of its container. Written as {@code stretch}. */
    STRETCH("stretch"),
    /** Small, chosen by the host. Written as {@code small}. */
    SMALL("small"),
    /** Medium, chosen by the host. Written as {@code medium}. */
    MEDIUM("medium"),
    /** Large, chosen by the host. Written as {@code large}. */
    LARGE("large");

    private final String value;

    ImageSize(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "auto"}
     */
    @Override
    public String value() {
        return value;
    }
}
