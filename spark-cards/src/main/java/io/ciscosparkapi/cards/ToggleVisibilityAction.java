package io.ciscosparkapi.cards;

import java.util.List;
import java.util.function.Consumer;

/**
 * A button that shows or hides elements of the card ({@code Action.ToggleVisibility}, version 1.2), for example
 * "Details" showing a hidden container.
 *
 * <p>Each target names an element (or column) by its id; building the card refuses a target that no element of
 * the card has. Elements that start hidden are set with {@code isVisible(false)}.
 */
public final class ToggleVisibilityAction extends Action {

    private final List<TargetElement> targets;

    private ToggleVisibilityAction(String title, List<TargetElement> targets, Builder builder) {
        super(title, builder);
        this.targets = targets;
    }

    /**
     * Returns a button that shows or hides elements.
     *
     * @param title the button's label
     * @param targets the elements, for example {@code TargetElement.toggle("details")}
     * @return the action
     * @throws NullPointerException if {@code targets} or one of them is null
     */
    public static ToggleVisibilityAction of(String title, TargetElement... targets) {
        return new ToggleVisibilityAction(title, Arguments.copy("targets", targets), new Builder());
    }

    /**
     * Returns a button that shows or hides elements, with other options.
     *
     * @param title the button's label
     * @param targets the elements
     * @param options sets the optional properties, for example {@code a -> a.id("more")}
     * @return the action
     * @throws NullPointerException if {@code targets}, one of them, or {@code options} is null
     */
    public static ToggleVisibilityAction of(String title, List<TargetElement> targets, Consumer<Builder> options) {
        return new ToggleVisibilityAction(title, Arguments.copy(targets, "targets"),
                Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Action.ToggleVisibility"}} */
    @Override
    public String type() {
        return "Action.ToggleVisibility";
    }

    /**
     * Returns the elements the action shows or hides.
     *
     * @return the targets, in order, unmodifiable
     */
    public List<TargetElement> targets() {
        return targets;
    }

    @Override
    void writeContent(JsonFields out) {
        out.putList("targetElements", targets);
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(!targets.isEmpty(), path, "Action.ToggleVisibility needs at least one target element");
        check.each(targets, path + ".targetElements", (target, at) -> check.target(target.elementId(), at));
    }

    /** The optional properties of a {@link ToggleVisibilityAction}, used inside the lambda given to its factory. */
    public static final class Builder extends Action.Builder<Builder> {

        private Builder() {
        }
    }
}
