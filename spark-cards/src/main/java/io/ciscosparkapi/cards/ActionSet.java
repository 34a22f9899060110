package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * Buttons placed among the body's elements instead of below the card ({@code ActionSet}, version 1.2).
 *
 * <p>Building the card refuses an action set without actions.
 */
public final class ActionSet extends Element {

    private final List<Action> actions;

    private ActionSet(List<Action> actions, Builder builder) {
        super(builder.id, builder);
        this.actions = actions;
    }

    /**
     * Returns an action set.
     *
     * @param actions the actions, in order
     * @return the action set
     * @throws NullPointerException if {@code actions} or one of them is null
     */
    public static ActionSet of(Action... actions) {
        return new ActionSet(Arguments.copy("actions", actions), new Builder());
    }

    /**
     * Returns an action set with other options.
     *
     * @param actions the actions, in order
     * @param options sets the optional properties, for example {@code s -> s.separator(true)}
     * @return the action set
     * @throws NullPointerException if {@code actions}, one of them, or {@code options} is null
     */
    public static ActionSet of(List<? extends Action> actions, Consumer<Builder> options) {
        return new ActionSet(Arguments.copy(actions, "actions"), Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "ActionSet"}} */
    @Override
    public String type() {
        return "ActionSet";
    }

    /**
     * Returns the actions.
     *
     * @return the actions, in order, unmodifiable
     */
    public List<Action> actions() {
        return actions;
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("actions", actions);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!actions.isEmpty(), path, "ActionSet needs at least one action");
        check.actions(actions, path + ".actions");
    }

    /** The optional properties of an {@link ActionSet}, used inside the lambda given to its factory. */
    public static final class Builder extends Element.Builder<Builder> {

        private Builder() {
        }
    }
}
