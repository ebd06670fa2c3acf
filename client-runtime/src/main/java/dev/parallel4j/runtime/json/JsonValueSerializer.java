package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link JsonValue} exactly as it holds it. */
public final class JsonValueSerializer extends StdSerializer<JsonValue> {
    private static final long serialVersionUID = 1L;

    /** Jackson's constructor. */
    public JsonValueSerializer() {
        super(JsonValue.class);
    }

    @Override
    public void serialize(JsonValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        JsonValues.write(value, gen);
    }
}
