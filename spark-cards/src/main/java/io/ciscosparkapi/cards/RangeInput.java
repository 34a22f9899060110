package io.ciscosparkapi.cards;

/**
 * An input whose value lies between a minimum and a maximum: a number, a date or a time. It holds the hint, the
 * initial value and the bounds, writes them in that order, and refuses, when the card is built, a minimum above
 * the maximum; each input gives the type of its values, how they are written and what makes one valid.
 *
 * @param <T> the type of the input's values
 */
abstract sealed class RangeInput<T extends Comparable<? super T>> extends Input
        permits NumberInput, DateInput, TimeInput {

    private final String placeholder;
    private final T value;
    private final T min;
    private final T max;

    RangeInput(String id, Builder<?, T> builder) {
        super(id, builder);
        this.placeholder = builder.placeholder;
        this.value = builder.value;
        this.min = builder.min;
        this.max = builder.max;
    }

    /**
     * Returns the hint shown while the input has no value.
     *
     * @return the hint; null when not set
     */
    public String placeholder() {
        return placeholder;
    }

    /**
     * Returns the input's initial value.
     *
     * @return the value; null when none
     */
    public T value() {
        return value;
    }

    /**
     * Returns the lowest value allowed: the smallest number, or the earliest date or time.
     *
     * @return the minimum; null when not set
     */
    public T min() {
        return min;
    }

    /**
     * Returns the highest value allowed: the largest number, or the latest date or time.
     *
     * @return the maximum; null when not set
     */
    public T max() {
        return max;
    }

    @Override
    final void writeInput(JsonFields out) {
        out.put("placeholder", placeholder).put("value", json(value)).put("min", json(min)).put("max", json(max));
    }

    @Override
    final void check(CardCheck check, String path) {
        check.require(min == null || max == null || inOrder(min, max), path,
                "the minimum " + json(min) + " is " + above() + " the maximum " + json(max));
    }

    /** Writes a value; dates ({@code YYYY-MM-DD}) and times ({@code HH:MM}) are written as their text. */
    Object json(T written) {
        return written == null ? null : written.toString();
    }

    /** Tells whether a minimum is not above a maximum. */
    boolean inOrder(T lowest, T highest) {
        return lowest.compareTo(highest) <= 0;
    }

    /** How the message refusing a minimum above the maximum says "above": dates and times come after. */
    String above() {
        return "after";
    }

    /**
     * The properties every range input's builder has: the hint, and the initial value and the bounds, which each
     * input's builder sets with values of its own type and checks by its own rule.
     *
     * @param <B> the builder's own type, so calls chain
     * @param <T> the type of the input's values
     */
    abstract static sealed class Builder<B extends Builder<B, T>, T> extends Input.Builder<B>
            permits NumberInput.Builder, DateInput.Builder, TimeInput.Builder {

        private String placeholder;
        private T value;
        private T min;
        private T max;

        Builder() {
        }

        /**
         * Sets the hint shown while the input has no value.
         *
         * @param placeholder the hint; null for none
         * @return this builder
         */
        public B placeholder(String placeholder) {
            this.placeholder = placeholder;
            return self();
        }

        final B initialValue(T value) {
            this.value = checked(value, "value");
            return self();
        }

        final B lowest(T min) {
            this.min = checked(min, "min");
            return self();
        }

        final B highest(T max) {
            this.max = checked(max, "max");
            return self();
        }

        /** Refuses a value this input cannot hold, naming it as {@code what}; null is no value. */
        abstract T checked(T candidate, String what);
    }
}
