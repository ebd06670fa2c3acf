package dev.parallel4j.runtime.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * Checks that a required property that may be {@code null} was given, as a value or as an explicit
     * {@code null}.
     *
     * @param value the value the builder holds
     * @param explicitNull whether it was set to {@code null}
     * @throws IllegalStateException if it was not set at all
     */
    public static <T> T requiredOrNull(T value, boolean explicitNull, String model, String property) {
        if (value == null && !explicitNull) {
            throw new IllegalStateException(model + "." + property + " is required (it may be null) but was not set");
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

    /** The properties a builder marked as explicitly {@code null}, as an unmodifiable set (empty for none). */
    public static Set<String> nulls(Set<String> marked) {
        return marked == null || marked.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(marked));
    }

    /**
     * What a model writes after its declared properties: the undeclared ones, then its explicit nulls as JSON
     * {@code null} (declared properties that are merely absent are not written).
     */
    public static Map<String, JsonValue> extras(Map<String, JsonValue> additionalProperties, Set<String> nulls) {
        if (nulls.isEmpty()) {
            return additionalProperties;
        }
        Map<String, JsonValue> extras = new LinkedHashMap<>(additionalProperties);
        nulls.forEach(property -> extras.put(property, JsonValue.NULL));
        return extras;
    }

    /** An unmodifiable copy of a map that keeps its order, or {@code null} for {@code null}. */
    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
