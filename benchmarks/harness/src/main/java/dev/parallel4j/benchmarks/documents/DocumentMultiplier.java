package dev.parallel4j.benchmarks.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes an OpenAPI document {@code n} times bigger by mechanical renaming, for the scaling benchmark: copy {@code k}
 * (2..n) of every path goes under {@code /copy<k>}, every component {@code X} becomes {@code XCopy<k>} (references
 * and discriminator mappings follow), every operationId gets {@code _copy<k>} and every tag {@code T} becomes
 * {@code T Copy<k>}, so each copy is a separate set of services and types. Security schemes are shared.
 */
public final class DocumentMultiplier {
    private static final String SECURITY_SCHEMES = "securitySchemes";

    private DocumentMultiplier() {}

    /** {@code DocumentMultiplier <document> <factor> <output.json>}. */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DocumentMultiplier <document> <factor> <output.json>");
        }
        OpenApiDocuments.write(multiply(OpenApiDocuments.read(Path.of(args[0])), Integer.parseInt(args[1])), Path.of(args[2]));
    }

    /**
     * The document with {@code factor - 1} renamed copies of its paths, components and tags added.
     *
     * @throws IllegalArgumentException if {@code factor} is less than 1
     */
    public static ObjectNode multiply(ObjectNode document, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, was " + factor);
        }
        ObjectNode result = document.deepCopy();
        ObjectNode paths = (ObjectNode) result.path("paths");
        ObjectNode components = result.get("components") instanceof ObjectNode c ? c : result.putObject("components");
        List<JsonNode> tags = new ArrayList<>();
        document.path("tags").forEach(tags::add);
        for (int k = 2; k <= factor; k++) {
            String suffix = "Copy" + k;
            for (Map.Entry<String, JsonNode> path : OpenApiDocuments.fields(document.path("paths"))) {
                ObjectNode item = path.getValue().deepCopy();
                renameOperations(item, k);
                renameReferences(item, suffix);
                paths.set("/copy" + k + path.getKey(), item);
            }
            for (Map.Entry<String, JsonNode> kind : OpenApiDocuments.fields(document.path("components"))) {
                if (kind.getKey().equals(SECURITY_SCHEMES)) {
                    continue;
                }
                ObjectNode target = (ObjectNode) components.get(kind.getKey());
                for (Map.Entry<String, JsonNode> component : OpenApiDocuments.fields(kind.getValue())) {
                    JsonNode copy = component.getValue().deepCopy();
                    renameReferences(copy, suffix);
                    target.set(component.getKey() + suffix, copy);
                }
            }
            if (result.get("tags") instanceof ArrayNode tagList) {
                for (JsonNode tag : tags) {
                    ObjectNode copy = tag.deepCopy();
                    copy.put("name", tag.path("name").asText() + " " + suffix);
                    tagList.add(copy);
                }
            }
        }
        return result;
    }

    private static void renameOperations(ObjectNode pathItem, int k) {
        pathItem.properties().forEach(entry -> {
            if (entry.getValue() instanceof ObjectNode operation && operation.has("responses")) {
                if (operation.hasNonNull("operationId")) {
                    operation.put("operationId", operation.get("operationId").asText() + "_copy" + k);
                }
                if (operation.get("tags") instanceof ArrayNode tags) {
                    for (int i = 0; i < tags.size(); i++) {
                        tags.set(i, tags.textNode(tags.get(i).asText() + " Copy" + k));
                    }
                }
            }
        });
    }

    /** {@code #/components/<kind>/<name>[/...]} becomes {@code #/components/<kind>/<name><suffix>[/...]}. */
    private static void renameReferences(JsonNode node, String suffix) {
        OpenApiDocuments.rewriteStrings(node, value -> {
            if (!value.startsWith(OpenApiDocuments.COMPONENTS_PREFIX)) {
                return value;
            }
            String[] parts = value.substring(OpenApiDocuments.COMPONENTS_PREFIX.length()).split("/", 3);
            if (parts.length < 2 || parts[0].equals(SECURITY_SCHEMES)) {
                return value;
            }
            return OpenApiDocuments.COMPONENTS_PREFIX + parts[0] + "/" + parts[1] + suffix
                    + (parts.length == 3 ? "/" + parts[2] : "");
        });
    }
}
