package dev.parallel4j.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the parameters of the bundled document before swagger-parser reads it. swagger-parser drops a
 * parameter that has no {@code in}, or an {@code in} it does not know (such as Swagger 2.0's {@code body}), with
 * only a warning, so the generated method would silently lack it.
 */
final class ParameterCheck {
    private static final Set<String> LOCATIONS = Set.of("path", "query", "header", "cookie");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private ParameterCheck() {}

    /**
     * Checks every parameter declared inline on a path item, an operation or in {@code components/parameters}.
     *
     * @param locate where the value at a pointer of the bundled document was written
     * @throws SpecException for a parameter without {@code name} or {@code in}, or with an unknown {@code in}
     */
    static void check(JsonNode document, Function<String, SourceLocation> locate) {
        for (String section : new String[] {"paths", "webhooks"}) {
            for (Map.Entry<String, JsonNode> item : document.path(section).properties()) {
                String itemPointer = "/" + section + "/" + RefBundler.escape(item.getKey());
                list(item.getValue().path("parameters"), itemPointer + "/parameters", locate);
                for (Map.Entry<String, JsonNode> op : item.getValue().properties()) {
                    if (METHODS.contains(op.getKey())) {
                        list(op.getValue().path("parameters"), itemPointer + "/" + op.getKey() + "/parameters", locate);
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> component : document.path("components").path("parameters").properties()) {
            parameter(component.getValue(), "/components/parameters/" + RefBundler.escape(component.getKey()), locate);
        }
    }

    private static void list(JsonNode parameters, String pointer, Function<String, SourceLocation> locate) {
        for (int i = 0; i < parameters.size() && parameters.isArray(); i++) {
            parameter(parameters.get(i), pointer + "/" + i, locate);
        }
    }

    private static void parameter(JsonNode parameter, String pointer, Function<String, SourceLocation> locate) {
        if (!parameter.isObject() || parameter.has("$ref")) {
            return;
        }
        JsonNode in = parameter.get("in");
        if (!parameter.path("name").isTextual() || in == null) {
            throw new SpecException(locate.apply(pointer), "a parameter needs both 'name' and 'in'");
        }
        if (!LOCATIONS.contains(in.asText())) {
            throw new SpecException(locate.apply(pointer + "/in"), "unknown parameter location '" + in.asText()
                    + "'; OpenAPI 3 parameters are in path, query, header or cookie (a body is a requestBody)");
        }
    }
}
