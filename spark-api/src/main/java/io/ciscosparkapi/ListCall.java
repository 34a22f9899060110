package io.ciscosparkapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A listing, described: the list endpoint's path, the caller's query parameters and how each item
 * becomes a model. Resource methods describe their listings this way; the session walks them
 * blocking ({@link Session#list(ListCall)}) or async ({@link Session#listAsync(ListCall)}).
 *
 * @param path the relative path (encoded)
 * @param query the query parameters (not encoded), in order
 * @param type makes the model of an item
 * @param <T> the model
 */
record ListCall<T>(String path, Map<String, String> query, Function<Map<String, Object>, T> type) {

    /** Keeps an ordered, unmodifiable copy of the query. */
    ListCall {
        Objects.requireNonNull(path, "path");
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        Objects.requireNonNull(type, "type");
    }
}
