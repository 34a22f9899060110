package io.ciscosparkapi.cards;

import java.util.Map;

/**
 * One line of a {@link FactSet}: a title and its value, such as "Room" and "Red". Immutable and thread-safe.
 */
public final class Fact extends CardValue<Map<String, Object>> {

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

    @Override
    Map<String, Object> writeJson() {
        return new JsonFields().put("title", title).put("value", value).toMap();
    }
}
