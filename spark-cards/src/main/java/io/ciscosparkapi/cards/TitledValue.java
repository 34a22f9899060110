package io.ciscosparkapi.cards;

import java.util.Map;

/**
 * A title with its value, both required when the card is built, written as {@code {"title": ..., "value": ...}}:
 * a {@link Fact} of a fact set, or a {@link Choice} of a choice set.
 */
abstract sealed class TitledValue extends CardValue<Map<String, Object>> permits Fact, Choice {

    private final String title;
    private final String value;

    TitledValue(String title, String value) {
        this.title = title;
        this.value = value;
    }

    /**
     * Returns the title: the name of a fact, or the text shown for a choice.
     *
     * @return the title, as given
     */
    public String title() {
        return title;
    }

    /**
     * Returns the value: what a fact says, or what is submitted when a choice is chosen.
     *
     * @return the value, as given
     */
    public String value() {
        return value;
    }

    @Override
    final Map<String, Object> writeJson() {
        return new JsonFields().put("title", title).put("value", value).toMap();
    }

    /** Refuses a missing title or value, naming the part by {@link #kind()}. */
    final void check(CardCheck check, String path) {
        check.require(title != null, path, kind() + " needs a title");
        check.require(value != null, path, kind() + " needs a value");
    }

    /** What the part is called in a message, for example {@code "a fact"}. */
    abstract String kind();
}
