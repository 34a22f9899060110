package io.ciscosparkapi.cards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the fields of one JSON object in the order they are added, leaving out the ones that are not set, and
 * hands them back as an unmodifiable map.
 */
final class JsonFields {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    JsonFields put(String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    JsonFields put(String key, WireValue value) {
        return put(key, value == null ? null : value.value());
    }

    /** Writes a part of the card, or nothing when it is null. */
    JsonFields put(String key, CardValue<?> value) {
        return put(key, value == null ? null : value.json());
    }

    /** Writes a flag only when it is true, the default of every flag written this way being false. */
    JsonFields putIfTrue(String key, boolean value) {
        return value ? put(key, Boolean.TRUE) : this;
    }

    /** Writes the parts of a list, even when it is empty, so the map shows what was given. */
    JsonFields putList(String key, List<? extends CardValue<?>> parts) {
        List<Object> out = new ArrayList<>(parts.size());
        for (CardValue<?> part : parts) {
            out.add(part.json());
        }
        fields.put(key, Collections.unmodifiableList(out));
        return this;
    }

    /** Writes the parts of a list, or nothing when it is empty. */
    JsonFields putListIfAny(String key, List<? extends CardValue<?>> parts) {
        return parts.isEmpty() ? this : putList(key, parts);
    }

    Map<String, Object> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Writes a size in pixels as Adaptive Cards do, for example {@code "80px"}. */
    static String pixels(Integer pixels) {
        return pixels == null ? null : pixels + "px";
    }
}
