package io.ciscosparkapi.model.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable, insertion-ordered JSON object whose values are already deeply frozen.
 *
 * <p>Instances are only created by {@link JsonValues}, so finding one inside a value proves that the value needs no
 * further copying. Null values are allowed (JSON {@code null}).
 *
 * <p>The fields live in one array of keys and values side by side, which is what a listing of
 * thousands of small objects wants: about a quarter of a {@code LinkedHashMap}'s memory. Keys are
 * found by a scan up to {@value #SCAN_LIMIT} fields and through a hash index above.
 */
final class FrozenMap extends AbstractMap<String, Object> {

    /** The most fields that are looked up by scanning; larger objects get a hash index. */
    static final int SCAN_LIMIT = 8;

    static final FrozenMap EMPTY = new FrozenMap(new Object[0], 0);

    /** Key, value, key, value...; only the first {@code 2 * size} slots are used. */
    private final Object[] fields;
    private final int size;
    /** Open addressing over the keys' hashes: field number plus one, 0 for a free slot; null when small. */
    private final int[] index;
    private Set<Entry<String, Object>> entries;

    /**
     * Takes ownership of {@code fields}: the caller must not keep a reference to it. A key given
     * more than once keeps its first position and its last value, as {@code LinkedHashMap.put}.
     *
     * @param fields keys (non-null strings) and frozen values, side by side
     * @param count how many key and value pairs the array holds from its start
     */
    FrozenMap(Object[] fields, int count) {
        int[] hashIndex = count > SCAN_LIMIT ? new int[tableSize(count)] : null;
        // One bit per key hash (modulo 64): a key whose bit is not set yet cannot repeat an
        // earlier key, so small objects are scanned for repeats only on a collision.
        long seenHashes = 0;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            Object key = fields[2 * i];
            Object value = fields[2 * i + 1];
            int earlier;
            if (hashIndex != null) {
                earlier = probe(fields, hashIndex, key);
            } else {
                long bit = 1L << key.hashCode();
                earlier = (seenHashes & bit) == 0 ? -1 : scan(fields, kept, key);
                seenHashes |= bit;
            }
            if (earlier >= 0) {
                fields[2 * earlier + 1] = value;
                continue;
            }
            fields[2 * kept] = key;
            fields[2 * kept + 1] = value;
            if (hashIndex != null) {
                hashIndex[freeSlot(hashIndex, key)] = kept + 1;
            }
            kept++;
        }
        for (int i = 2 * kept; i < 2 * count; i++) {
            fields[i] = null;
        }
        this.fields = fields;
        this.size = kept;
        this.index = hashIndex;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int at = find(key);
        return at < 0 ? null : fields[2 * at + 1];
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        int at = find(key);
        return at < 0 ? defaultValue : fields[2 * at + 1];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < size; i++) {
            action.accept((String) fields[2 * i], fields[2 * i + 1]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Set<Entry<String, Object>> set = entries;
        if (set == null) {
            set = new EntrySet();
            entries = set;
        }
        return set;
    }

    private int find(Object key) {
        if (!(key instanceof String)) {
            return -1;
        }
        return index == null ? scan(fields, size, key) : probe(fields, index, key);
    }

    private static int scan(Object[] fields, int count, Object key) {
        for (int i = 0; i < count; i++) {
            Object k = fields[2 * i];
            if (k == key || k.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int probe(Object[] fields, int[] index, Object key) {
        int mask = index.length - 1;
        for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int entry = index[slot];
            if (entry == 0) {
                return -1;
            }
            Object k = fields[2 * (entry - 1)];
            if (k == key || k.equals(key)) {
                return entry - 1;
            }
        }
    }

    private static int freeSlot(int[] index, Object key) {
        int mask = index.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** A power of two at least twice {@code count}, so probes stay short. */
    private static int tableSize(int count) {
        return Integer.highestOneBit(count * 2 - 1) << 1;
    }

    private final class EntrySet extends AbstractSet<Entry<String, Object>> {

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Entry<String, Object> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    int at = next++;
                    return new SimpleImmutableEntry<>((String) fields[2 * at], fields[2 * at + 1]);
                }
            };
        }
    }
}
