package io.ciscosparkapi;

import io.ciscosparkapi.internal.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The base of every listing's parameters: the page size and any parameter by name.
 *
 * @param <S> the concrete builder, returned for chaining
 */
public abstract class QueryBuilder<S extends QueryBuilder<S>> {

    private final Map<String, String> params = new LinkedHashMap<>();

    QueryBuilder() {
    }

    /**
     * Sets the page size Spark uses; the listing still returns every item, page by page.
     *
     * @param max the page size, at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is less than 1
     */
    public S max(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        return param("max", max);
    }

    /**
     * Sets any query parameter by name, for parameters the API adds before this SDK models them.
     * {@code null} removes it.
     *
     * @param name the parameter name
     * @param value the value; timestamps ({@link java.time.Instant}) are formatted as Spark expects
     * @return this builder
     */
    public S param(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, Values.text(value));
        }
        return self();
    }

    Map<String, String> params() {
        return params;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }
}
