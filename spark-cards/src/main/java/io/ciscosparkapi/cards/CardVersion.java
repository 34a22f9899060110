package io.ciscosparkapi.cards;

/**
 * The Adaptive Cards versions Webex renders: 1.0 to 1.3.
 *
 * <p>A card's version says which version a client needs at least to show it. Webex clients render 1.3, so every
 * element and property of this package shows whichever of these versions a card declares. An Adaptive Cards client
 * does not render a card that declares a later version than its own (it shows the fallback text instead), which
 * is why there is no constant for 1.4 and up and {@link #of(String)} refuses them.
 */
public enum CardVersion implements WireValue {
    /** Version 1.0. */
    V1_0("1.0"),
    /** Version 1.1. */
    V1_1("1.1"),
    /** Version 1.2. */
    V1_2("1.2"),
    /** Version 1.3, the latest Webex renders and the default of {@link AdaptiveCard}. */
    V1_3("1.3");

    private static final CardVersion[] ALL = values();

    private final String value;

    CardVersion(String value) {
        this.value = value;
    }

    /**
     * Returns the version as a card's {@code version} field writes it.
     *
     * @return the wire value, for example {@code "1.3"}
     */
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the constant for a card's {@code version} field.
     *
     * @param version the version text, for example {@code "1.2"}
     * @return the constant
     * @throws NullPointerException if {@code version} is null
     * @throws IllegalArgumentException if Webex does not render that version
     */
    public static CardVersion of(String version) {
        if (version == null) {
            throw new NullPointerException("version must not be null");
        }
        for (CardVersion candidate : ALL) {
            if (candidate.value.equals(version)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Adaptive Card version \"" + version
                + "\" is not supported: Webex renders versions 1.0 to 1.3");
    }
}
