package dev.parallel4j.benchmarks.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an OpenAPI document down to the operations of one tag and the components they reach, directly or through
 * other components (also through {@code x-stainless-override-schema} and discriminator mappings): the "FindAll
 * document" both generators are timed on and the peer client is generated from. Security schemes stay whole.
 */
public final class FindAllSubset {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private FindAllSubset() {}

    /** {@code FindAllSubset <document> <output.json> [tag]}: writes the subset (tag {@code FindAll} by default). */
    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: FindAllSubset <document> <output.json> [tag]");
        }
        ObjectNode subset = subset(OpenApiDocuments.read(Path.of(args[0])), args.length > 2 ? args[2] : "FindAll");
        OpenApiDocuments.write(subset, Path.of(args[1]));
    }

    /**
     * The document with only the operations tagged {@code tag}, the paths holding them, the tags they use and the
     * components they reach.
     *
     * @throws IllegalArgumentException if no operation has the tag or a reference names a missing component
     */
    public static ObjectNode subset(ObjectNode document, String tag) {
        ObjectNode result = document.deepCopy();
        ObjectNode paths = result.putObject("paths");
        Set<String> usedTags = new LinkedHashSet<>();
        document.path("paths").properties().forEach(path -> {
            ObjectNode kept = keptOperations(path.getValue(), tag, usedTags);
            if (kept != null) {
                paths.set(path.getKey(), kept);
            }
        });
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no operation is tagged '" + tag + "'");
        }
        keepTags(result, usedTags);
        keepReachableComponents(result, document.path("components"));
        return result;
    }

    private static ObjectNode keptOperations(JsonNode pathItem, String tag, Set<String> usedTags) {
        ObjectNode kept = pathItem.deepCopy();
        boolean any = false;
        for (Map.Entry<String, JsonNode> entry : OpenApiDocuments.fields(pathItem)) {
            if (!METHODS.contains(entry.getKey())) {
                continue;
            }
            JsonNode tags = entry.getValue().path("tags");
            boolean tagged = false;
            for (JsonNode t : tags) {
                tagged |= tag.equals(t.asText());
            }
            if (tagged) {
                tags.forEach(t -> usedTags.add(t.asText()));
                any = true;
            } else {
                kept.remove(entry.getKey());
            }
        }
        return any ? kept : null;
    }

    private static void keepTags(ObjectNode result, Set<String> usedTags) {
        if (result.get("tags") instanceof ArrayNode tags) {
            ArrayNode kept = result.arrayNode();
            tags.forEach(t -> {
                if (usedTags.contains(t.path("name").asText())) {
                    kept.add(t);
                }
            });
            result.set("tags", kept);
        }
    }

    private static void keepReachableComponents(ObjectNode result, JsonNode components) {
        if (components.isMissingNode()) {
            return;
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(result.path("paths"));
        while (!pending.isEmpty()) {
            OpenApiDocuments.forEachString(pending.remove(), value -> {
                if (value.startsWith(OpenApiDocuments.COMPONENTS_PREFIX)) {
                    String[] parts = value.substring(OpenApiDocuments.COMPONENTS_PREFIX.length()).split("/", 3);
                    if (parts.length < 2 || components.path(parts[0]).path(parts[1]).isMissingNode()) {
                        throw new IllegalArgumentException("'" + value + "' points to no component");
                    }
                    if (reached.add(parts[0] + "/" + parts[1])) {
                        pending.add(components.path(parts[0]).path(parts[1]));
                    }
                }
            });
        }
        ObjectNode kept = result.putObject("components");
        components.properties().forEach(kind -> {
            if (kind.getKey().equals("securitySchemes")) {
                kept.set(kind.getKey(), kind.getValue());
                return;
            }
            ObjectNode keptOfKind = result.objectNode();
            kind.getValue().properties().forEach(component -> {
                if (reached.contains(kind.getKey() + "/" + component.getKey())) {
                    keptOfKind.set(component.getKey(), component.getValue());
                }
            });
            if (!keptOfKind.isEmpty()) {
                kept.set(kind.getKey(), keptOfKind);
            }
        });
    }
}
