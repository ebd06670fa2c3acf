package dev.parallel4j.runtime.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and copies generated models and builders share, so each message reads the same. */
public final class ModelChecks {
    private ModelChecks() {}

    /**
     * Returns a required value, or fails naming the property.
     *
     * @param value the value the builder holds
     * @param model the model's name, e.g. {@code FindAllRun}
     * @param property the property's JSON name, e.g. {@code findall_id}
     * @throws IllegalStateException if the value is missing
     */
    public static <T> T required(T value, String model, String property) {
        if (value == null) {
            throw new IllegalStateException(model + "." + property + " is required but was not set");
        }
        return value;
    }

    /**
     * Checks that a property the document fixes to one value holds it.
     *
     * @throws IllegalStateException if the value differs
     */
    public static String constant(String value, String expected, String model, String property) {
        if (value != null && !value.equals(expected)) {
            throw new IllegalStateException(
                    model + "." + property + " must be \"" + expected + "\" but was \"" + value + "\"");
        }
        return expected;
    }

    /** An unmodifiable copy of a list, or {@code null} for {@code null}; elements must not be {@code null}. */
    public static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** An unmodifiable copy of a map that keeps its order, or {@code null} for {@code null}. */
    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
