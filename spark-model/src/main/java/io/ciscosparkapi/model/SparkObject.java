package io.ciscosparkapi.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonValue;

import io.ciscosparkapi.model.internal.JsonValues;
import io.ciscosparkapi.model.internal.JsonWriter;
import io.ciscosparkapi.model.internal.Timestamps;

/**
 * Base class of every model: an immutable JSON object exactly as the server sent it, with typed getters added by the
 * subclasses.
 *
 * <p>Every field stays readable by name with {@link #get(String)}, including fields that this version of the SDK does
 * not know; {@link #json()} gives the whole object back as JSON text in the server's field order. Typed getters never
 * throw: a field that is absent, JSON {@code null} or of an unexpected type reads as {@code null} (or an empty list),
 * and its raw value stays available through {@link #get(String)}.
 *
 * <p>Instances are deeply immutable and therefore thread-safe. Two models are equal when they are of the same class and
 * hold equal JSON objects. Jackson (2 or 3) writes a model as its JSON object through {@link #asMap()}, and reads it
 * through the public one-argument {@code Map} constructor of each model.
 *
 * <p>Applications may extend this class to model an object that the SDK does not cover.
 */
public abstract class SparkObject {

    private final Map<String, Object> json;
    private final Set<String> knownFields;
    private String text; // cached json(); racy single-check is safe because String is immutable
    private int hash; // cached hashCode(); 0 means not computed yet

    /**
     * Creates a model from a JSON object, copying it deeply into an unmodifiable, order-preserving form; JSON
     * {@code null} values are kept.
     *
     * @param json the JSON object as parsed from the server's answer (values: String, Boolean, Number, List, Map or
     *             null); not null
     * @param knownFields the names of the fields that the concrete model documents; not null
     * @throws NullPointerException if {@code json}, {@code knownFields} or a key of {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    protected SparkObject(Map<String, ?> json, Set<String> knownFields) {
        this.json = JsonValues.freezeObject(Objects.requireNonNull(json, "json"), SparkObject::asJsonValue);
        this.knownFields = Objects.requireNonNull(knownFields, "knownFields");
    }

    /** A model nested in another model's JSON is held as its JSON object. */
    private static Object asJsonValue(Object value) {
        return value instanceof SparkObject ? ((SparkObject) value).asMap() : value;
    }

