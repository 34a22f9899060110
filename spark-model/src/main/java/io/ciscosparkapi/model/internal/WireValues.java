package io.ciscosparkapi.model.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one lookup from an API's wire text to the constant of a closed set, shared by the models' enums: case is
 * ignored, and a value the set does not know reads as the set's "unknown" constant.
 *
 * <p>Not part of the public API. Immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class WireValues<E> {

    private final Map<String, E> byValue = new HashMap<>();
    private final E unknown;

    private WireValues(E[] constants, Function<E, String> value, E unknown) {
        for (E constant : constants) {
            String wire = value.apply(constant);
            if (wire != null) {
                byValue.put(wire.toLowerCase(Locale.ROOT), constant);
            }
        }
        this.unknown = unknown;
    }

    /**
     * Indexes the constants of a closed set by their wire values.
     *
     * @param <E> the enum
     * @param constants every constant, for example {@code values()}
     * @param value the wire value of a constant; null for the unknown constant
     * @param unknown the constant that any other text reads as
     * @return the lookup
     */
    public static <E> WireValues<E> of(E[] constants, Function<E, String> value, E unknown) {
        return new WireValues<>(constants, value, unknown);
    }

    /**
     * Returns the constant for a wire value, ignoring case.
     *
     * @param wire the text as the API sends it; may be null
     * @return the matching constant, the unknown constant for any other text, or null when {@code wire} is null
     */
    public E find(String wire) {
        if (wire == null) {
            return null;
        }
        return byValue.getOrDefault(wire.toLowerCase(Locale.ROOT), unknown);
    }
}
