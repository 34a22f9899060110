package io.ciscosparkapi.cards;

/**
 * How wide a {@link Column} is: as wide as its content, stretched, a share of the space left, or a number of
 * pixels. Immutable and thread-safe.
 */
public final class ColumnWidth extends CardValue<Object> {

    /** As wide as its content ({@code "auto"}). */
    public static final ColumnWidth AUTO = new ColumnWidth("auto");
    /** Stretched to share the width left with the other stretched columns ({@code "stretch"}). */
    public static final ColumnWidth STRETCH = new ColumnWidth("stretch");

    /** A string ({@code auto}, {@code stretch}, {@code 80px}) or an integer weight. */
    private final Object value;

    private ColumnWidth(Object value) {
        this.value = value;
    }

    /**
     * Returns a width relative to the other columns with a weight: a column of weight 2 is twice as wide as one
     * of weight 1.
     *
     * @param weight the weight
     * @return the width, written as the number
     * @throws IllegalArgumentException if {@code weight} is less than 1
     */
    public static ColumnWidth weight(int weight) {
        return new ColumnWidth(Arguments.atLeastOne(weight, "weight"));
    }

    /**
     * Returns a fixed width in pixels (version 1.1).
     *
     * @param pixels the width
     * @return the width, written as for example {@code "80px"}
     * @throws IllegalArgumentException if {@code pixels} is not positive
     */
    public static ColumnWidth pixels(int pixels) {
        return new ColumnWidth(JsonFields.pixels(Arguments.positive(pixels, "pixels")));
    }

    @Override
    Object writeJson() {
        return value;
    }
}
