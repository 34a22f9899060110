package io.ciscosparkapi.cards;

import java.util.function.Consumer;

/**
 * A number field ({@code Input.Number}), optionally between a minimum and a maximum.
 *
 * <p>Whole numbers are written without a decimal point ({@code 5}, not {@code 5.0}). Building the card refuses a
 * minimum above the maximum.
 */
public final class NumberInput extends RangeInput<Double> {

    /** Whole numbers up to this size are exact as doubles, and are written as integers. */
    private static final double EXACT = 9007199254740992d;

    private NumberInput(String id, Builder builder) {
        super(id, builder);
    }

    /**
     * Returns a number field.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @return the input
     */
    public static NumberInput of(String id) {
        return new NumberInput(id, new Builder());
    }

    /**
     * Returns a number field with other options, for example
     * {@code NumberInput.of("people", i -> i.label("People").min(1).max(12).value(2))}.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param options sets the optional properties
     * @return the input
     * @throws NullPointerException if {@code options} is null
     */
    public static NumberInput of(String id, Consumer<Builder> options) {
        return new NumberInput(id, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Input.Number"}} */
    @Override
    public String type() {
        return "Input.Number";
    }

    @Override
    Object json(Double number) {
        if (number == null) {
            return null;
        }
        double d = number;
        return d == Math.rint(d) && Math.abs(d) <= EXACT ? (Number) (long) d : number;
    }

    /** Compares as numbers, so that 0 and -0 (both written as 0) are in order either way. */
    @Override
    boolean inOrder(Double lowest, Double highest) {
        return lowest <= highest;
    }

    @Override
    String above() {
        return "greater than";
    }

    /** The optional properties of a {@link NumberInput}, used inside the lambda given to its factory. */
    public static final class Builder extends RangeInput.Builder<Builder, Double> {

        private Builder() {
        }

        /**
         * Sets the field's initial value.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is not finite
         */
        public Builder value(double value) {
            return initialValue(value);
        }

        /**
         * Sets the smallest value allowed.
         *
         * @param min the minimum
         * @return this builder
         * @throws IllegalArgumentException if {@code min} is not finite
         */
        public Builder min(double min) {
            return lowest(min);
        }

        /**
         * Sets the largest value allowed.
         *
         * @param max the maximum
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is not finite
         */
        public Builder max(double max) {
            return highest(max);
        }

        @Override
        Double checked(Double number, String what) {
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException(what + " must be a finite number, was " + number);
            }
            return number;
        }
    }
}