    /**
     * Returns the raw value of any field, known to this model or not.
     *
     * @param name the JSON field name; not null
     * @return the value (String, Boolean, Integer/Long/BigInteger, Double/BigDecimal, an unmodifiable List or Map), or
     *         null when the field is absent or JSON {@code null}
     */
    public final Object get(String name) {
        return json.get(Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns whether the server sent this field (even with a JSON {@code null} value).
     *
     * @param name the JSON field name; not null
     * @return true when the field is present
     */
    public final boolean has(String name) {
        return json.containsKey(Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns the whole JSON object, deeply unmodifiable, in the server's field order; Jackson writes the model as
     * this object.
     *
     * @return the JSON object; never null
     */
    @JsonValue
    public final Map<String, Object> asMap() {
        return json;
    }

    /**
     * Returns the whole object as compact JSON text, in the server's field order.
     *
     * @return the JSON text; never null
     */
    public final String json() {
        String result = text;
        if (result == null) {
            result = JsonWriter.write(json);
            text = result;
        }
        return result;
    }

    /**
     * Returns the names of the fields present that this model does not document; a field of a nested typed object is
     * named {@code outer.inner} (for example {@code phoneNumbers.extension}).
     *
     * @return the unknown field names in the server's order, unmodifiable; empty when every field is known
     */
    public Set<String> unknownFields() {
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : json.keySet()) {
            if (!knownFields.contains(name)) {
                unknown.add(name);
            }
        }
        return Collections.unmodifiableSet(unknown);
    }

    /**
     * Returns whether {@code other} is a model of the same class holding an equal JSON object.
     *
     * @param other any object, may be null
     * @return true when equal by value
     */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other != null && other.getClass() == getClass() && json.equals(((SparkObject) other).json);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * getClass().getName().hashCode() + json.hashCode();
            hash = h;
        }
        return h;
    }

    /**
     * Returns the simple class name followed by the JSON text in parentheses, for example
     * {@code Person({"id":"Y2l...","displayName":"Alice"})}.
     *
     * @return the text; never null
     */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + json() + ")";
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Typed reads for subclasses. None of them throws for an absent field or a value of an unexpected type.

    /**
     * Reads a string field.
     *
     * @param name the JSON field name
     * @return the string, or null when absent or not a string
     */
    protected final String string(String name) {
        Object value = json.get(name);
        return value instanceof String ? (String) value : null;
    }

    /**
     * Reads a boolean field.
     *
     * @param name the JSON field name
     * @return the boolean, or null when absent or not a JSON boolean
     */
    protected final Boolean bool(String name) {
        Object value = json.get(name);
        return value instanceof Boolean ? (Boolean) value : null;
    }

    /**
     * Reads an integer field that fits in an {@code int}.
     *
     * @param name the JSON field name
     * @return the integer, or null when absent, not a number, not a whole number or out of the {@code int} range
     */
    protected final Integer integer(String name) {
        Long value = longValue(name);
        return value != null && value == value.intValue() ? Integer.valueOf(value.intValue()) : null;
    }

    /**
     * Reads an integer field that fits in a {@code long}.
     *
     * @param name the JSON field name
     * @return the integer, or null when absent, not a number, not a whole number or out of the {@code long} range
     */
    protected final Long longValue(String name) {
        Object value = json.get(name);
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? Long.valueOf((long) d) : null;
        }
        BigDecimal exact = value instanceof BigInteger ? new BigDecimal((BigInteger) value)
                : value instanceof BigDecimal ? (BigDecimal) value : null;
        if (exact == null) {
            return null;
        }
        try {
            return exact.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * Reads a numeric field of any size or precision.
     *
     * @param name the JSON field name
     * @return the number as sent (Integer, Long, BigInteger, Double or BigDecimal), or null when absent or not a number
     */
    protected final Number number(String name) {
        Object value = json.get(name);
        return value instanceof Number ? (Number) value : null;
    }

    /**
     * Reads an ISO-8601 timestamp field, with or without fractional seconds, with {@code Z} or an offset.
     *
     * @param name the JSON field name
     * @return the instant, or null when absent, not a string or not parseable (the raw text stays in
     *         {@link #get(String)})
     */
    protected final Instant instant(String name) {
        return Timestamps.parse(string(name));
    }

    /**
     * Reads an array of strings; elements that are not strings are skipped.
     *
     * @param name the JSON field name
     * @return the unmodifiable list; empty (never null) when absent or not an array
     */
    @SuppressWarnings("unchecked")
    protected final List<String> strings(String name) {
        Object value = json.get(name);
        if (!(value instanceof List)) {
            return List.of();
        }
        List<?> raw = (List<?>) value;
        boolean allStrings = true;
        for (Object element : raw) {
            if (!(element instanceof String)) {
                allStrings = false;
                break;
            }
        }
        if (allStrings) {
            return (List<String>) raw; // already deeply unmodifiable
        }
        List<String> result = new ArrayList<>(raw.size());
        for (Object element : raw) {
            if (element instanceof String) {
                result.add((String) element);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Reads an array of JSON objects, each turned into a typed value; elements that are not objects are skipped.
     *
     * @param <T> the element type
     * @param name the JSON field name
     * @param type makes an element from its JSON object, for example {@code Person.PhoneNumber::new}; not null
     * @return the unmodifiable list; empty (never null) when absent or not an array
     */
    @SuppressWarnings("unchecked")
    protected final <T> List<T> objects(String name, Function<Map<String, Object>, T> type) {
        Objects.requireNonNull(type, "type");
        Object value = json.get(name);
        if (!(value instanceof List)) {
            return List.of();
        }
        List<T> result = new ArrayList<>(((List<?>) value).size());
        for (Object element : (List<?>) value) {
            if (element instanceof Map) {
                result.add(type.apply((Map<String, Object>) element));
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Reads a JSON array as it was sent.
     *
     * @param name the JSON field name
     * @return the deeply unmodifiable list; empty (never null) when absent or not an array
     */
    @SuppressWarnings("unchecked")
    protected final List<Object> list(String name) {
        Object value = json.get(name);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    /**
     * Reads a JSON object field as it was sent.
     *
     * @param name the JSON field name
     * @return the deeply unmodifiable map, or null when absent or not an object
     */
    @SuppressWarnings("unchecked")
    protected final Map<String, Object> object(String name) {
        Object value = json.get(name);
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    /**
     * Reads a JSON object field and turns it into a typed value.
     *
     * @param <T> the result type
     * @param name the JSON field name
     * @param type makes the value from the JSON object, for example {@code Message::new}; not null
     * @return the typed value, or null when absent or not an object
     */
    protected final <T> T object(String name, Function<Map<String, Object>, T> type) {
        Objects.requireNonNull(type, "type");
        Map<String, Object> value = object(name);
        return value == null ? null : type.apply(value);
    }

    /**
     * Returns the unknown fields of this object plus those of the typed objects nested in the given fields, named
     * {@code field.inner}; for subclasses that override {@link #unknownFields()}.
     *
     * @param nested for each field holding a typed object or an array of them, how to make that object; not null
     * @return the unknown field names, unmodifiable
     */
    protected final Set<String> unknownFieldsWith(
            Map<String, Function<Map<String, Object>, ? extends SparkObject>> nested) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : json.keySet()) {
            if (!knownFields.contains(name)) {
                unknown.add(name);
                continue;
            }
            Function<Map<String, Object>, ? extends SparkObject> type = nested.get(name);
            if (type == null) {
                continue;
            }
            Object value = json.get(name);
            List<?> items = value instanceof List ? (List<?>) value : Collections.singletonList(value);
            for (Object item : items) {
                if (item instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> itemJson = (Map<String, Object>) item;
                    for (String inner : type.apply(itemJson).unknownFields()) {
                        unknown.add(name + "." + inner);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(unknown);
    }

    /**
     * Returns the JSON text of this object with the values of the given top-level fields replaced by
     * {@code "<redacted>"} (fields that are absent or JSON {@code null} stay as they are); for {@code toString()} of
     * models that carry secrets.
     *
     * @param fields the names of the fields to hide; not null
     * @return the JSON text; never null
     */
    final String redactedJson(Set<String> fields) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(json);
        for (String field : fields) {
            if (copy.get(field) != null) {
                copy.put(field, "<redacted>");
            }
        }
        return JsonWriter.write(copy);
    }
}
