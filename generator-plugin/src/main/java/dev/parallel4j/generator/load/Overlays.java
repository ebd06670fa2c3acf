package dev.parallel4j.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies OpenAPI Overlay 1.0 documents to a document, in order: each action's JSONPath {@code target} selects
 * nodes, then {@code update} merges into each (objects merged recursively, arrays appended to) or
 * {@code remove: true} deletes each. An action whose target selects nothing is an error: it usually means the
 * document changed under the overlay.
 */
public final class Overlays {
    private static final Pattern INDEX = Pattern.compile("\\[(-?\\d+)]");
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
        if (!overlay.path("overlay").asText("").startsWith("1.")) {
            throw problem(overlayFile, overlay.has("overlay") ? "/overlay" : "",
                    "not an OpenAPI Overlay 1.x document: the 'overlay' version field is missing or unsupported");
        }
        JsonNode actions = overlay.path("actions");
        if (!actions.isArray() || actions.isEmpty()) {
            throw problem(overlayFile, "/actions", "an overlay needs a non-empty 'actions' list");
        }
        for (int i = 0; i < actions.size(); i++) {
            applyAction(actions.get(i), document, overlayFile, "/actions/" + i);
        }
    }

    private void applyAction(JsonNode action, ObjectNode document, Path overlayFile, String pointer) {
        String target = action.path("target").asText("");
        if (!target.startsWith("$")) {
            throw problem(overlayFile, pointer, "the action's 'target' must be a JSONPath expression starting with '$'");
        }
        boolean remove = action.path("remove").asBoolean(false);
        JsonNode update = action.get("update");
        if (!remove && update == null) {
            throw problem(overlayFile, pointer, "the action has neither 'update' nor 'remove: true'");
        }
        List<Match> matches = select(document, target, overlayFile, pointer);
        if (matches.isEmpty()) {
            throw problem(overlayFile, pointer, "the target " + target + " selects nothing in the document");
        }
        if (remove) {
            remove(matches, overlayFile, pointer);
            return;
        }
        for (Match match : matches) {
            JsonNode node = match.node();
            if (node instanceof ObjectNode object && update instanceof ObjectNode patch) {
                merge(object, patch);
            } else if (node instanceof ArrayNode array) {
                if (update.isArray()) {
                    update.forEach(element -> array.add(element.deepCopy()));
                } else {
                    array.add(update.deepCopy());
                }
            } else if (node.isObject()) {
                throw problem(overlayFile, pointer, "the target " + target + " selects an object, so 'update' must be an object to merge"
                        + " into it, not " + update.getNodeType());
            } else {
                throw problem(overlayFile, pointer, "the target " + target + " selects a " + node.getNodeType()
                        + " value; 'update' applies to objects (merged) and arrays (appended to)");
            }
        }
    }

    /**
     * One selected value, with its container and its key there ({@code null} for the document itself). Found
     * before anything changes, so that removing one match cannot shift another.
     */
    private record Match(JsonNode parent, Object key, JsonNode node) {}

    private List<Match> select(ObjectNode document, String target, Path overlayFile, String pointer) {
        JsonNode paths;
        try {
            paths = JsonPath.using(PATHS).parse(document).read(target);
        } catch (JsonPathException e) {
            throw new SpecException(location(overlayFile, pointer),
                    "the target " + target + " is not valid JSONPath: " + e.getMessage(), e);
        }
        List<Match> matches = new ArrayList<>();
        if (paths != null) {
            for (JsonNode path : paths) {
                Match match = find(null, null, document, path.asText().substring(1));
                if (match == null) {
                    throw problem(overlayFile, pointer, "the target " + target + " selects " + path.asText()
                            + ", which cannot be found again in the document");
                }
                matches.add(match);
            }
        }
        return matches;
    }

    /**
     * Follows a path as Jayway writes it, {@code ['name']} for a member and {@code [i]} for an element, from a
     * node. Jayway does not escape quotes or brackets inside names ({@code $['it's']}), so each member name is
     * matched against the names the object actually has rather than parsed.
     */
    private static Match find(JsonNode parent, Object key, JsonNode node, String rest) {
        if (rest.isEmpty()) {
            return new Match(parent, key, node);
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String segment = "['" + name + "']";
                if (rest.startsWith(segment)) {
                    Match match = find(object, name, object.get(name), rest.substring(segment.length()));
                    if (match != null) {
                        return match;
                    }
                }
            }
        } else if (node instanceof ArrayNode array) {
            Matcher index = INDEX.matcher(rest);
            if (index.lookingAt()) {
                int i = Integer.parseInt(index.group(1));
                int position = i < 0 ? array.size() + i : i;
                if (position >= 0 && position < array.size()) {
                    return find(array, position, array.get(position), rest.substring(index.end()));
                }
            }
        }
        return null;
    }

    /** Removes every match: array elements from the highest index down, so that earlier removals shift nothing. */
    private void remove(List<Match> matches, Path overlayFile, String pointer) {
        Map<ArrayNode, SortedSet<Integer>> elements = new IdentityHashMap<>();
        for (Match match : matches) {
            if (match.parent() == null) {
                throw problem(overlayFile, pointer, "the whole document cannot be removed");
            }
            if (match.parent() instanceof ArrayNode array) {
                elements.computeIfAbsent(array, a -> new TreeSet<>(Comparator.reverseOrder())).add((Integer) match.key());
            } else {
                ((ObjectNode) match.parent()).remove((String) match.key());
            }
        }
        elements.forEach((array, indexes) -> indexes.forEach(i -> array.remove((int) i)));
    }

    private SpecException problem(Path overlayFile, String pointer, String problem) {
        return new SpecException(location(overlayFile, pointer), problem);
    }

    private SourceLocation location(Path overlayFile, String pointer) {
        return SourceLocation.of(overlayFile, pointer).withLine(reader.lineOf(overlayFile, pointer));
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
