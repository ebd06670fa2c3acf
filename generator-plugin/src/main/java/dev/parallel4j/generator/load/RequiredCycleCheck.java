package dev.parallel4j.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rejects component schemas that no finite JSON value can match: a cycle of required references, such as
 * {@code A} requiring {@code b: B} while {@code B} requires {@code a: A}. Java would compile the models, but their
 * builders could never build one and no response could be read into one, so the document is wrong and is
 * reported rather than generated. A reference ends the chain when its property is optional or nullable, when it
 * is a list or map (which may be empty), or when it is a union member (another member may be chosen); an
 * {@code allOf} reference continues it, since the value must match the referenced schema too.
 */
final class RequiredCycleCheck {
    private static final String COMPONENT = "#/components/schemas/";

    /** A required reference from one component schema to another, at the pointer of the property or allOf entry. */
    private record Edge(String from, String to, String pointer, String label) {}

    private final Map<String, JsonNode> schemas = new TreeMap<>();
    private final Map<String, List<Edge>> edges = new HashMap<>();

    private RequiredCycleCheck(JsonNode document) {
        document.path("components").path("schemas").properties().forEach(schema -> schemas.put(schema.getKey(), schema.getValue()));
        schemas.forEach((name, schema) -> {
            List<Edge> out = new ArrayList<>();
            collect(name, schema, pointer(name), out);
            edges.put(name, out);
        });
    }

    /**
     * Checks the component schemas of the bundled document.
     *
     * @param locate where the value at a pointer of the bundled document was written
     * @throws SpecException for the first cycle of required references, naming each step
     */
    static void check(JsonNode document, Function<String, SourceLocation> locate) {
        RequiredCycleCheck check = new RequiredCycleCheck(document);
        Set<String> done = new HashSet<>();
        for (String name : check.schemas.keySet()) {
            List<Edge> cycle = check.cycleFrom(name, new ArrayList<>(), done);
            if (cycle != null) {
                throw new SpecException(locate.apply(cycle.get(0).pointer()), describe(cycle));
            }
        }
    }

    /** Depth first from a schema; the edges of the first cycle found, or {@code null}. */
    private List<Edge> cycleFrom(String name, List<Edge> path, Set<String> done) {
        if (!done.add(name)) {
            return null;
        }
        for (Edge edge : edges.getOrDefault(name, List.of())) {
            path.add(edge);
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i).from().equals(edge.to())) {
                    return List.copyOf(path.subList(i, path.size()));
                }
            }
            List<Edge> cycle = cycleFrom(edge.to(), path, done);
            if (cycle != null) {
                return cycle;
            }
            path.remove(path.size() - 1);
        }
        return null;
    }

    /** The required references of a schema, including those of the inline schemas it is {@code allOf}. */
    private void collect(String name, JsonNode schema, String pointer, List<Edge> out) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            JsonNode property = properties.path(required.asText());
            String target = target(property);
            if (target != null && !nullable(property)) {
                out.add(new Edge(name, target, pointer + "/properties/" + RefBundler.escape(required.asText()), name + "." + required.asText()));
            }
        }
        JsonNode allOf = schema.path("allOf");
        for (int i = 0; i < allOf.size(); i++) {
            String target = reference(allOf.get(i));
            if (target != null) {
                out.add(new Edge(name, target, pointer + "/allOf/" + i, name + " (allOf)"));
            } else {
                collect(name, allOf.get(i), pointer + "/allOf/" + i, out);
            }
        }
    }

    /** The component a required property must hold a value of: a reference, or an allOf of just one; else null. */
    private String target(JsonNode property) {
        String target = reference(property);
        JsonNode allOf = property.path("allOf");
        if (target == null && allOf.size() == 1) {
            target = reference(allOf.get(0));
        }
        return target != null && schemas.containsKey(target) && !nullable(schemas.get(target)) ? target : null;
    }

    private static String reference(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith(COMPONENT) && ref.indexOf('/', COMPONENT.length()) < 0
                ? ref.substring(COMPONENT.length()).replace("~1", "/").replace("~0", "~")
                : null;
    }

    /** {@code nullable: true} (3.0), or {@code null} as the type or among the types (3.1). */
    private static boolean nullable(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (schema.path("nullable").asBoolean(false) || "null".equals(type.asText())) {
            return true;
        }
        for (JsonNode each : type) {
            if ("null".equals(each.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String pointer(String name) {
        return "/components/schemas/" + RefBundler.escape(name);
    }

    private static String describe(List<Edge> cycle) {
        StringBuilder chain = new StringBuilder();
        for (Edge edge : cycle) {
            chain.append(edge.label()).append(" -> ");
        }
        chain.append(cycle.get(0).from());
        String start = cycle.get(0).from();
        return "required references go round in a cycle, " + chain + ", so no finite JSON value is " + article(start) + " " + start
                + "; make one of these properties optional or nullable";
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
