package io.ciscosparkapi.cards;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A date picker ({@code Input.Date}); dates are written as {@code YYYY-MM-DD}, and submitted the same way.
 *
 * <p>Building the card refuses a minimum after the maximum.
 */
public final class DateInput extends Input {

    private final String placeholder;
    private final LocalDate value;
    private final LocalDate min;
    private final LocalDate max;

    private DateInput(String id, Builder builder) {
        super(id, builder);
        this.placeholder = builder.placeholder;
        this.value = builder.value;
        this.min = builder.min;
        this.max = builder.max;
    }

    /**
     * Returns a date picker.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @return the input
     */
    public static DateInput of(String id) {
        return new DateInput(id, new Builder());
    }

    /**
     * Returns a date picker with other options, for example
     * {@code DateInput.of("day", i -> i.label("Day").min(LocalDate.now()))}.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param options sets the optional properties
     * @return the input
     * @throws NullPointerException if {@code options} is null
     */
    public static DateInput of(String id, Consumer<Builder> options) {
        Builder builder = new Builder();
        Objects.requireNonNull(options, "options must not be null").accept(builder);
        return new DateInput(id, builder);
    }

    /** {@return {@code "Input.Date"}} */
    @Override
    public String type() {
        return "Input.Date";
    }

    /**
     * Returns the hint shown while no date is picked.
     *
     * @return the hint; null when not set
     */
    public String placeholder() {
        return placeholder;
    }

    /**
     * Returns the initial date.
     *
     * @return the date; null when none
     */
    public LocalDate value() {
        return value;
    }

    /**
     * Returns the earliest date allowed.
     *
     * @return the date; null when not set
     */
    public LocalDate min() {
        return min;
    }

    /**
     * Returns the latest date allowed.
     *
     * @return the date; null when not set
     */
    public LocalDate max() {
        return max;
    }

    @Override
    void writeInput(JsonFields out) {
        out.put("placeholder", placeholder).put("value", json(value)).put("min", json(min)).put("max", json(max));
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(min == null || max == null || !min.isAfter(max), path,
                "the minimum " + min + " is after the maximum " + max);
    }

    private static String json(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The optional properties of a {@link DateInput}, used inside the lambda given to its factory. */
    public static final class Builder extends Input.Builder<Builder> {

        private String placeholder;
        private LocalDate value;
        private LocalDate min;
        private LocalDate max;

        private Builder() {
        }

        /**
         * Sets the hint shown while no date is picked.
         *
         * @param placeholder the hint; null for none
         * @return this builder
         */
        public Builder placeholder(String placeholder) {
            this.placeholder = placeholder;
            return this;
        }

        /**
         * Sets the initial date.
         *
         * @param value the date; null for none
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 0 to 9999
         */
        public Builder value(LocalDate value) {
            this.value = fourDigitYear(value, "value");
            return this;
        }

        /**
         * Sets the earliest date allowed.
         *
         * @param min the date; null for none
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 0 to 9999
         */
        public Builder min(LocalDate min) {
            this.min = fourDigitYear(min, "min");
            return this;
        }

        /**
         * Sets the latest date allowed.
         *
         * @param max the date; null for none
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 0 to 9999
         */
        public Builder max(LocalDate max) {
            this.max = fourDigitYear(max, "max");
            return this;
        }

        /** {@code YYYY-MM-DD} has room for four digits of year, and no sign. */
        private static LocalDate fourDigitYear(LocalDate date, String what) {
            if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
                throw new IllegalArgumentException(what + " must have a year from 0 to 9999, was " + date);
            }
            return date;
        }
    }
}
