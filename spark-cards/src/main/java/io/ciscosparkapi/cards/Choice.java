package io.ciscosparkapi.cards;

/**
 * One choice of a {@link ChoiceSetInput}: the title shown and the value submitted. Immutable and thread-safe.
 */
public final class Choice extends TitledValue {

    private Choice(String title, String value) {
        super(title, value);
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

    @Override
    String kind() {
        return "a choice";
    }
}
