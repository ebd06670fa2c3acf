package dev.parallel4j.runtime.json;

import java.util.ArrayList;
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
     * @param <T> the property's type
     * @return {@code value}, never {@code null}
     * @throws ModelValidationException if the value is missing
     */
    public static <T> T required(T value, String model, String property) {
        if (value == null) {
            throw new ModelValidationException(model + "." + property + " is required but was not set", List.of(property));
        }
        return value;
    }

    /**
     * Returns a required value to its accessor. A model read from JSON without checking may lack it; reading it
     * then fails, naming the property, rather than returning {@code null} where the type promises a value.
     *
     * @param value the value the model holds
     * @param model the model's name, e.g. {@code FindAllRun}
     * @param property the property's JSON name, e.g. {@code findall_id}
     * @param <T> the property's type
     * @return {@code value}, never {@code null}
     * @throws ModelValidationException if the value is missing
     */
    public static <T> T present(T value, String model, String property) {
        if (value == null) {
            throw new ModelValidationException(model + "." + property
                    + " is required but was absent from the JSON this object was read from", List.of(property));
        }
        return value;
    }

    /**
     * Checks that a required property that may be {@code null} was given, as a value or as an explicit
     * {@code null}.
     *
     * @param value the value the builder holds
     * @param explicitNull whether it was set to {@code null}
     * @param model the model's name, e.g. {@code FindAllRun}
     * @param property the property's JSON name, e.g. {@code findall_id}
     * @param <T> the property's type
     * @return {@code value}, which is {@code null} when it was explicitly set so
     * @throws ModelValidationException if it was not set at all
     */
    public static <T> T requiredOrNull(T value, boolean explicitNull, String model, String property) {
        if (value == null && !explicitNull) {
            throw new ModelValidationException(model + "." + property + " is required (it may be null) but was not set",
                    List.of(property));
        }
        return value;
    }

    /**
     * Checks that a property the document fixes to one value holds it.
     *
     * @param value the value the property holds, or {@code null} when it was not set
     * @param expected the value the document fixes
     * @param model the model's name, e.g. {@code FindAllRun}
     * @param property the property's JSON name, e.g. {@code type}
     * @return {@code expected}, also when the property was not set
     * @throws ModelValidationException if the value differs
     */
    public static String constant(String value, String expected, String model, String property) {
        if (value != null && !value.equals(expected)) {
            throw new ModelValidationException(
                    model + "." + property + " must be \"" + expected + "\" but was \"" + value + "\"", List.of(property));
        }
        return expected;
    }

    /**
     * Checks a property's value that holds models: a model or union, or a list or map of them (other values pass).
     *
     * @param value the property's value, possibly {@code null}
     * @param property the property's JSON name, for the path of a problem found inside
     * @throws ModelValidationException naming the problem's path from the model holding the property
     */
    public static void validate(Object value, String property) {
        try {
            validate(value);
        } catch (ModelValidationException e) {
            throw e.under(property);
        }
    }

    /**
     * Checks a value that may hold models: a model or union, a list or map of them, or anything else (which passes).
     *
     * @param value the value to check, possibly {@code null}
     * @throws ModelValidationException naming the problem's path from this value
     */
    public static void validate(Object value) {
        if (value instanceof Validatable model) {
            model.validate();
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                try {
                    validate(list.get(i));
                } catch (ModelValidationException e) {
                    throw e.under("[" + i + "]"); // the path is made only for a problem: lists can be long
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> validate(element, String.valueOf(key)));
        }
    }

    /**
     * Whether a property's value passes {@link #validate(Object)}, asked as a model is made: a model or union
     * answers from what it knew when it was made, a list read from JSON from what it learnt as it was read, another
     * list or a map asks each element, anything else passes.
     *
     * @param value the value, possibly {@code null}
     * @return {@code true} unless a model in it lacks a required property
     */
    public static boolean valid(Object value) {
        // Classes first: on JDK 17 a test of a class is one comparison, a test of an interface a search (and
        // three such tests on the first string of each short list were 8% of reading a large response).
        if (value instanceof ObjectModel model) {
            return model.isValid();
        }
        if (value instanceof ReadList<?> read) {
            return read.allValid();
        }
        if (value == null || value instanceof String) {
            return true;
        }
        if (value instanceof Validatable model) {
            return model.isValid();
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!valid(list.get(i))) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object element : map.values()) {
                if (!valid(element)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@link #valid(Object)} has anything to ask of a value: it is a model, a union, a list or a map. Classes
     * are tested before interfaces, as there.
     */
    static boolean mayHoldModels(Object value) {
        return value instanceof ObjectModel || value instanceof ReadList<?>
                || !(value instanceof String) && (value instanceof Validatable || value instanceof List || value instanceof Map);
    }

    /**
     * The list a builder adds an element to: the list itself when an earlier addition made it, else a new growable
     * copy of it (empty for {@code null}). Builders keep what their setters are given and copy only here and when
     * the object is built, so a list read from JSON is copied once.
     *
     * @param <T> the elements' type
     * @param list the builder's list so far, possibly {@code null} or unmodifiable
     * @return a list the builder alone holds and may add to
     */
    public static <T> List<T> growable(List<T> list) {
        return list instanceof GrowingList<T> own ? own : list == null ? new GrowingList<>() : new GrowingList<>(list);
    }

    /**
     * The map a builder puts an entry in, as {@link #growable(List)} for lists; it keeps the order of its entries.
     *
     * @param <K> the keys' type
     * @param <V> the values' type
     * @param map the builder's map so far, possibly {@code null} or unmodifiable
     * @return a map the builder alone holds and may put entries in
     */
    public static <K, V> Map<K, V> growable(Map<K, V> map) {
        return map instanceof GrowingMap<K, V> own ? own : map == null ? new GrowingMap<>() : new GrowingMap<>(map);
    }

    /**
     * An unmodifiable copy of a list, or {@code null} for {@code null}; elements must not be {@code null}. A list
     * the mapper read from JSON is already unmodifiable and held by nothing else, and is kept as it is.
     *
     * @param <T> the elements' type
     * @param list the list to copy, possibly {@code null}
     * @return the copy, or {@code null} if {@code list} is {@code null}
     */
    public static <T> List<T> copyOf(List<T> list) {
        if (list instanceof ReadList<T> read && read.sealed()) {
            return read; // unmodifiable, and nothing else holds it
        }
        return list == null ? null : List.copyOf(list);
    }

    /**
     * An unmodifiable copy of a map that keeps its order, or {@code null} for {@code null}. A map the mapper read
     * from JSON is already unmodifiable and held by nothing else, and is kept as it is.
     *
     * @param <K> the keys' type
     * @param <V> the values' type
     * @param map the map to copy, possibly {@code null}
     * @return the copy, or {@code null} if {@code map} is {@code null}
     */
    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        if (map instanceof ReadMap<K, V>) {
            return map; // unmodifiable, and nothing else holds it
        }
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** A list made by {@link #growable(List)}, which only the builder that asked for it holds. */
    private static final class GrowingList<T> extends ArrayList<T> {
        private static final long serialVersionUID = 1L;

        GrowingList() {}

        GrowingList(List<T> elements) {
            super(elements);
        }
    }

    /** A map made by {@link #growable(Map)}, which only the builder that asked for it holds. */
    private static final class GrowingMap<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;

        GrowingMap() {}

        GrowingMap(Map<K, V> entries) {
            super(entries);
        }
    }
}
