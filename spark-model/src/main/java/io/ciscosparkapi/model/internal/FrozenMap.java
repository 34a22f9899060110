package io.ciscosparkapi.model.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * An unmodifiable, insertion-ordered JSON object whose values are already deeply frozen.
 *
 * <p>Instances are only created in this package, so finding one inside a value proves that the
 * value needs no further copying. Null values are allowed (JSON {@code null}).
 *
 * <p>An object is its {@link FieldNames}, which objects read from one document share, and an
 * array of its values: a listing of thousands of small objects keeps a pointer and the values
 * for each. It implements {@link Map} itself rather than extending {@code AbstractMap}, whose
 * two cached views would cost every object two more fields.
 */
final class FrozenMap implements Map<String, Object> {

    static final FrozenMap EMPTY = new FrozenMap(FieldNames.NONE, new Object[0]);

    private final FieldNames names;
    private final Object[] values;

    /**
     * Takes ownership of {@code values}: the caller must not keep a reference to it.
     *
     * @param names the field names
     * @param values the frozen values, one per name, in the same order
     */
    FrozenMap(FieldNames names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * An object of the given fields, copied: a name given more than once keeps its first
     * position and its last value, as {@code LinkedHashMap.put} does.
     *
     * @param names the names (not null), possibly repeated
     * @param values the frozen values, side by side with the names
     * @param from where the fields start
     * @param count how many fields
     * @return the object
     */
    static FrozenMap of(String[] names, Object[] values, int from, int count) {
        FieldNames distinct = FieldNames.distinct(names, from, count);
        if (distinct.size() == count) {
            return new FrozenMap(distinct, Arrays.copyOfRange(values, from, from + count));
        }
        Object[] merged = new Object[distinct.size()];
        for (int i = from; i < from + count; i++) {
            merged[distinct.indexOf(names[i])] = values[i];
        }
        return new FrozenMap(distinct, merged);
    }

    /**
     * The field names, shared with the objects that have the same.
     *
     * @return the names
     */
    FieldNames names() {
        return names;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return names.indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Object v : values) {
            if (Objects.equals(v, value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object get(Object key) {
        int at = names.indexOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        int at = names.indexOf(key);
        return at < 0 ? defaultValue : values[at];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(names.name(i), values[i]);
        }
    }

    @Override
    public Object put(String key, Object value) {
        throw unmodifiable();
    }

    @Override
    public Object remove(Object key) {
        throw unmodifiable();
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    public Set<String> keySet() {
        return new View<>(names::name) {
            @Override
            public boolean contains(Object key) {
                return names.indexOf(key) >= 0;
            }
        };
    }

    @Override
    public Collection<Object> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Object> iterator() {
                return new Positions<>(i -> values[i]);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new View<>(i -> new AbstractMap.SimpleImmutableEntry<>(names.name(i), values[i]));
    }

    /**
     * Equal to any map with the same keys and values, in any order, as {@link Map#equals} says.
     *
     * @param other any object
     * @return {@code true} when it is such a map
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (other instanceof FrozenMap frozen && frozen.names == names) {
            return Arrays.equals(values, frozen.values);
        }
        if (!(other instanceof Map<?, ?> map) || map.size() != values.length) {
            return false;
        }
        try {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                String name = names.name(i);
                if (value == null ? map.get(name) != null || !map.containsKey(name) : !value.equals(map.get(name))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unusable) {
            return false;
        }
        return true;
    }

    /**
     * The sum of the entries' hashes, as {@link Map#hashCode} says.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < values.length; i++) {
            h += names.name(i).hashCode() ^ Objects.hashCode(values[i]);
        }
        return h;
    }

    /**
     * The entries as {@code {key=value, ...}}, as {@code AbstractMap} prints them.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(names.name(i)).append('=').append(values[i]);
        }
        return s.append('}').toString();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("a JSON object read from Spark cannot be changed");
    }

    /** A set view whose elements are made from the fields' positions. */
    private class View<E> extends AbstractSet<E> {

        private final IntFunction<E> at;

        View(IntFunction<E> at) {
            this.at = at;
        }

        @Override
        public Iterator<E> iterator() {
            return new Positions<>(at);
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /** Walks the fields by position. */
    private final class Positions<E> implements Iterator<E> {

        private final IntFunction<E> at;
        private int next;

        Positions(IntFunction<E> at) {
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public E next() {
            if (next >= values.length) {
                throw new NoSuchElementException();
            }
            return at.apply(next++);
        }
    }
}
