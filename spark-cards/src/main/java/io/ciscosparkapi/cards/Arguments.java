package io.ciscosparkapi.cards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Checks of what a caller passes to a factory or a builder, for mistakes that no card could hold (a null part, a
 * negative size); what Webex would refuse in a card is checked when the card is built, by {@link CardCheck}.
 */
final class Arguments {

    private Arguments() {
    }

    /** Copies a list, refusing a null list and null parts; the copy is unmodifiable. */
    static <T> List<T> copy(List<? extends T> parts, String what) {
        Objects.requireNonNull(parts, () -> what + " must not be null");
        List<T> copy = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            T part = parts.get(i);
            if (part == null) {
                throw new NullPointerException(what + "[" + i + "] must not be null");
            }
            copy.add(part);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Copies an array of parts, as {@link #copy(List, String)} does. */
    static <T> List<T> copy(String what, T[] parts) {
        Objects.requireNonNull(parts, () -> what + " must not be null");
        return copy(Arrays.asList(parts), what);
    }

    /** Lets a factory's lambda set the optional properties on a new builder, refusing a null lambda. */
    static <B> B configured(B builder, Consumer<? super B> options) {
        return configured(builder, options, "options");
    }

    /** Lets a lambda set the parts on a new builder, refusing a null lambda, named {@code what}. */
    static <B> B configured(B builder, Consumer<? super B> options, String what) {
        Objects.requireNonNull(options, () -> what + " must not be null").accept(builder);
        return builder;
    }

    /** Checks a size in pixels. */
    static int positive(int pixels, String what) {
        if (pixels <= 0) {
            throw new IllegalArgumentException(what + " must be a positive number of pixels, was " + pixels);
        }
        return pixels;
    }

    /** Checks a count, such as a number of lines or characters. */
    static int atLeastOne(int count, String what) {
        if (count < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + count);
        }
        return count;
    }
}
