package io.ciscosparkapi.cards;

/**
 * The kind of text a text input expects, which may change the keyboard shown (Adaptive Cards {@code style} of {@code Input.Text}).
 */
public enum TextInputStyle implements WireValue {
    /** Plain text. Written as {@code text}. */
    TEXT("text"),
    /** A telephone number. Written as {@code tel}. */
    TEL("tel"),
    /** A URL. Written as {@code url}. */
    URL("url"),
    /** An e-mail address. Written as {@code email}. */
    EMAIL("email");

    private final String value;

    TextInputStyle(String value) {
        this.value = value;
    }

    /**
     * Returns the string Adaptive Cards use for this value.
     *
     * @return the wire value, for example {@code "text"}
     */
    @Override
    public String value() {
        return value;
    }
}
