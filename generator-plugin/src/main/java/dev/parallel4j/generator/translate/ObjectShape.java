package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.translate.Pointers.child;

import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties an object schema declares, with {@code allOf} composition flattened: the properties and
 * required lists of every branch (following references) and of the schema itself, in that order.
 *
 * @param properties each property's schema and where it is written, in document order
 * @param required the JSON names of required properties
 * @param additionalProperties the schema of undeclared properties' values, or {@code null} when untyped
 */
record ObjectShape(Map<String, Property> properties, Set<String> required, Schema<?> additionalProperties) {

    /**
     * A property and where it is written.
     *
     * @param schema its schema
     * @param pointer its location
     */
    record Property(Schema<?> schema, String pointer) {}

    static ObjectShape of(Schema<?> schema, String pointer, SchemaTranslator translator) {
        Map<String, Property> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        Schema<?>[] additional = {null};
        collect(schema, pointer, translator, properties, required, additional, new HashSet<>());
        return new ObjectShape(properties, required, additional[0]);
    }

    private static void collect(Schema<?> schema, String pointer, SchemaTranslator translator,
            Map<String, Property> properties, Set<String> required, Schema<?>[] additional, Set<String> visited) {
        if (schema.get$ref() != null) {
            Schema<?> target = translator.component(schema.get$ref());
            if (target == null) {
                throw translator.problems().at(child(pointer, "$ref"),
                        "allOf member $ref '" + schema.get$ref() + "' points to no component schema");
            }
            if (visited.add(schema.get$ref())) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                collect(target, "/components/schemas/" + name, translator, properties, required, additional, visited);
            }
            return;
        }
        List<Schema<?>> allOf = Schemas.allOf(schema);
        for (int i = 0; i < allOf.size(); i++) {
            collect(allOf.get(i), child(pointer, "allOf", String.valueOf(i)), translator, properties, required, additional, visited);
        }
        Schemas.properties(schema).forEach((name, property) ->
                properties.put(name, new Property(property, child(pointer, "properties", name))));
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
        if (Schemas.additionalProperties(schema) instanceof Schema<?> values && additional[0] == null) {
            additional[0] = values;
        }
    }
}
