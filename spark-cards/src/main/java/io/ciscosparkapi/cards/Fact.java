package io.ciscosparkapi.cards;

/**
 * One line of a {@link FactSet}: a title and its value, such as "Room" and "Red". Immutable and thread-safe.
 */
public final class Fact extends TitledValue {

    private Fact(String title, String value) {
        super(title, value);
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

    @Override
    String kind() {
        return "a fact";
    }
}
