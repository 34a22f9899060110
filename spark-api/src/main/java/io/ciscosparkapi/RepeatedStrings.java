package io.ciscosparkapi;

import java.util.Arrays;

/**
 * Makes the string values of a listing page's items so that a value equal to the one the
 * previous item had at the same place is that same {@code String}: the items of a page share
 * their room, its type and often their sender, and those are then made once per page instead of
 * once per item, which was most of what a listed message allocated.
 *
 * <p>The place is the field's position in its item, so items whose fields differ only lose the
 * reuse, never a value: a string is reused only when its characters are equal. Each place keeps
 * the characters of its last string to compare with; after a string differs from the one before
 * it (an id, a timestamp), its place is not compared for the next {@value #PAUSE} items. Strings
 * longer than {@value #LONGEST} characters are left to the caller.
 *
 * <p>Not thread-safe: one instance reads one page.
 */
final class RepeatedStrings {

    /** The longest string compared with the previous item's. */
    static final int LONGEST = 128;

    /** After a string differs from the one before it, how many items its place is not compared for. */
    static final int PAUSE = 8;

    private String[] strings = new String[16];
    private char[][] characters = new char[16][];
    private int[] paused = new int[16];

    /**
     * The string of some characters read at a place.
     *
     * @param position the field's position in its item, from 0
     * @param text holds the characters
     * @param offset where they start
     * @param length how many there are, at most {@link #LONGEST}
     * @return the string; the previous one at this position when equal to it
     */
    String of(int position, char[] text, int offset, int length) {
        if (position >= strings.length) {
            int grown = Math.max(position + 1, 2 * strings.length);
            strings = Arrays.copyOf(strings, grown);
            characters = Arrays.copyOf(characters, grown);
            paused = Arrays.copyOf(paused, grown);
        }
        if (paused[position] > 0) {
            paused[position]--;
            return new String(text, offset, length);
        }
        String last = strings[position];
        char[] kept = characters[position];
        // Ids, texts and timestamps differ at their end: the last character tells most apart at once.
        if (last != null && last.length() == length && (length == 0 || kept[length - 1] == text[offset + length - 1])
                && Arrays.equals(kept, 0, length, text, offset, offset + length)) {
            return last;
        }
        String made = new String(text, offset, length);
        if (kept == null) {
            kept = new char[LONGEST];
            characters[position] = kept;
        }
        System.arraycopy(text, offset, kept, 0, length);
        strings[position] = made;
        if (last != null) {
            paused[position] = PAUSE;
        }
        return made;
    }
}
