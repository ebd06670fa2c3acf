package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
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
        this.additionalProperties = ModelChecks.additional(builder.additionalProperties);
        this.nullProperties = ModelChecks.nulls(builder.nullProperties);
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

    /** What JSON writes after the declared properties: the undeclared ones, then the explicit nulls. */
    @JsonAnyGetter
    private Map<String, JsonValue> jsonExtras() {
        return ModelChecks.extras(additionalProperties, nullProperties);
    }
}
