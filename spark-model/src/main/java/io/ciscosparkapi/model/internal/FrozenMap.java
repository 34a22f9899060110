package io.ciscosparkapi.model.internal;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable, insertion-ordered JSON object whose values are already deeply frozen.
 *
 * <p>Instances are only created by {@link JsonValues}, so finding one inside a value proves that the value needs no
 * further copying. Null values are allowed (JSON {@code null}).
 */
final class FrozenMap extends AbstractMap<String, Object> {

    static final FrozenMap EMPTY = new FrozenMap(new LinkedHashMap<>());

    private final Map<String, Object> view;

    /** Takes ownership of {@code entries}: the caller must not keep a reference to it. */
    FrozenMap(LinkedHashMap<String, Object> entries) {
        this.view = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return view.entrySet();
    }

    @Override
    public Set<String> keySet() {
        return view.keySet();
    }

    @Override
    public Collection<Object> values() {
        return view.values();
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public boolean isEmpty() {
        return view.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public Object get(Object key) {
        return view.get(key);
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return view.getOrDefault(key, defaultValue);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        view.forEach(action);
    }
}
