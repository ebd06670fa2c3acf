package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every generated model builder shares: it collects the properties the document does not declare (every
 * builder keeps those a server sends; a builder whose document allows them offers {@link #putAdditionalProperty}
 * publicly) and remembers which declared properties were set to {@code null}.
 *
 * @param <B> the generated builder, which the chained methods return
 */
public abstract class ObjectModelBuilder<B extends ObjectModelBuilder<B>> {
    Map<String, JsonValue> additionalProperties;
    List<String> nullProperties; // few, in the order set: a list is cheaper than a set to make for each object

    /** An empty builder. */
    protected ObjectModelBuilder() {}

    /**
     * A builder holding a copy of a model's undeclared properties and explicit nulls.
     *
     * @param source the model to copy
     */
    protected ObjectModelBuilder(ObjectModel source) {
        additionalProperties = source.additionalProperties(); // unmodifiable: copied by the first put
        if (!source.nullProperties.isEmpty()) {
            nullProperties = new ArrayList<>(source.nullProperties);
        }
    }

    /**
     * Adds a property the document does not declare; it is sent as given. Reading JSON keeps every such property
     * through this method; builders whose document allows them make it public.
     *
     * @param name the JSON property name
     * @param value its value
     * @return this builder
     */
    @JsonAnySetter
    protected B putAdditionalProperty(String name, JsonValue value) {
        additionalProperties = ModelChecks.growable(additionalProperties);
        additionalProperties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Records whether a declared property is now explicitly {@code null}.
     *
     * @param property the property's JSON name
     * @param isNull whether it was just set to {@code null} (else any earlier {@code null} is forgotten)
     */
    protected final void markNull(String property, boolean isNull) {
        if (isNull) {
            if (nullProperties == null) {
                nullProperties = new ArrayList<>(2);
            }
            if (!nullProperties.contains(property)) {
                nullProperties.add(property);
            }
        } else if (nullProperties != null) {
            nullProperties.remove(property);
        }
    }

    @SuppressWarnings("unchecked") // B is the class extending this one, as its declaration requires
    private B self() {
        return (B) this;
    }
}
