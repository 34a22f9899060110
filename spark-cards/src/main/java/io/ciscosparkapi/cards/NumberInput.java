package io.ciscosparkapi.cards;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A number field ({@code Input.Number}), optionally between a minimum and a maximum.
 *
 * <p>Whole numbers are written without a decimal point ({@code 5}, not {@code 5.0}). Building the card refuses a
 * minimum above the maximum.
 */
public final class NumberInput extends Input {

    /** Whole numbers up to this size are exact as doubles, and are written as integers. */
    private static final double EXACT = 9007199254740992d;

    private final String placeholder;
    private final Double value;
    private final Double min;
    private final Double max;

    private NumberInput(String id, Builder builder) {
        super(id, builder);
        this.placeholder = builder.placeholder;
        this.value = builder.value;
        this.min = builder.min;
        this.max = builder.max;
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
        Builder builder = new Builder();
        Objects.requireNonNull(options, "options must not be null").accept(builder);
        return new NumberInput(id, builder);
    }

    /** {@return {@code "Input.Number"}} */
    @Override
    public String type() {
        return "Input.Number";
    }

    /**
     * Returns the hint shown while the field is empty.
     *
     * @return the hint; null when not set
     */
    public String placeholder() {
        return placeholder;
    }

    /**
     * Returns the field's initial value.
     *
     * @return the value; null when empty
     */
    public Double value() {
        return value;
    }

    /**
     * Returns the smallest value allowed.
     *
     * @return the minimum; null when not set
     */
    public Double min() {
        return min;
    }

    /**
     * Returns the largest value allowed.
     *
     * @return the maximum; null when not set
     */
    public Double max() {
        return max;
    }

    @Override
    void writeInput(JsonFields out) {
        out.put("placeholder", placeholder).put("value", json(value)).put("min", json(min)).put("max", json(max));
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(min == null || max == null || min <= max, path,
                "the minimum " + json(min) + " is greater than the maximum " + json(max));
    }

    private static Number json(Double number) {
        if (number == null) {
            return null;
        }
        double d = number;
        return d == Math.rint(d) && Math.abs(d) <= EXACT ? (Number) (long) d : number;
    }

    /** The optional properties of a {@link NumberInput}, used inside the lambda given to its factory. */
    public static final class Builder extends Input.Builder<Builder> {

        private String placeholder;
        private Double value;
        private Double min;
        private Double max;

        private Builder() {
        }

        /**
         * Sets the hint shown while the field is empty.
         *
         * @param placeholder the hint; null for none
         * @return this builder
         */
        public Builder placeholder(String placeholder) {
            this.placeholder = placeholder;
            return this;
        }

        /**
         * Sets the field's initial value.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is not finite
         */
        public Builder value(double value) {
            this.value = finite(value, "value");
            return this;
        }

        /**
         * Sets the smallest value allowed.
         *
         * @param min the minimum
         * @return this builder
         * @throws IllegalArgumentException if {@code min} is not finite
         */
        public Builder min(double min) {
            this.min = finite(min, "min");
            return this;
        }

        /**
         * Sets the largest value allowed.
         *
         * @param max the maximum
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is not finite
         */
        public Builder max(double max) {
            this.max = finite(max, "max");
            return this;
        }

        private static double finite(double number, String what) {
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException(what + " must be a finite number, was " + number);
            }
            return number;
        }
    }
}
