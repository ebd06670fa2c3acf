package dev.parallel4j.runtime.json;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A map the mapper read from a JSON object: the {@link Filling} Jackson put the members in, in their order, seen
 * through an unmodifiable view that nothing else holds. So a model made from JSON keeps it without copying it
 * ({@link ModelChecks#copyOf(Map)}).
 *
 * @param <K> the keys' type
 * @param <V> the values' type
 */
final class ReadMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> members;

    ReadMap(Filling<K, V> filled) {
        members = Collections.unmodifiableMap(filled);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return members.entrySet();
    }

    @Override
    public Set<K> keySet() {
        return members.keySet();
    }

    @Override
    public Collection<V> values() {
        return members.values();
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return members.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return members.containsValue(value);
    }

    @Override
    public V get(Object key) {
        return members.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return members.getOrDefault(key, defaultValue);
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        members.forEach(action);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || members.equals(other);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return members.toString();
    }

    /** The map Jackson fills while it reads an object; it becomes a {@link ReadMap} when the object ends. */
    static final class Filling<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
    }
}
