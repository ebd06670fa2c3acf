package dev.parallel4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of an OpenAPI fragment, without its prose: {@code title}, {@code description}, {@code summary},
 * {@code example} and {@code examples} are dropped wherever they are keywords (not where they are the names of
 * properties, responses or mapping entries), then two fragments are compared and every difference is listed
 * with its JSON pointer.
 */
final class Facts {
    private static final Set<String> PROSE = Set.of("title", "description", "summary", "example", "examples", "x-code-samples");
    /** Objects whose keys are names chosen by the API, never keywords. */
    private static final Set<String> NAME_MAPS = Set.of("properties", "mapping", "responses", "content", "paths", "schemas",
            "securitySchemes", "patternProperties", "$defs");

    private Facts() {}

    /** A copy of a fragment with its prose removed. */
    static JsonNode of(JsonNode node) {
        return strip(node, false);
    }

    /** Every difference between two fragments, by pointer; empty when they state the same facts. */
    static List<String> differences(JsonNode ours, JsonNode reference, String at) {
        List<String> out = new ArrayList<>();
        compare(of(ours), of(reference), at, out);
        return out;
    }

    private static JsonNode strip(JsonNode node, boolean keysAreNames) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            object.properties().forEach(field -> {
                if (keysAreNames || !PROSE.contains(field.getKey())) {
                    out.set(field.getKey(), strip(field.getValue(), !keysAreNames && NAME_MAPS.contains(field.getKey())));
                }
            });
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> out.add(strip(element, false)));
            return out;
        }
        return node;
    }

    private static void compare(JsonNode ours, JsonNode reference, String at, List<String> out) {
        if (ours == null || reference == null) {
            out.add(at + ": " + (ours == null ? "missing in ours" : "not in the reference"));
            return;
        }
        if (ours.getNodeType() != reference.getNodeType()) {
            out.add(at + ": ours is " + ours + ", the reference has " + reference);
            return;
        }
        if (ours.isObject()) {
            Set<String> keys = new TreeSet<>();
            ours.fieldNames().forEachRemaining(keys::add);
            reference.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compare(ours.get(key), reference.get(key), at + "/" + key.replace("~", "~0").replace("/", "~1"), out);
            }
            List<String> ourOrder = new ArrayList<>();
            List<String> theirOrder = new ArrayList<>();
            ours.fieldNames().forEachRemaining(ourOrder::add);
            reference.fieldNames().forEachRemaining(theirOrder::add);
            if (at.endsWith("/properties") && keys.size() == ourOrder.size() && !ourOrder.equals(theirOrder)) {
                out.add(at + ": property order " + ourOrder + " differs from " + theirOrder);
            }
        } else if (ours.isArray()) {
            if (ours.size() != reference.size()) {
                out.add(at + ": ours has " + ours.size() + " elements " + ours + ", the reference " + reference.size() + " " + reference);
                return;
            }
            for (int i = 0; i < ours.size(); i++) {
                compare(ours.get(i), reference.get(i), at + "/" + i, out);
            }
        } else if (!ours.equals(reference)) {
            out.add(at + ": ours is " + ours + ", the reference has " + reference);
        }
    }
}
