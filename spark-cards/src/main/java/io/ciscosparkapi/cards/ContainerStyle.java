package io.ciscosparkapi.cards;

/**
 * The style of a container, column set or column (Adaptive Cards {@code style} of a container).
 */
public enum ContainerStyle implements WireValue {
    /** No emphasis. Written as {@code default}. */
    DEFAULT("default"),
    /** Set apart from its surroundings. Written as {@code emphasis}. */
    EMPHASIS("emphasis"),
    /** The style of good news (from version 1.2). Written as {@code good}. */
    GOOD("good"),
    /** The style of something that needs attention (from version 1.2). Written as {@code attention}. */
    ATTENTION("attention"),
    /** The style of a warning (from version 1.2). Written as {@code warning}. */
    WARNING("warning"),
    /** The host's accent style (from version 1.2). Written as {@code accent}. */
    ACCENT("accent");

    private final String value;

    ContainerStyle(String value) {
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
