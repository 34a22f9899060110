package io.ciscosparkapi;

import io.ciscosparkapi.internal.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The base of every create and update request: fields of the JSON body, including any field by
 * name. Fields that are not set are not sent; {@code null} is never sent for "not given".
 *
 * @param <S> the concrete builder, returned for chaining
 */
public abstract class BodyBuilder<S extends BodyBuilder<S>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    BodyBuilder() {
    }

    /**
     * Sets any body field by name, for fields the API adds before this SDK models them.
     * {@code null} removes it.
     *
     * @param name the field name
     * @param value a string, number, boolean, {@link java.time.Instant}, list or map
     * @return this builder
     */
    public S field(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            fields.remove(name);
        } else if (value instanceof List<?> list) {
            fields.put(name, list.stream().map(Values::json).toList());
        } else {
            fields.put(name, Values.json(value));
        }
        return self();
    }

    Map<String, Object> fields() {
        return fields;
    }

    Object fieldValue(String name) {
        return fields.get(name);
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }
}
