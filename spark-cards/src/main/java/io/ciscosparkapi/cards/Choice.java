package io.ciscosparkapi.cards;

import java.util.Objects;

import io.ciscosparkapi.cards.internal.json.JsonText;

/**
 * One choice of a {@link ChoiceSetInput}: the title shown and the value submitted. Immutable and thread-safe.
 */
public final class Choice {

    private final String title;
    private final String value;

    private Choice(String title, String value) {
        this.title = title;
        this.value = value;
    }

    /**
     * Returns a choice.
     *
     * @param title the text shown; required when the card is built
     * @param value the value submitted when it is chosen; required when the card is built
     * @return the choice
     */
    public static Choice of(String title, String value) {
        return new Choice(title, value);
    }

    /**
     * Returns the text shown.
     *
     * @return the title, as given
     */
    public String title() {
        return title;
    }

    /**
     * Returns the value submitted when the choice is chosen.
     *
     * @return the value, as given
     */
    public String value() {
        return value;
    }

    Object json() {
        return new JsonFields().put("title", title).put("value", value).toMap();
    }

    /**
     * Tells whether another object is a choice with the same title and value.
     *
     * @param other the object to compare with
     * @return true if both have the same title and value
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice
                && Objects.equals(choice.title, title) && Objects.equals(choice.value, value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(title, value);
    }

    /**
     * Returns the choice as JSON text.
     *
     * @return the compact JSON text
     */
    @Override
    public String toString() {
        return JsonText.write(json());
    }
}
