package io.ciscosparkapi.cards;

/**
 * How an image is drawn (Adaptive Cards {@code style} of an image).
 */
public enum ImageStyle implements WireValue {
    /** As it is. Written as {@code default}. */
    DEFAULT("default"),
    /** Cropped to a circle, as for a picture of a person. Written as {@code person}. */
    PERSON("person");

    private final String value;

    ImageStyle(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "default"}
     */
    @Override
    public String value() {
        return value;
    }
}
