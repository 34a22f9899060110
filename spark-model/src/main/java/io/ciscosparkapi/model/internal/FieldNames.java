package io.ciscosparkapi.model.internal;

import java.util.Arrays;

/**
 * The names of a JSON object's fields, in order, each once; shared by every object of a document
 * that has the same names in the same order. The items of a listing's page mostly do, so a page
 * of a thousand items keeps its few sets of names once rather than once per item.
 *
 * <p>Names are found by a scan up to {@value #SCAN_LIMIT} fields and through a hash index above.
 * Immutable.
 */
final class FieldNames {

    /** The most fields that are looked up by scanning; more get a hash index. */
    static final int SCAN_LIMIT = 8;

    static final FieldNames NONE = new FieldNames(new String[0]);

    private final String[] names;
    /** Open addressing over the names' hashes: position plus one, 0 for a free slot; null when small. */
    private final int[] index;

    /**
     * Takes ownership of {@code names}, which must be distinct and not null.
     *
     * @param names the names, in order
     */
    FieldNames(String[] names) {
        this.names = names;
        if (names.length > SCAN_LIMIT) {
            index = new int[tableSize(names.length)];
            for (int i = 0; i < names.length; i++) {
                index[find(index, names, names[i])] = i + 1;
            }
        } else {
            index = null;
        }
    }

    /**
     * The names in {@code candidates[from, from + count)}, without the repeats: a name given more
     * than once keeps its first position.
     *
     * @param candidates names, possibly repeated
     * @param from the first
     * @param count how many
     * @return the distinct names, in the order they first appear
     */
    static FieldNames distinct(String[] candidates, int from, int count) {
        String[] kept = new String[count];
        int[] seen = count > SCAN_LIMIT ? new int[tableSize(count)] : null;
        int n = 0;
        for (int i = 0; i < count; i++) {
            String name = candidates[from + i];
            boolean repeated;
            if (seen == null) {
                repeated = indexOf(kept, n, name) >= 0;
            } else {
                int slot = find(seen, kept, name);
                repeated = seen[slot] != 0;
                if (!repeated) {
                    seen[slot] = n + 1;
                }
            }
            if (!repeated) {
                kept[n++] = name;
            }
        }
        return new FieldNames(n == count ? kept : Arrays.copyOf(kept, n));
    }

    /**
     * How many names there are.
     *
     * @return the count
     */
    int size() {
        return names.length;
    }

    /**
     * The name at a position.
     *
     * @param position from 0
     * @return the name
     */
    String name(int position) {
        return names[position];
    }

    /**
     * Where a name is.
     *
     * @param key any object
     * @return its position, or -1 when it is not one of these names
     */
    int indexOf(Object key) {
        if (index == null) {
            // A reader that interns its names makes every lookup by a literal name a hit here.
            for (int i = 0; i < names.length; i++) {
                if (names[i] == key) {
                    return i;
                }
            }
            return indexOf(names, names.length, key);
        }
        if (!(key instanceof String)) {
            return -1;
        }
        int entry = index[find(index, names, (String) key)];
        return entry - 1;
    }

    /**
     * Whether {@code candidates[from, from + count)} are these names, in this order.
     *
     * @param candidates names
     * @param from the first
     * @param count how many
     * @return {@code true} when they are the same
     */
    boolean matches(String[] candidates, int from, int count) {
        if (count != names.length) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            String name = names[i];
            String candidate = candidates[from + i];
            if (name != candidate && !name.equals(candidate)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String[] names, int count, Object key) {
        for (int i = 0; i < count; i++) {
            String name = names[i];
            if (name == key || name.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The slot of {@code table} that holds {@code name}, or the free slot where it would go.
     *
     * @param table open addressing over the names' hashes: position plus one, 0 for a free slot
     * @param names the names the table's entries point at
     * @param name the name to find
     */
    private static int find(int[] table, String[] names, String name) {
        int mask = table.length - 1;
        for (int slot = spread(name.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return slot;
            }
            String found = names[entry - 1];
            if (found == name || found.equals(name)) {
                return slot;
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** A power of two at least twice {@code count}, so probes stay short. */
    private static int tableSize(int count) {
        return Integer.highestOneBit(count * 2 - 1) << 1;
    }
}
