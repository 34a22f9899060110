package io.ciscosparkapi.model.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Assembles the immutable JSON values of one parsed document, as a streaming parser meets them:
 * objects and arrays are opened, given their fields or elements, and closed, nested to any depth.
 * Used by the SDK's own JSON reader, so a listing builds each item once, straight into the form
 * the models hold.
 *
 * <p>Objects that have the same field names in the same order share one {@link FieldNames}: the
 * items of a listing's page keep their names once per page.
 *
 * <p>A field given more than once in an object keeps its first position and its last value, as
 * {@code LinkedHashMap.put} does. Every value handed over must be frozen already: a value this
 * assembler made, or a JSON scalar (String, Boolean, Integer, Long, BigInteger, Double,
 * BigDecimal or null).
 *
 * <p>Not part of the public API. Not thread-safe: one instance reads one document at a time.
 */
public final class JsonAssembler {

    /** How many distinct sets of names are remembered for reuse besides the previous object's. */
    private static final int RECENT = 4;

    /** The fields and elements of every value still open, the innermost last. */
    private String[] names = new String[32];
    private Object[] values = new Object[32];
    private int top;

    /**
     * Per depth: where the open value's fields start, and whether it is an object whose names so
     * far are those of the previous object closed at that depth.
     */
    private int[] starts = new int[8];
    private boolean[] matching = new boolean[8];
    private int depth;

    /** Per depth: the names of the last object closed at that depth. */
    private FieldNames[] lastNames = new FieldNames[8];

    private final FieldNames[] recent = new FieldNames[RECENT];
    private int nextRecent;

    /** Creates an assembler for one document. */
    public JsonAssembler() {
    }

    /** Opens an object; its fields follow, then {@link #endObject()}. */
    public void startObject() {
        open(true);
    }

    /** Opens an array; its elements follow, then {@link #endArray()}. */
    public void startArray() {
        open(false);
    }

    private void open(boolean object) {
        if (depth == starts.length) {
            int grown = 2 * depth;
            starts = Arrays.copyOf(starts, grown);
            matching = Arrays.copyOf(matching, grown);
            lastNames = Arrays.copyOf(lastNames, grown);
        }
        starts[depth] = top;
        matching[depth] = object && lastNames[depth] != null;
        depth++;
    }

    /**
     * Gives the open object a field.
     *
     * @param name the field's name; not null
     * @param value its frozen value
     */
    public void field(String name, Object value) {
        int d = depth - 1;
        if (matching[d]) {
            int position = top - starts[d];
            FieldNames before = lastNames[d];
            matching[d] = position < before.size() && before.name(position) == name;
        }
        push(name, value);
    }

    /**
     * Gives the open array an element.
     *
     * @param value the frozen element
     */
    public void element(Object value) {
        push(null, value);
    }

    private void push(String name, Object value) {
        if (top == values.length) {
            names = Arrays.copyOf(names, 2 * top);
            values = Arrays.copyOf(values, 2 * top);
        }
        names[top] = name;
        values[top] = value;
        top++;
    }

    /**
     * Closes the innermost object.
     *
     * @return the object, immutable
     */
    public Map<String, Object> endObject() {
        int d = --depth;
        int start = starts[d];
        int count = top - start;
        FrozenMap object;
        if (count == 0) {
            object = FrozenMap.EMPTY;
        } else {
            FieldNames shared = matching[d] && lastNames[d].size() == count ? lastNames[d] : recent(start, count);
            if (shared != null) {
                object = new FrozenMap(shared, Arrays.copyOfRange(values, start, top));
            } else {
                object = FrozenMap.of(names, values, start, count);
                if (object.size() == count) {
                    recent[nextRecent] = object.names();
                    nextRecent = (nextRecent + 1) % RECENT;
                }
            }
            lastNames[d] = object.names();
        }
        top = start;
        return object;
    }

    /**
     * Closes the innermost array.
     *
     * @return the array, immutable
     */
    public List<Object> endArray() {
        int d = --depth;
        int start = starts[d];
        List<Object> array = start == top ? FrozenList.EMPTY : new FrozenList(Arrays.copyOfRange(values, start, top));
        top = start;
        return array;
    }

    /** A remembered set of names equal to the open object's, or {@code null}. */
    private FieldNames recent(int start, int count) {
        for (FieldNames candidate : recent) {
            if (candidate != null && candidate.matches(names, start, count)) {
                return candidate;
            }
        }
        return null;
    }
}
