package io.ciscosparkapi.cards;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A date picker ({@code Input.Date}); dates are written as {@code YYYY-MM-DD}, and submitted the same way.
 *
 * <p>Building the card refuses a minimum after the maximum.
 */
public final class DateInput extends RangeInput<LocalDate> {

    private DateInput(String id, Builder builder) {
        super(id, builder);
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
        return new DateInput(id, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Input.Date"}} */
    @Override
    public String type() {
        return "Input.Date";
    }

    /** The optional properties of a {@link DateInput}, used inside the lambda given to its factory. */
    public static final class Builder extends RangeInput.Builder<Builder, LocalDate> {

        private Builder() {
        }

        /**
         * Sets the initial date.
         *
         * @param value the date; null for none
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 0 to 9999
         */
        public Builder value(LocalDate value) {
            return initialValue(value);
        }

        /**
         * Sets the earliest date allowed.
         *
         * @param min the date; null for none
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 0 to 9999
         */
        public Builder min(LocalDate min) {
            return lowest(min);
        }

        /**
         * Sets the latest date allowed.
         *
         * @param max the date; null for none
         * @return this builder
         * @throws IllegalArgumentException if the year is outside 0 to 9999
         */
        public Builder max(LocalDate max) {
            return highest(max);
        }

        /** {@code YYYY-MM-DD} has room for four digits of year, and no sign. */
        @Override
        LocalDate checked(LocalDate date, String what) {
            if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
                throw new IllegalArgumentException(what + " must have a year from 0 to 9999, was " + date);
            }
            return date;
        }
    }
}
