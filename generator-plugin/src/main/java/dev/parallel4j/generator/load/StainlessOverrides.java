package dev.parallel4j.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.generator.Extensions;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies Stainless's {@code x-stainless-override-schema} extension: a schema carrying it is replaced by the
 * schema inside it, as SDK generators are meant to see it. The Parallel document uses it to turn the
 * {@code parallel-beta} header from a plain string into a list of {@code ParallelBeta} values named
 * {@code betas}.
 *
 * <p>Stainless's own keys become parallel4j's: {@code x-stainless-param} becomes {@code x-parallel4j-name}
 * (the Java name) and {@code x-stainless-extend-default} becomes {@code x-parallel4j-extend-default} (values the
 * caller gives add to the default instead of replacing it). It runs on the raw document, before references are
 * checked, so a {@code $ref} inside an override is resolved like any other.
 */
public final class StainlessOverrides {
    /** The extension this step applies. */
    public static final String OVERRIDE = "x-stainless-override-schema";

    private StainlessOverrides() {}

    /**
     * Applies every override in a document in place.
     *
     * @return how many schemas were replaced
     */
    public static int apply(JsonNode document) {
        int[] count = {0};
        visit(document, count);
        return count[0];
    }

    private static void visit(JsonNode node, int[] count) {
        if (node.isArray()) {
            node.forEach(element -> visit(element, count));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (object.get(OVERRIDE) instanceof ObjectNode override) {
            replace(object, override);
            count[0]++;
        }
        List<JsonNode> children = new ArrayList<>();
        object.properties().forEach(field -> {
            if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                children.add(field.getValue());
            }
        });
        children.forEach(child -> visit(child, count));
    }

    private static void replace(ObjectNode schema, ObjectNode override) {
        ObjectNode replacement = override.deepCopy();
        JsonNode name = replacement.remove("x-stainless-param");
        JsonNode extend = replacement.remove("x-stainless-extend-default");
        schema.removeAll();
        schema.setAll(replacement);
        if (name != null && name.isTextual()) {
            schema.put(Extensions.NAME, name.asText());
        }
        if (extend != null && extend.asBoolean(false)) {
            schema.put(Extensions.EXTEND_DEFAULT, true);
        }
    }
}
