package io.ciscosparkapi.cards;

import java.util.Objects;

import io.ciscosparkapi.cards.internal.json.JsonText;

/**
 * One line of a {@link FactSet}: a title and its value, such as "Room" and "Red". Immutable and thread-safe.
 */
public final class Fact {

    private final String title;
    private final String value;

    private Fact(String title, String value) {
        this.title = title;
        this.value = value;
    }

    /**
     * Returns a fact.
     *
     * @param title the title; required when the card is built
     * @param value the value; required when the card is built, and may use Markdown
     * @return the fact
     */
    public static Fact of(String title, String value) {
        return new Fact(title, value);
    }

    /**
     * Returns the fact's title.
     *
     * @return the title, as given
     */
    public String title() {
        return title;
    }

    /**
     * Returns the fact's value.
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
     * Tells whether another object is a fact with the same title and value.
     *
     * @param other the object to compare with
     * @return true if both have the same title and value
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fact fact && Objects.equals(fact.title, title) && Objects.equals(fact.value, value);
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
     * Returns the fact as JSON text.
     *
     * @return the compact JSON text
     */
    @Override
    public String toString() {
        return JsonText.write(json());
    }
}
