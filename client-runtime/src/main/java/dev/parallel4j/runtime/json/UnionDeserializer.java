package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.parallel4j.runtime.json.UnionSpec.Kind;
import dev.parallel4j.runtime.json.UnionSpec.ObjectVariant;
import dev.parallel4j.runtime.json.UnionSpec.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a generated union type by choosing its variant as its {@link UnionSpec} says. Each generated union has
 * a small subclass that only passes its table.
 *
 * @param <U> the union type
 */
public abstract class UnionDeserializer<U> extends StdDeserializer<U> {
    private static final long serialVersionUID = 1L;

    private final transient UnionSpec<U> spec;
    /** Each variant's deserializer, found on first use (this deserializer belongs to one mapper). */
    private final transient Map<Variant<U>, JsonDeserializer<Object>> variantDeserializers = new ConcurrentHashMap<>();

    /**
     * Creates the deserializer of a union.
     *
     * @param spec the union's table
     */
    protected UnionDeserializer(UnionSpec<U> spec) {
        super(spec.type());
        this.spec = spec;
    }

    /** What the union is made of. */
    UnionSpec<U> spec() {
        return spec;
    }

    @Override
    public U deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
            return readObject(p, ctxt);
        }
        List<Variant<U>> candidates = scalarVariants(p, token);
        if (candidates.isEmpty()) {
            return spec.unknown(JsonValues.read(p));
        }
        if (candidates.size() == 1) {
            return read(candidates.get(0), p, ctxt);
        }
        TokenBuffer buffer = ctxt.bufferAsCopyOfValue(p);
        for (Variant<U> candidate : candidates) {
            try {
                return read(candidate, buffer.asParserOnFirstToken(), ctxt);
            } catch (JsonMappingException notThisOne) {
                // the next variant of the same JSON kind may read it
            }
        }
        return spec.unknown(JsonValues.read(buffer.asParserOnFirstToken()));
    }

    /** The variants a scalar or array could be, in the order to try them. */
    private List<Variant<U>> scalarVariants(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return spec.scalars(Kind.STRING);
            case VALUE_NUMBER_INT:
                List<Variant<U>> candidates = new ArrayList<>();
                for (Variant<U> integer : spec.scalars(Kind.INTEGER)) {
                    if (fits(p, integer)) {
                        candidates.add(integer);
                    }
                }
                candidates.addAll(spec.scalars(Kind.NUMBER));
                return candidates;
            case VALUE_NUMBER_FLOAT:
                return spec.scalars(Kind.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return spec.scalars(Kind.BOOLEAN);
            case START_ARRAY:
                return spec.scalars(Kind.ARRAY);
            default:
                return List.of();
        }
    }

    /** Whether the integer at the parser fits the integer variant's Java type (an {@code Integer} or a {@code Long}). */
    private static boolean fits(JsonParser p, Variant<?> integer) throws IOException {
        JsonParser.NumberType size = p.getNumberType();
        if (size == JsonParser.NumberType.BIG_INTEGER) {
            return false;
        }
        return size == JsonParser.NumberType.INT || integer.javaType != Integer.class && integer.javaType != int.class;
    }

    private U readObject(JsonParser p, DeserializationContext ctxt) throws IOException {
        TokenBuffer buffer;
        if (spec.discriminator() != null && p.currentToken() == JsonToken.START_OBJECT) {
            buffer = ctxt.bufferForInputBuffering(p);
            Variant<U> mapped = bufferUntilDiscriminator(p, buffer);
            if (mapped != null) {
                // the rest of the object is read straight from the input, after the buffered start of it
                JsonParser rest = JsonParserSequence.createFlattened(false, buffer.asParser(p), p);
                rest.nextToken();
                return read(mapped, rest, ctxt);
            }
            copyRestOfObject(p, buffer);
        } else {
            buffer = bufferObject(p, ctxt);
        }
        Variant<U> variant = choose(ObjectShape.scan(buffer.asParserOnFirstToken()));
        JsonParser replay = buffer.asParserOnFirstToken();
        if (variant == null) {
            return spec.unknown(JsonValues.read(replay));
        }
        return read(variant, replay, ctxt);
    }

    private U read(Variant<U> variant, JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonDeserializer<Object> deserializer = variantDeserializers.get(variant);
        if (deserializer == null) {
            deserializer = findVariantDeserializer(variant, ctxt);
            variantDeserializers.put(variant, deserializer);
        }
        return variant.wrap.apply(deserializer.deserialize(p, ctxt));
    }

    /** Looks a variant's deserializer up, once per variant: the look-up costs more than reading a small object. */
    private JsonDeserializer<Object> findVariantDeserializer(Variant<U> variant, DeserializationContext ctxt)
            throws JsonMappingException {
        JavaType type = ctxt.getTypeFactory().constructType(variant.javaType);
        JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(type);
        if (deserializer instanceof UnionDeserializer<?> union && union.spec.type() == spec.type()) {
            // Jackson applies a class annotation of an interface to the classes implementing it: a variant without
            // its own @JsonDeserialize would be read by this deserializer again, recursing until the stack overflows.
            return ctxt.reportBadDefinition(type, "Variant " + type.getRawClass().getName() + " of union "
                    + spec.type().getName() + " inherits the union's deserializer; annotate it with"
                    + " @JsonDeserialize(using = JsonDeserializer.None.class)");
        }
        return deserializer;
    }

    /**
     * Copies the object's start and its properties up to and including the discriminator, when it comes with a
     * string value; returns the variant it maps to, or {@code null} (the parser then stands at the last token copied).
     */
    private Variant<U> bufferUntilDiscriminator(JsonParser p, TokenBuffer buffer) throws IOException {
        buffer.writeStartObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            buffer.copyCurrentEvent(p);
            JsonToken value = p.nextToken();
            buffer.copyCurrentStructure(p);
            if (value == JsonToken.VALUE_STRING && name.equals(spec.discriminator())) {
                return spec.mapped(p.getText());
            }
        }
        buffer.writeEndObject(); // the whole object is in the buffer, without a discriminator
        return null;
    }

    /** Copies what is left of an object whose start {@link #bufferUntilDiscriminator} buffered. */
    private static void copyRestOfObject(JsonParser p, TokenBuffer buffer) throws IOException {
        if (p.currentToken() == JsonToken.END_OBJECT) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            buffer.copyCurrentStructure(p);
        }
        buffer.writeEndObject();
    }

    private static TokenBuffer bufferObject(JsonParser p, DeserializationContext ctxt) throws IOException {
        TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
        if (p.currentToken() == JsonToken.START_OBJECT) {
            buffer.copyCurrentStructure(p);
            return buffer;
        }
        buffer.writeStartObject();
        do {
            buffer.copyCurrentStructure(p);
        } while (p.nextToken() == JsonToken.FIELD_NAME);
        buffer.writeEndObject();
        return buffer;
    }

    private Variant<U> choose(ObjectShape shape) {
        String discriminator = spec.discriminator();
        if (discriminator != null && shape.strings.containsKey(discriminator)) {
            return spec.mapped(shape.strings.get(discriminator));
        }
        ObjectVariant<U> best = null;
        int bestScore = -1;
        for (ObjectVariant<U> candidate : spec.objects()) {
            if (!shape.agreesWith(candidate.constants, candidate.defaulted) || !shape.names.containsAll(candidate.required)) {
                continue;
            }
            if (!candidate.constants.isEmpty() && shape.states(candidate.constants)) {
                return candidate.variant;
            }
            int score = shape.overlap(candidate.properties);
            boolean catchAll = candidate.properties.isEmpty();
            if (score == 0 && !catchAll && !shape.names.isEmpty()) {
                continue; // shares no property with the object: not evidence for this variant
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? null : best.variant;
    }

    /** The top-level property names of a JSON object, and the values of its string properties. */
    private static final class ObjectShape {
        final Set<String> names = new HashSet<>();
        final Map<String, String> strings = new HashMap<>();

        static ObjectShape scan(JsonParser p) throws IOException {
            ObjectShape shape = new ObjectShape();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                shape.names.add(name);
                if (value == JsonToken.VALUE_STRING) {
                    shape.strings.put(name, p.getText());
                } else if (value.isStructStart()) {
                    p.skipChildren();
                }
            }
            return shape;
        }

        /** Whether no constant is contradicted: each is present with its value, or absent and defaulted. */
        boolean agreesWith(Map<String, String> constants, Set<String> defaulted) {
            for (Map.Entry<String, String> constant : constants.entrySet()) {
                boolean absentButDefaulted = !names.contains(constant.getKey()) && defaulted.contains(constant.getKey());
                if (!absentButDefaulted && !constant.getValue().equals(strings.get(constant.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the object states at least one of the constants (rather than leaving them all to defaults). */
        boolean states(Map<String, String> constants) {
            return constants.keySet().stream().anyMatch(names::contains);
        }

        int overlap(Set<String> properties) {
            int count = 0;
            for (String name : names) {
                if (properties.contains(name)) {
                    count++;
                }
            }
            return count;
        }
    }
}
