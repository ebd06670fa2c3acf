package dev.parallel4j.generator.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Turns a schema's {@code default} as swagger-parser gives it into a plain Java value for the IR. */
final class Defaults {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Defaults() {}

    /**
     * The value as {@code String}, {@code Number}, {@code Boolean}, {@code List} or {@code Map}, or {@code null}.
     */
    static Object plain(Object value) {
        if (value instanceof JsonNode node) {
            return node.isNull() ? null : MAPPER.convertValue(node, Object.class);
        }
        if (value instanceof List<?> || value instanceof Map<?, ?> || value instanceof String
                || value instanceof Number || value instanceof Boolean || value == null) {
            return value;
        }
        return value.toString();
    }
}
