package io.ciscosparkapi.cards.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a Java value is a JSON value and copies it deeply into unmodifiable maps and lists, so a caller's
 * later changes to what it passed cannot show in a card. Not API.
 */
public final class JsonValues {

    /** Deeper than this is taken for a map or list that contains itself. */
    static final int MAX_DEPTH = 500;

    private JsonValues() {
    }

    /**
     * Returns an unmodifiable deep copy of a JSON value: maps keep their order, and may hold null values.
     *
     * @param value a map with string keys, a collection, a string, a number, a boolean or null
     * @param path where the value sits, for error messages, for example {@code actions[0].data}
     * @return the copy; null when {@code value} is null
     * @throws IllegalArgumentException naming the path of the first part that is not a JSON value
     */
    public static Object copy(Object value, String path) {
        return copy(value, path, 0);
    }

    /**
     * Returns an unmodifiable deep copy of a JSON object.
     *
     * @param object the object; not null
     * @param path where the object sits, for error messages
     * @return the copy, in the same field order
     * @throws IllegalArgumentException naming the path of the first part that is not a JSON value
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> copyObject(Map<?, ?> object, String path) {
        return (Map<String, Object>) copy(object, path, 0);
    }

    /**
     * Tells whether a number can be written as JSON: a finite double or float, or one of the JDK's integer and
     * decimal types (other {@link Number} types may be mutable).
     *
     * @param number the number; not null
     * @return true if it is a JSON number
     */
    public static boolean isJsonNumber(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return Double.isFinite(number.doubleValue());
        }
        return number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger || number instanceof BigDecimal;
    }

    private static Object copy(Object value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(path + ": nested more than " + MAX_DEPTH
                    + " levels deep (does a map or list contain itself?)");
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            if (!isJsonNumber(number)) {
                throw new IllegalArgumentException(path + ": " + number + " (a " + number.getClass().getName()
                        + ") is not a JSON number");
            }
            return number;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                if (!(field.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(path + ": the key " + field.getKey()
                            + " is not a string; JSON object keys are strings");
                }
                copy.put(key, copy(field.getValue(), path + "." + key, depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            int i = 0;
            for (Object item : collection) {
                copy.add(copy(item, path + "[" + i++ + "]", depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(path + ": a " + value.getClass().getName()
                + " is not a JSON value (use a Map, List, String, Number, Boolean or null)");
    }
}
