package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads any JSON into a {@link JsonValue}, including a JSON {@code null}; an absent property stays {@code null}. */
public final class JsonValueDeserializer extends StdDeserializer<JsonValue> {
    private static final long serialVersionUID = 1L;

    /** Jackson's constructor. */
    public JsonValueDeserializer() {
        super(JsonValue.class);
    }

    @Override
    public JsonValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return JsonValues.read(p);
    }

    @Override
    public JsonValue getNullValue(DeserializationContext ctxt) {
        return JsonValue.NULL;
    }

    /**
     * A property the JSON leaves out stays {@code null}, so it is left out again when written; only an explicit
     * JSON {@code null} becomes {@link JsonValue#NULL}. (Jackson's default would use {@link #getNullValue}.)
     */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
