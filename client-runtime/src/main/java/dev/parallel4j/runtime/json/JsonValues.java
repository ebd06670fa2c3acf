package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.parallel4j.runtime.json.JsonValue.JsonArray;
import dev.parallel4j.runtime.json.JsonValue.JsonBoolean;
import dev.parallel4j.runtime.json.JsonValue.JsonNumber;
import dev.parallel4j.runtime.json.JsonValue.JsonObject;
import dev.parallel4j.runtime.json.JsonValue.JsonString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between {@link JsonValue} and Java values, tokens and text. */
final class JsonValues {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonValues() {}

    static JsonValue from(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String s) {
            return new JsonString(s);
        }
        if (value instanceof Number n) {
            return new JsonNumber(n);
        }
        if (value instanceof Boolean b) {
            return JsonBoolean.of(b);
        }
        if (value instanceof OpenEnum<?> e) {
            return new JsonString(e.asString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, JsonValue> members = new Members();
            map.forEach((k, v) -> {
                if (!(k instanceof String key)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, got " + describe(k));
                }
                members.put(key, from(v));
            });
            return new JsonObject(members);
        }
        if (value instanceof Iterable<?> items) {
            List<JsonValue> values = new Elements();
            items.forEach(item -> values.add(from(item)));
            return new JsonArray(values);
        }
        if (value.getClass().isArray()) {
            List<JsonValue> values = new Elements();
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                values.add(from(Array.get(value, i)));
            }
            return new JsonArray(values);
        }
        throw new IllegalArgumentException("No JSON form for " + describe(value));
    }

    static Number normalise(Number n) {
        if (n instanceof Long || n instanceof BigDecimal) {
            return n;
        }
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        if (n instanceof BigInteger big) {
            return big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0 ? (Number) big.longValue() : big;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no form for " + d);
            }
            return new BigDecimal(n.toString());
        }
        return new BigDecimal(n.toString());
    }

    static JsonValue parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("Empty JSON text");
            }
            JsonValue value = read(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("Unexpected content after the JSON value at " + parser.currentLocation());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the value starting at the parser's current token, leaving the parser on its last token. */
    static JsonValue read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
            case FIELD_NAME: {
                Map<String, JsonValue> members = new Members();
                String name = token == JsonToken.FIELD_NAME ? p.currentName() : p.nextFieldName();
                while (name != null) {
                    p.nextToken();
                    members.put(name, read(p));
                    name = p.nextFieldName();
                }
                return new JsonObject(members);
            }
            case START_ARRAY: {
                List<JsonValue> values = new Elements();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(read(p));
                }
                return new JsonArray(values);
            }
            case VALUE_STRING:
                return new JsonString(p.getText());
            case VALUE_NUMBER_INT:
                return new JsonNumber(p.getNumberValue());
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(p.getDecimalValue());
            case VALUE_TRUE:
                return JsonBoolean.TRUE;
            case VALUE_FALSE:
                return JsonBoolean.FALSE;
            case VALUE_NULL:
                return JsonValue.NULL;
            default:
                throw new IOException("Unexpected JSON token " + token + " at " + p.currentLocation());
        }
    }

    static void write(JsonValue value, JsonGenerator g) throws IOException {
        if (value instanceof JsonObject o) {
            g.writeStartObject();
            for (Map.Entry<String, JsonValue> member : o.members().entrySet()) {
                g.writeFieldName(member.getKey());
                write(member.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof JsonArray a) {
            g.writeStartArray();
            for (JsonValue element : a.values()) {
                write(element, g);
            }
            g.writeEndArray();
        } else if (value instanceof JsonString s) {
            g.writeString(s.value());
        } else if (value instanceof JsonNumber n) {
            writeNumber(n.value(), g);
        } else if (value instanceof JsonBoolean b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }

    static String write(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeNumber(Number n, JsonGenerator g) throws IOException {
        if (n instanceof Long l) {
            g.writeNumber(l);
        } else if (n instanceof BigInteger big) {
            g.writeNumber(big);
        } else {
            g.writeNumber((BigDecimal) n);
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    /**
     * The members of an object this class has just built, none {@code null} and held by nothing else:
     * {@link JsonObject} takes them over instead of copying them (reading a large response made every object twice).
     */
    static final class Members extends LinkedHashMap<String, JsonValue> {
        private static final long serialVersionUID = 1L;
    }

    /** The elements of an array this class has just built, taken over by {@link JsonArray} like {@link Members}. */
    static final class Elements extends ArrayList<JsonValue> {
        private static final long serialVersionUID = 1L;
    }
}
