package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads whole JSON texts of one type, such as the events of a stream, with nothing allowed after the value.
 *
 * <p>A union told apart by a discriminator is read faster from a whole text than from a stream: its deserializer,
 * reading a stream, must buffer the start of the object up to the discriminator and replay it in front of the rest,
 * so every later token passes through one more parser. With the whole text at hand, this reader finds the
 * discriminator with {@link TopLevelScalar} and reads the variant it names straight from the text; the value is the
 * one the union's deserializer gives. Any other text (no discriminator, an unmapped value, not an object) is read
 * by the union's deserializer as usual, and so is every text of any other type.
 *
 * @param <T> the type read
 */
public final class JsonTextReader<T> {
    private final ObjectMapper mapper;
    private final ObjectReader reader;
    /** The type's union spec when it is a union with a discriminator, else {@code null}. */
    private final UnionSpec<T> union;
    private final Map<UnionSpec.Variant<T>, ObjectReader> variantReaders = new ConcurrentHashMap<>();

    private JsonTextReader(ObjectMapper mapper, ObjectReader reader, UnionSpec<T> union) {
        this.mapper = mapper;
        this.reader = reader;
        this.union = union;
    }

    /**
     * A reader of one type.
     *
     * @param <T> the type read
     * @param mapper the mapper to read with
     * @param type the type read
     * @return the reader
     */
    public static <T> JsonTextReader<T> of(ObjectMapper mapper, JavaType type) {
        return new JsonTextReader<>(mapper, strict(mapper.readerFor(type)), discriminatedUnion(mapper, type));
    }

    /** The type's union spec if the mapper reads it as a union with a discriminator, else {@code null}. */
    private static <T> UnionSpec<T> discriminatedUnion(ObjectMapper mapper, JavaType type) {
        JsonDeserializer<Object> deserializer;
        try {
            deserializer = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createInstance(mapper.getDeserializationConfig(), null, null)
                    .findRootValueDeserializer(type);
        } catch (JsonMappingException unreadable) {
            return null; // reading then fails as it does without this reader, naming the problem
        }
        if (deserializer instanceof UnionDeserializer<?> union && union.spec().discriminator() != null) {
            @SuppressWarnings("unchecked") // the deserializer of T reads a union of T
            UnionSpec<T> spec = (UnionSpec<T>) union.spec();
            return spec;
        }
        return null;
    }

    /**
     * Reads a text.
     *
     * @param json the whole JSON text of one value
     * @return the value
     * @throws IOException if the text is not well-formed JSON of the type
     */
    public T read(String json) throws IOException {
        if (union != null) {
            String tag = TopLevelScalar.findString(json, union.discriminator());
            UnionSpec.Variant<T> variant = tag == null ? null : union.mapped(tag);
            if (variant != null) {
                return variant.wrap.apply(variantReader(variant).readValue(json));
            }
        }
        return reader.readValue(json);
    }

    private ObjectReader variantReader(UnionSpec.Variant<T> variant) {
        return variantReaders.computeIfAbsent(variant, v -> strict(mapper.readerFor(mapper.constructType(v.javaType))));
    }

    private static ObjectReader strict(ObjectReader reader) {
        return reader.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
