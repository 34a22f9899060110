package io.ciscosparkapi.bot.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys seen most recently, up to a capacity: adding one more forgets the oldest. Thread-safe; {@link #add} is
 * atomic, so of two threads adding the same key at once exactly one is told it is new.
 */
public final class RecentKeys {

    private final Map<String, Boolean> keys;

    /**
     * Creates an empty window.
     *
     * @param capacity how many keys are remembered
     */
    public RecentKeys(int capacity) {
        this.keys = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Remembers a key.
     *
     * @param key the key
     * @return {@code true} when the key was not in the window
     */
    public synchronized boolean add(String key) {
        return keys.putIfAbsent(key, Boolean.TRUE) == null;
    }

    /**
     * Forgets a key, so that adding it again counts as new.
     *
     * @param key the key
     */
    public synchronized void remove(String key) {
        keys.remove(key);
    }
}
