package io.ciscosparkapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Argument checks shared by the resource APIs: fail before any request, naming the parameter. */
final class Arguments {

    private Arguments() {
    }

    /**
     * Checks an id or other required text.
     *
     * @param value the value
     * @param name the parameter's name
     * @return the value
     * @throws NullPointerException when it is {@code null}
     * @throws IllegalArgumentException when it is blank
     */
    static String required(String value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Applies a caller's builder lambda to a fresh builder.
     *
     * @param builder the fresh builder
     * @param spec the caller's lambda
     * @param <B> the builder type
     * @return the builder, filled in
     */
    static <B> B apply(B builder, Consumer<? super B> spec) {
        if (spec == null) {
            throw new NullPointerException("spec must not be null");
        }
        spec.accept(builder);
        return builder;
    }

    /**
     * Checks a required value that a request builder holds, which may have been set through the
     * generic {@code field}/{@code param} escape hatch with any type.
     *
     * @param value the value held
     * @param name the parameter's name
     * @return the value as text
     * @throws NullPointerException when it is {@code null}
     * @throws IllegalArgumentException when it is not text or is blank
     */
    static String requiredText(Object value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(name + " must be a string, not " + value.getClass().getSimpleName());
        }
        return required(text, name);
    }

    /**
     * Checks every element of a list-valued argument and copies it.
     *
     * @param values the values
     * @param name the parameter's name
     * @return an unmodifiable copy
     * @throws NullPointerException when the array or an element is {@code null}
     * @throws IllegalArgumentException when it is empty or an element is blank
     */
    static List<String> requiredAll(String[] values, String name) {
        if (values == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        List<String> copy = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            copy.add(required(values[i], name + "[" + i + "]"));
        }
        return List.copyOf(copy);
    }

    /**
     * Checks that exactly one of several alternative parameters is set, and that it is not blank.
     *
     * @param values the parameters set so far, by name
     * @param what what needs the parameter, e.g. {@code "A message"}
     * @param names the alternatives
     * @return the name of the one that is set
     * @throws IllegalArgumentException when none or more than one is set, or the one set is blank
     */
    static String exactlyOne(Map<String, ?> values, String what, String... names) {
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (values.get(name) != null) {
                present.add(name);
            }
        }
        if (present.size() != 1) {
            throw new IllegalArgumentException(what + " needs exactly one of " + String.join(", ", names) + "; got "
                    + (present.isEmpty() ? "none" : String.join(" and ", present)));
        }
        String name = present.get(0);
        requiredText(values.get(name), name);
        return name;
    }

    /**
     * Checks that at most one of several alternative parameters is set.
     *
     * @param values the parameters set so far, by name
     * @param what what takes the parameters
     * @param names the alternatives
     * @throws IllegalArgumentException when more than one is set
     */
    static void atMostOne(Map<String, ?> values, String what, String... names) {
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (values.get(name) != null) {
                present.add(name);
            }
        }
        if (present.size() > 1) {
            throw new IllegalArgumentException(what + " takes at most one of " + String.join(", ", names) + "; got "
                    + String.join(" and ", present));
        }
    }
}
