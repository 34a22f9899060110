package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts shown as a table of titles and values ({@code FactSet}).
 *
 * <p>Building the card refuses a fact set without facts, and a fact without a title or a value.
 */
public final class FactSet extends Element {

    private final List<Fact> facts;

    private FactSet(List<Fact> facts, Builder builder) {
        super(builder.id, builder);
        this.facts = facts;
    }

    /**
     * Returns a fact set.
     *
     * @param facts the facts, in order
     * @return the fact set
     * @throws NullPointerException if {@code facts} or one of them is null
     */
    public static FactSet of(Fact... facts) {
        return new FactSet(Arguments.copy("facts", facts), new Builder());
    }

    /**
     * Returns a fact set with other options.
     *
     * @param facts the facts, in order
     * @param options sets the optional properties, for example {@code f -> f.separator(true)}
     * @return the fact set
     * @throws NullPointerException if {@code facts}, one of them, or {@code options} is null
     */
    public static FactSet of(List<Fact> facts, Consumer<Builder> options) {
        return new FactSet(Arguments.copy(facts, "facts"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "FactSet"}} */
    @Override
    public String type() {
        return "FactSet";
    }

    /**
     * Returns the facts.
     *
     * @return the facts, in order, unmodifiable
     */
    public List<Fact> facts() {
        return facts;
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("facts", facts);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!facts.isEmpty(), path, "FactSet needs at least one fact");
        check.each(facts, path + ".facts", (fact, at) -> fact.check(check, at));
    }

    /** The optional properties of a {@link FactSet}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private Builder() {
        }
    }
}
