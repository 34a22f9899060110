package io.ciscosparkapi.cards;

import java.util.Map;

/**
 * One choice of a {@link ChoiceSetInput}: the title shown and the value submitted. Immutable and thread-safe.
 */
public final class Choice extends CardValue<Map<String, Object>> {

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

    @Override
    Map<String, Object> writeJson() {
        return new JsonFields().put("title", title).put("value", value).toMap();
    }
}
