package dev.parallel4j.runtime.json;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list the mapper reads a JSON array into: it grows while Jackson reads the array, is sealed when the array ends
 * and is unmodifiable from then on, and knows whether every element passed {@link ModelChecks#valid(Object)}. So
 * a model made from JSON keeps it without copying it ({@link ModelChecks#copyOf(java.util.List)}) and learns
 * whether it is valid in one read instead of a walk over the elements.
 *
 * <p>Elements are never {@code null}, as in {@link java.util.List#copyOf}: a JSON {@code null} in an array of
 * anything but {@link JsonValue} fails the read (a {@link JsonValue} array holds {@link JsonValue#NULL}).
 *
 * @param <E> the elements' type
 */
final class ReadList<E> extends AbstractList<E> implements RandomAccess {
    private static final Object[] NONE = {};

    private Object[] elements = NONE;
    private int size;
    private boolean sealed;
    private boolean allValid = true;
    /** The class of an element that holds no models, such as {@link String}: its like need no check. */
    private Class<?> plain;

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        @SuppressWarnings("unchecked") // only elements of type E are added
        E element = (E) elements[index];
        return element;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Appends an element while the array is being read.
     *
     * @throws UnsupportedOperationException once the list is sealed
     * @throws NullPointerException for a {@code null} element
     */
    @Override
    public boolean add(E element) {
        if (sealed) {
            throw new UnsupportedOperationException("a list read from JSON is unmodifiable");
        }
        Objects.requireNonNull(element, "a JSON array of this type cannot hold null");
        if (size == elements.length) {
            elements = size == 0 ? new Object[4] : Arrays.copyOf(elements, size + (size >> 1));
        }
        elements[size++] = element;
        if (allValid && element.getClass() != plain) {
            if (ModelChecks.mayHoldModels(element)) {
                allValid = ModelChecks.valid(element);
            } else {
                plain = element.getClass();
            }
        }
        modCount++;
        return true;
    }

    /** Ends the reading: the list is unmodifiable from now on. */
    ReadList<E> seal() {
        sealed = true;
        return this;
    }

    /** Whether the list is complete and unmodifiable. */
    boolean sealed() {
        return sealed;
    }

    /** Whether every element passed {@link ModelChecks#valid(Object)} when it was added. */
    boolean allValid() {
        return allValid;
    }
}
