package dev.parallel4j.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks that our document states the same facts as Parallel's published one (paths, methods, operationIds,
 * parameters, bodies, responses, schemas, types, required lists, nullability, enums, the override extension) for
 * everything it declares, and that it declares everything this project generates a client for. Failures list
 * every difference with its location. Skipped when the reference document is not beside the project.
 */
final class SpecConformanceTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final JsonNode ours = ReferenceDocument.ours();
    private final JsonNode reference = ReferenceDocument.reference();

    @Test
    void everyOperationWeDeclareStatesTheReferenceFacts() {
        List<String> differences = new ArrayList<>();
        operations(ours).forEach((key, operation) -> {
            JsonNode theirs = operation(reference, key);
            if (theirs == null) {
                differences.add(key + ": not in the reference");
            } else {
                differences.addAll(Facts.differences(operation, theirs, key));
            }
        });
        assertThat(differences).as("differences from the reference").isEmpty();
    }

    @Test
    void everySchemaWeDeclareStatesTheReferenceFacts() {
        List<String> differences = new ArrayList<>();
        ours.path("components").path("schemas").properties().forEach(schema -> {
            JsonNode theirs = reference.path("components").path("schemas").get(schema.getKey());
            if (theirs == null) {
                differences.add("#/components/schemas/" + schema.getKey() + ": not in the reference");
            } else {
                differences.addAll(Facts.differences(schema.getValue(), theirs, "#/components/schemas/" + schema.getKey()));
            }
        });
        assertThat(differences).as("differences from the reference").isEmpty();
    }

    @Test
    void declaresEveryOperationAndEverySchemaOfTheReference() {
        Map<String, JsonNode> expected = operations(reference);
        assertThat(operations(ours).keySet()).as("operations").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(expected).as("operations in the reference").hasSize(32);

        Set<String> declared = new TreeSet<>();
        ours.path("components").path("schemas").fieldNames().forEachRemaining(declared::add);
        Set<String> theirs = new TreeSet<>();
        reference.path("components").path("schemas").fieldNames().forEachRemaining(theirs::add);
        assertThat(declared).as("component schemas").isEqualTo(theirs).hasSize(100);
        assertThat(declared).as("schemas the operations reach").containsAll(reachableSchemas(expected.values()));
    }

    @Test
    void declaresTheSecuritySchemeServerAndBetaOverrideAsTheReferenceDoes() {
        assertThat(Facts.differences(ours.path("components").path("securitySchemes"),
                reference.path("components").path("securitySchemes"), "#/components/securitySchemes")).isEmpty();
        assertThat(ours.path("security")).isEqualTo(reference.path("security"));
        assertThat(ours.path("servers").path(0).path("url")).isEqualTo(reference.path("servers").path(0).path("url"));
        assertThat(ours.path("openapi").asText()).isEqualTo(reference.path("openapi").asText());
        JsonNode override = operation(ours, "POST /v1beta/findall/runs").path("parameters").path(0).path("schema")
                .path("x-stainless-override-schema");
        assertThat(override.path("x-stainless-param").asText()).isEqualTo("betas");
        assertThat(override.path("x-stainless-extend-default").asBoolean()).isTrue();
        assertThat(override.path("items").path("$ref").asText()).isEqualTo("#/components/schemas/ParallelBeta");
    }

    @Test
    void describesEveryOperationSchemaAndPropertyInItsOwnWords() {
        List<String> missing = new ArrayList<>();
        operations(ours).forEach((key, operation) -> {
            if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()) {
                missing.add(key + ": summary or description");
            }
        });
        ours.path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getValue().path("description").asText().isBlank()) {
                missing.add(schema.getKey() + ": description");
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                if (property.getValue().path("description").asText().isBlank()) {
                    missing.add(schema.getKey() + "." + property.getKey() + ": description");
                }
            });
        });
        assertThat(missing).as("prose we still owe").isEmpty();
        assertThat(Prose.sharedRuns(ours, reference, 8)).as("wording copied from the reference").isEmpty();
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    private static JsonNode operation(JsonNode document, String key) {
        String[] parts = key.split(" ", 2);
        return document.path("paths").path(parts[1]).get(parts[0].toLowerCase(Locale.ROOT));
    }

    private Set<String> reachableSchemas(Iterable<JsonNode> roots) {
        Set<String> seen = new TreeSet<>();
        List<JsonNode> todo = new ArrayList<>();
        roots.forEach(todo::add);
        while (!todo.isEmpty()) {
            JsonNode node = todo.remove(todo.size() - 1);
            for (String name : references(node)) {
                if (seen.add(name)) {
                    todo.add(reference.path("components").path("schemas").path(name));
                }
            }
        }
        return seen;
    }

    private static Set<String> references(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    String ref = field.getValue().asText();
                    names.add(ref.substring(ref.lastIndexOf('/') + 1));
                } else {
                    names.addAll(references(field.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> names.addAll(references(element)));
        }
        return names;
    }
}
