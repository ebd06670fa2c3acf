package dev.parallel4j.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies OpenAPI Overlay 1.0 documents to a document, in order: each action's JSONPath {@code target} selects
 * nodes, then {@code update} merges into each (objects merged recursively, arrays appended to) or
 * {@code remove: true} deletes each. An action whose target selects nothing is an error: it usually means the
 * document changed under the overlay.
 */
public final class Overlays {
    private static final Pattern SEGMENT = Pattern.compile("\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");
    private static final Configuration PATHS = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.AS_PATH_LIST, Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS)
            .build();

    private final DocumentReader reader;

    /** Creates an applier reading overlay files with the given reader. */
    public Overlays(DocumentReader reader) {
        this.reader = reader;
    }

    /**
     * Applies one overlay file to a document in place.
     *
     * @throws SpecException if the overlay is malformed or an action's target selects nothing
     */
    public void apply(Path overlayFile, ObjectNode document) {
        JsonNode overlay = reader.read(overlayFile);
        SourceLocation top = SourceLocation.of(overlayFile);
        if (!overlay.path("overlay").asText("").startsWith("1.")) {
            throw new SpecException(top, "not an OpenAPI Overlay 1.x document: the 'overlay' version field is missing or unsupported");
        }
        JsonNode actions = overlay.path("actions");
        if (!actions.isArray() || actions.isEmpty()) {
            throw new SpecException(SourceLocation.of(overlayFile, "/actions"), "an overlay needs a non-empty 'actions' list");
        }
        for (int i = 0; i < actions.size(); i++) {
            applyAction(actions.get(i), document, SourceLocation.of(overlayFile, "/actions/" + i));
        }
    }

    private static void applyAction(JsonNode action, ObjectNode document, SourceLocation at) {
        String target = action.path("target").asText("");
        if (!target.startsWith("$")) {
            throw new SpecException(at, "the action's 'target' must be a JSONPath expression starting with '$'");
        }
        boolean remove = action.path("remove").asBoolean(false);
        JsonNode update = action.get("update");
        if (!remove && update == null) {
            throw new SpecException(at, "the action has neither 'update' nor 'remove: true'");
        }
        List<List<Object>> matches = select(document, target, at);
        if (matches.isEmpty()) {
            throw new SpecException(at, "the target " + target + " selects nothing in the document");
        }
        if (remove) {
            matches.sort(Comparator.comparing(Overlays::lastIndex).reversed());
            for (List<Object> path : matches) {
                removeAt(document, path, at);
            }
            return;
        }
        for (List<Object> path : matches) {
            JsonNode node = nodeAt(document, path);
            if (node instanceof ObjectNode object && update.isObject()) {
                merge(object, (ObjectNode) update);
            } else if (node instanceof ArrayNode array) {
                if (update.isArray()) {
                    update.forEach(element -> array.add(element.deepCopy()));
                } else {
                    array.add(update.deepCopy());
                }
            } else {
                throw new SpecException(at, "the target " + target + " selects a " + node.getNodeType()
                        + " value; 'update' applies to objects (merged) and arrays (appended to)");
            }
        }
    }

    private static List<List<Object>> select(ObjectNode document, String target, SourceLocation at) {
        JsonNode paths;
        try {
            paths = JsonPath.using(PATHS).parse(document).read(target);
        } catch (InvalidPathException e) {
            throw new SpecException(at, "the target " + target + " is not valid JSONPath: " + e.getMessage(), e);
        }
        List<List<Object>> parsed = new ArrayList<>();
        if (paths != null) {
            paths.forEach(path -> parsed.add(segments(path.asText())));
        }
        return parsed;
    }

    private static List<Object> segments(String normalizedPath) {
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(normalizedPath);
        while (m.find()) {
            segments.add(m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : (Object) Integer.valueOf(m.group(2)));
        }
        return segments;
    }

    private static JsonNode nodeAt(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object segment : path) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
        }
        return node;
    }

    private static void removeAt(ObjectNode document, List<Object> path, SourceLocation at) {
        if (path.isEmpty()) {
            throw new SpecException(at, "the whole document cannot be removed");
        }
        JsonNode parent = nodeAt(document, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode array && last instanceof Integer index) {
            array.remove(index);
        } else if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        }
    }

    private static int lastIndex(List<Object> path) {
        return !path.isEmpty() && path.get(path.size() - 1) instanceof Integer index ? index : -1;
    }

    /** Merges {@code update} into {@code target}: objects recursively, anything else replaced. */
    static void merge(ObjectNode target, ObjectNode update) {
        update.properties().forEach(field -> {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode patch) {
                merge(object, patch);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }
}
