package dev.parallel4j.generator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.generator.ir.ApiModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the Java API a generation produced, as a user compiles against it: the client, each service and
 * its methods with their parameters, each type with its properties, enum constants or union variants, and for
 * each the Java type callers depend on. Derived from the {@link ApiModel} and kept as JSON between builds, so that
 * the next generation can say what changed ({@link ChangeReport}).
 *
 * @param elements every element, parents before their children
 */
public record ApiSurface(List<Element> elements) {
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Copies the list. */
    public ApiSurface {
        elements = List.copyOf(elements);
    }

    /** What an element of the API is. */
    public enum Kind {
        /** The client class; its signature is its package. */
        CLIENT("client", "package"),
        /** A service class; its signature is the client's accessor for it. */
        SERVICE("service", "accessor"),
        /** A service method; its signature is what it returns. */
        METHOD("method", "return type"),
        /** A method's path parameter, body, params class, or a parameter in its params class. */
        PARAMETER("parameter", "type"),
        /** A generated type; its signature is whether it is an object, an enum or a union. */
        TYPE("type", "kind"),
        /** A property of an object model. */
        PROPERTY("property", "type"),
        /** A known value of an enum. */
        CONSTANT("enum constant", ""),
        /** A variant of a union. */
        VARIANT("union variant", "type");

        private final String label;
        private final String signatureLabel;

        Kind(String label, String signatureLabel) {
            this.label = label;
            this.signatureLabel = signatureLabel;
        }

        /** How a report names elements of this kind, e.g. {@code enum constant}. */
        public String label() {
            return label;
        }

        /** How a report names the signature of elements of this kind, e.g. {@code return type}. */
        public String signatureLabel() {
            return signatureLabel;
        }
    }

    /**
     * One element of the API.
     *
     * @param kind what it is
     * @param name its Java name, qualified by what holds it: {@code ChoresService.create(title)}, {@code Chore.title},
     *     {@code Chore.Status.DONE}
     * @param signature the Java type (or for a service, its accessor; for a type, its kind) callers depend on
     * @param required for parameters and properties, whether a value must be given
     * @param request whether it is part of what a caller sends (parameters, and the types reachable from them)
     * @param detail what else describes it without being part of its Java signature: the HTTP method and path of
     *     a method, where a parameter is sent, {@code nullable} for a property, the wire value of an enum constant
     * @param parent the {@link #key()} of the element holding it, or {@code null}
     */
    public record Element(Kind kind, String name, String signature, boolean required, boolean request, String detail, String parent) {
        /** Identifies the element across snapshots. */
        public String key() {
            return kind + " " + name;
        }
    }

    /** The API of a model, whose client is generated in the given package. */
    public static ApiSurface of(ApiModel model, String packageName) {
        return new ApiSurface(new SurfaceBuilder(model).build(packageName));
    }

    /** The elements by {@link Element#key()}, in order. */
    public Map<String, Element> byKey() {
        Map<String, Element> byKey = new LinkedHashMap<>();
        elements.forEach(element -> byKey.put(element.key(), element));
        return byKey;
    }

    /** The snapshot as JSON, leaving out fields at their defaults ({@code false}, empty, no parent). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode array = root.putArray("elements");
        for (Element element : elements) {
            ObjectNode node = array.addObject();
            node.put("kind", element.kind().name().toLowerCase(Locale.ROOT));
            node.put("name", element.name());
            putIfSet(node, "signature", element.signature());
            putIfSet(node, "required", element.required());
            putIfSet(node, "request", element.request());
            putIfSet(node, "detail", element.detail());
            if (element.parent() != null) {
                node.put("parent", element.parent());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and booleans always serialises", e);
        }
    }

    /**
     * Reads a snapshot {@link #toJson()} wrote.
     *
     * @return empty when the text is not a snapshot in this format (damaged, or written by another version)
     */
    public static Optional<ApiSurface> fromJson(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.path("format").asInt() != FORMAT) {
                return Optional.empty();
            }
            List<Element> elements = new ArrayList<>();
            for (JsonNode node : root.path("elements")) {
                JsonNode parent = node.get("parent");
                elements.add(new Element(Kind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT)), node.path("name").asText(),
                        node.path("signature").asText(""), node.path("required").asBoolean(), node.path("request").asBoolean(),
                        node.path("detail").asText(""), parent == null ? null : parent.asText()));
            }
            return Optional.of(new ApiSurface(elements));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void putIfSet(ObjectNode node, String field, boolean value) {
        if (value) {
            node.put(field, true);
        }
    }
}
