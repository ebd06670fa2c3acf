package dev.parallel4j.benchmarks.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Reads OpenAPI documents (JSON or YAML) as trees, writes them as JSON, and rewrites the strings inside them. */
public final class OpenApiDocuments {
    /** Where every reference to a component starts. */
    public static final String COMPONENTS_PREFIX = "#/components/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private OpenApiDocuments() {}

    /** Reads a document; {@code .yaml} and {@code .yml} files as YAML, anything else as JSON. */
    public static ObjectNode read(Path file) {
        String name = file.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        try {
            JsonNode root = mapper.readTree(file.toFile());
            if (!(root instanceof ObjectNode object)) {
                throw new IllegalArgumentException(file + ": not an OpenAPI document (the root is not an object)");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes a document as indented JSON, creating the parent directories. */
    public static void write(ObjectNode document, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Visits every string value under {@code node} (not the field names), in document order. */
    public static void forEachString(JsonNode node, Consumer<String> visitor) {
        if (node.isTextual()) {
            visitor.accept(node.textValue());
        }
        for (JsonNode child : node) {
            forEachString(child, visitor);
        }
    }

    /** Replaces every string value under {@code node} (not the field names) by what {@code rewrite} makes of it. */
    public static void rewriteStrings(JsonNode node, UnaryOperator<String> rewrite) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual()) {
                    field.setValue(object.textNode(rewrite.apply(field.getValue().textValue())));
                } else {
                    rewriteStrings(field.getValue(), rewrite);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual()) {
                    array.set(i, array.textNode(rewrite.apply(item.textValue())));
                } else {
                    rewriteStrings(item, rewrite);
                }
            }
        }
    }

    /** The fields of an object node (none for anything else), for a for-each loop. */
    public static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node.properties();
    }
}
