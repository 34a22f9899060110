package io.ciscosparkapi.cards;

import java.util.Objects;

import io.ciscosparkapi.cards.internal.json.JsonText;

/**
 * A card, or a part of one, that is the JSON it writes: it writes it once, when it is first needed, and keeps it;
 * it is equal to another value of its own class that writes the same JSON, its hash code is that of the JSON,
 * and its text is the compact JSON text.
 *
 * @param <J> what the value writes: a JSON object (a map) for most values, a string or a number for some
 */
abstract class CardValue<J> {

    private volatile J json;

    CardValue() {
    }

    /** Writes the value's JSON; called when it is first needed, once the value is complete. */
    abstract J writeJson();

    /** Returns the value's JSON, written when it is first needed. */
    final J json() {
        J written = json;
        if (written == null) {
            written = writeJson();
            json = written;
        }
        return written;
    }

    /**
     * Tells whether another object is of the same class and writes the same JSON.
     *
     * @param other the object to compare with
     * @return true if both write the same JSON
     */
    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && Objects.equals(((CardValue<?>) other).json(), json());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the JSON written
     */
    @Override
    public final int hashCode() {
        return Objects.hashCode(json());
    }

    /**
     * Returns the compact JSON text.
     *
     * @return the JSON text written
     */
    @Override
    public final String toString() {
        return JsonText.write(json());
    }
}
