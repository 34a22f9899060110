package io.ciscosparkapi.cards;

/**
 * How a choice set shows its choices (Adaptive Cards {@code style} of {@code Input.ChoiceSet}).
 */
public enum ChoiceSetStyle implements WireValue {
    /** A drop-down list. Written as {@code compact}. */
    COMPACT("compact"),
    /** All choices shown, as radio buttons or check boxes. Written as {@code expanded}. */
    EXPANDED("expanded");

    private final String value;

    ChoiceSetStyle(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "compact"}
     */
    @Override
    public String value() {
        return value;
    }
}
