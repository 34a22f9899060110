package io.ciscosparkapi.cards;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A time picker ({@code Input.Time}); times are written as {@code HH:MM}, and submitted the same way.
 *
 * <p>Times are in whole minutes. Building the card refuses a minimum after the maximum.
 */
public final class TimeInput extends Input {

    private final String placeholder;
    private final LocalTime value;
    private final LocalTime min;
    private final LocalTime max;

    private TimeInput(String id, Builder builder) {
        super(id, builder);
        this.placeholder = builder.placeholder;
        this.value = builder.value;
        this.min = builder.min;
        this.max = builder.max;
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
        Builder builder = new Builder();
        Objects.requireNonNull(options, "options must not be null").accept(builder);
        return new TimeInput(id, builder);
    }

    /** {@return {@code "Input.Time"}} */
    @Override
    public String type() {
        return "Input.Time";
    }

    /**
     * Returns the hint shown while no time is picked.
     *
     * @return the hint; null when not set
     */
    public String placeholder() {
        return placeholder;
    }

    /**
     * Returns the initial time.
     *
     * @return the time; null when none
     */
    public LocalTime value() {
        return value;
    }

    /**
     * Returns the earliest time allowed.
     *
     * @return the time; null when not set
     */
    public LocalTime min() {
        return min;
    }

    /**
     * Returns the latest time allowed.
     *
     * @return the time; null when not set
     */
    public LocalTime max() {
        return max;
    }

    @Override
    void writeInput(JsonFields out) {
        out.put("placeholder", placeholder).put("value", json(value)).put("min", json(min)).put("max", json(max));
    }

    @Override
    void check(CardCheck check, String path) {
        check.require(min == null || max == null || !min.isAfter(max), path,
                "the minimum " + json(min) + " is after the maximum " + json(max));
    }

    /** {@code HH:MM}; {@link LocalTime#toString()} gives exactly that for a time in whole minutes. */
    private static String json(LocalTime time) {
        return time == null ? null : time.toString();
    }

    /** The optional properties of a {@link TimeInput}, used inside the lambda given to its factory. */
    public static final class Builder extends Input.Builder<Builder> {

        private String placeholder;
        private LocalTime value;
        private LocalTime min;
        private LocalTime max;

        private Builder() {
        }

        /**
         * Sets the hint shown while no time is picked.
         *
         * @param placeholder the hint; null for none
         * @return this builder
         */
        public Builder placeholder(String placeholder) {
            this.placeholder = placeholder;
            return this;
        }

        /**
         * Sets the initial time.
         *
         * @param value the time, in whole minutes; null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code value} has seconds
         */
        public Builder value(LocalTime value) {
            this.value = wholeMinutes(value, "value");
            return this;
        }

        /**
         * Sets the earliest time allowed.
         *
         * @param min the time, in whole minutes; null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code min} has seconds
         */
        public Builder min(LocalTime min) {
            this.min = wholeMinutes(min, "min");
            return this;
        }

        /**
         * Sets the latest time allowed.
         *
         * @param max the time, in whole minutes; null for none
         * @return this builder
         * @throws IllegalArgumentException if {@code max} has seconds
         */
        public Builder max(LocalTime max) {
            this.max = wholeMinutes(max, "max");
            return this;
        }

        private static LocalTime wholeMinutes(LocalTime time, String what) {
            if (time != null && !time.equals(time.truncatedTo(ChronoUnit.MINUTES))) {
                throw new IllegalArgumentException(what + " must be in whole minutes (HH:MM), was " + time);
            }
            return time;
        }
    }
}
