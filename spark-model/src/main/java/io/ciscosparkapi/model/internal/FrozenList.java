package io.ciscosparkapi.model.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable JSON array whose elements are already deeply frozen. Null elements are allowed (JSON {@code null}).
 *
 * <p>Instances are only created in this package ({@link JsonValues}, {@link JsonAssembler}), so finding one inside a
 * value proves that the value needs no further copying.
 */
final class FrozenList extends AbstractList<Object> implements RandomAccess {

    static final FrozenList EMPTY = new FrozenList(new Object[0]);

    private final Object[] elements;

    /** Takes ownership of {@code elements}: the caller must not keep a reference to it. */
    FrozenList(Object[] elements) {
        this.elements = elements;
    }

    @Override
    public Object get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
