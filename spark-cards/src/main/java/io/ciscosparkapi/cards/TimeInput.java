package io.ciscosparkapi.cards;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * A time picker ({@code Input.Time}); times are written as {@code HH:MM}, and submitted the same way.
 *
 * <p>Times are in whole minutes. Building the card refuses a minimum after the maximum.
 */
public final class TimeInput extends RangeInput<LocalTime> {

    private TimeInput(String id, Builder builder) {
        super(id, builder);
    }

    /**
     * Returns a time picker.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @return the input
     */
    public static TimeInput of(String id) {
        return new TimeInput(id, new Builder());
    }

    /**
     * Returns a time picker with other options, for example
     * {@code TimeInput.of("start", i -> i.label("Start").min(LocalTime.of(8, 0)).max(LocalTime.of(18, 0)))}.
     *
     * @param id the id its value is submitted under; required, and unique in the card
     * @param options sets the optional properties
     * @return the input
     * @throws NullPointerException if {@code options} is null
     */
    public static TimeInput of(String id, Consumer<Builder> options) {
        return new TimeInput(id, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Input.Time"}} */
    @Override
    public String type() {
        return "Input.Time";
    }

    /** The optional properties of a {@link TimeInput}, used inside the lambda given to its factory. */
    public static final class Builder extends RangeInput.Builder<Builder, LocalTime> {

        private Builder() {
        }

        /**
         * Sets the initial time.
         *
         * @param value the time, in whole minutes; null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code value} has seconds
         */
        public Builder value(LocalTime value) {
            return initialValue(value);
        }

        /**
         * Sets the earliest time allowed.
         *
         * @param min the time, in whole minutes; null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code min} has seconds
         */
        public Builder min(LocalTime min) {
            return lowest(min);
        }

        /**
         * Sets the latest time allowed.
         *
         * @param max the time, in whole minutes; null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code max} has seconds
         */
        public Builder max(LocalTime max) {
            return highest(max);
        }

        /** {@code HH:MM}, which {@link LocalTime#toString()} writes for a time in whole minutes. */
        @Override
        LocalTime checked(LocalTime time, String what) {
            if (time != null && !time.equals(time.truncatedTo(ChronoUnit.MINUTES))) {
                throw new IllegalArgumentException(what + " must be in whole minutes (HH:MM), was " + time);
            }
            return time;
        }
    }
}
