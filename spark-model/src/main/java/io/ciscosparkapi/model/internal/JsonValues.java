package io.ciscosparkapi.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;

/**
 * Deep, immutable copies of JSON values as a JSON library hands them over ({@link Map}, {@link List}, strings,
 * numbers, booleans and {@code null}); any other value is first handed to the caller's converter (the models turn a
 * model found inside a value into its JSON object that way), so this package knows nothing of the models.
 *
 * <p>Not part of the public API.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * Returns an unmodifiable, order-preserving deep copy of a JSON object; copies already made by this class are
     * reused as they are.
     *
     * @param object the JSON object; not null
     * @param convert turns a value that is not a JSON value (a map, list, array, string, number, boolean or null)
     *                into one, or returns it unchanged when it cannot; not null
     * @return the frozen copy
     * @throws NullPointerException if {@code object} or one of its keys is null
     * @throws IllegalArgumentException if a value is not a JSON value, even once converted
     */
    public static Map<String, Object> freezeObject(Map<String, ?> object, UnaryOperator<Object> convert) {
        Objects.requireNonNull(object, "json");
        Objects.requireNonNull(convert, "convert");
        return freezeMap(object, convert);
    }

    /**
     * Whether a value is already one of the immutable JSON containers made here.
     *
     * @param value any value
     * @return {@code true} for an immutable object or array made by this class
     */
    public static boolean isFrozen(Object value) {
        return value instanceof FrozenMap || value instanceof FrozenList;
    }

    private static Map<String, Object> freezeMap(Map<?, ?> map, UnaryOperator<Object> convert) {
        if (map instanceof FrozenMap) {
            return map.isEmpty() ? FrozenMap.EMPTY : (FrozenMap) map;
        }
        if (map.isEmpty()) {
            return FrozenMap.EMPTY;
        }
        int size = map.size();
        String[] names = new String[size];
        Object[] values = new Object[size];
        int count = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object key = entry.getKey();
            if (key == null) {
                throw new NullPointerException("json object has a null key");
            }
            if (!(key instanceof String)) {
                throw new IllegalArgumentException(
                        "json object key is a " + key.getClass().getName() + ", not a String: " + key);
            }
            if (count == size) {
                throw new IllegalArgumentException("json object changed size while being copied");
            }
            names[count] = (String) key;
            values[count] = freeze(entry.getValue(), key, convert);
            count++;
        }
        return count == 0 ? FrozenMap.EMPTY : FrozenMap.of(names, values, 0, count);
    }

    private static List<Object> freezeList(Collection<?> list, UnaryOperator<Object> convert) {
        if (list instanceof FrozenList) {
            return (FrozenList) list;
        }
        if (list.isEmpty()) {
            return FrozenList.EMPTY;
        }
        Object[] copy = new Object[list.size()];
        int i = 0;
        for (Object element : list) {
            if (i == copy.length) {
                throw new IllegalArgumentException("json array changed size while being copied");
            }
            copy[i] = freeze(element, i, convert);
            i++;
        }
        if (i != copy.length) {
            throw new IllegalArgumentException("json array changed size while being copied");
        }
        return new FrozenList(copy);
    }

    private static Object freeze(Object value, Object where, UnaryOperator<Object> convert) {
        Object plain = freezePlain(value, where, convert);
        if (plain != NOT_JSON) {
            return plain;
        }
        Object converted = convert.apply(value);
        if (converted != value) {
            plain = freezePlain(converted, where, convert);
            if (plain != NOT_JSON) {
                return plain;
            }
        }
        throw new IllegalArgumentException(
                "not a JSON value at " + describe(where) + ": a " + value.getClass().getName());
    }

    /** Marks a value that {@link #freezePlain} does not know. */
    private static final Object NOT_JSON = new Object();

    private static Object freezePlain(Object value, Object where, UnaryOperator<Object> convert) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            return freezeNumber((Number) value, where);
        }
        if (value instanceof Map) {
            return freezeMap((Map<?, ?>) value, convert);
        }
        if (value instanceof Collection) {
            return freezeList((Collection<?>) value, convert);
        }
        if (value instanceof Object[]) {
            return freezeList(Arrays.asList((Object[]) value), convert);
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        return NOT_JSON;
    }

    private static Object freezeNumber(Number number, Object where) {
        Class<?> type = number.getClass();
        if (type == Integer.class || type == Long.class || type == Double.class || type == BigInteger.class
                || type == BigDecimal.class || type == Float.class || type == Short.class || type == Byte.class) {
            return number;
        }
        // Mutable or unknown Number types (AtomicLong, subclasses of BigDecimal...): keep an immutable equivalent.
        if (number instanceof BigInteger) {
            return new BigInteger(number.toString());
        }
        if (number instanceof BigDecimal) {
            return new BigDecimal(number.toString());
        }
        if (number instanceof AtomicInteger) {
            return number.intValue();
        }
        if (number instanceof AtomicLong || number instanceof LongAdder || number instanceof LongAccumulator) {
            return number.longValue();
        }
        if (number instanceof DoubleAdder || number instanceof DoubleAccumulator) {
            return number.doubleValue();
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "not a JSON number at " + describe(where) + ": a " + type.getName() + " printing " + number, e);
        }
    }

    private static String describe(Object where) {
        return where instanceof Integer ? "index " + where : "key '" + where + "'";
    }
}
