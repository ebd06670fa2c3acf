package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every generated object model shares: the properties the document does not declare, kept as the server sent
 * them, and the declared properties explicitly set to {@code null}, which JSON writes after the declared ones. The
 * generated subclass holds the declared properties.
 */
public abstract class ObjectModel implements Validatable {
    private final Map<String, JsonValue> additionalProperties;
    final Set<String> nullProperties;

    /**
     * Takes the undeclared properties and explicit nulls the builder collected.
     *
     * @param builder the builder of the subclass
     */
    protected ObjectModel(ObjectModelBuilder<?> builder) {
        Map<String, JsonValue> collected = builder.additionalProperties;
        this.additionalProperties = collected == null || collected.isEmpty() ? Collections.emptyMap() : ModelChecks.copyOf(collected);
        List<String> marked = builder.nullProperties; // without repeats, in the order set
        this.nullProperties = marked == null || marked.isEmpty() ? Set.of()
                : marked.size() == 1 ? Set.of(marked.get(0)) : Collections.unmodifiableSet(new LinkedHashSet<>(marked));
    }

    /**
     * Properties the document does not declare, as the server sent them.
     *
     * @return the undeclared properties by name, in the order they came; empty if none
     */
    public final Map<String, JsonValue> additionalProperties() {
        return additionalProperties;
    }

    /**
     * Whether a declared property was explicitly {@code null} rather than absent.
     *
     * @param property the property's JSON name
     * @return {@code true} if it was set or read as {@code null}
     */
    protected final boolean isExplicitNull(String property) {
        return nullProperties.contains(property);
    }

    /**
     * Whether another model has the same undeclared properties and explicit nulls, for {@code equals}.
     *
     * @param that the other model, of the same class
     * @return {@code true} if they are the same
     */
    protected final boolean sameExtras(ObjectModel that) {
        return additionalProperties.equals(that.additionalProperties) && nullProperties.equals(that.nullProperties);
    }

    /**
     * The hash code of the undeclared properties and explicit nulls, for {@code hashCode}.
     *
     * @return their hash code
     */
    protected final int extrasHashCode() {
        return 31 * additionalProperties.hashCode() + nullProperties.hashCode();
    }

    /**
     * What JSON writes after the declared properties: the undeclared ones, then the explicit nulls as JSON
     * {@code null} (declared properties that are merely absent are not written).
     */
    @JsonAnyGetter
    private Map<String, JsonValue> jsonExtras() {
        if (nullProperties.isEmpty()) {
            return additionalProperties;
        }
        Map<String, JsonValue> extras = new LinkedHashMap<>(additionalProperties);
        nullProperties.forEach(property -> extras.put(property, JsonValue.NULL));
        return extras;
    }
}
