package io.ciscosparkapi;

import java.net.URI;

/**
 * The pages one traversal of a listing has read, so a next link back to any of them ends the
 * listing instead of paging forever. Each page is kept as a 64-bit hash of its URL (16 bytes or
 * less per page, however long its URL), so a listing of many thousand pages stays small; two
 * different URLs sharing a hash is too unlikely to matter (less than one in a billion for
 * 100,000 pages).
 *
 * <p>Confined to the thread that iterates.
 */
final class VisitedPages {

    private static final long EMPTY = 0L;

    private long[] slots = new long[16];
    private int size;

    /**
     * Records a page.
     *
     * @param page the page's URL
     * @return {@code true} when the page had not been read before
     */
    boolean add(URI page) {
        long hash = hash(page.toString());
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (!insert(slots, hash)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = hash;
                return true;
            }
            if (table[i] == hash) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[2 * slots.length];
        for (long hash : slots) {
            if (hash != EMPTY) {
                insert(bigger, hash);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the characters, finished with a strong 64-bit mix; never {@link #EMPTY}. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
