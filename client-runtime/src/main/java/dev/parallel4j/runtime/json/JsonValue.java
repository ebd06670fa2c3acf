package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON value of any shape.
 *
 * <p>Generated models use it wherever the OpenAPI document leaves a value free-form (an empty schema,
 * {@code additionalProperties: true}, properties the document does not declare). It keeps what the server
 * sent: numbers keep their written precision, objects keep their key order, and writing it back produces the
 * same JSON.
 */
@JsonSerialize(using = JsonValueSerializer.class)
@JsonDeserialize(using = JsonValueDeserializer.class)
public sealed interface JsonValue
        permits JsonValue.JsonNull,
                JsonValue.JsonBoolean,
                JsonValue.JsonNumber,
                JsonValue.JsonString,
                JsonValue.JsonArray,
                JsonValue.JsonObject {

    /** The JSON {@code null} literal. */
    JsonValue NULL = JsonNull.INSTANCE;

    /**
     * Converts a plain Java value to JSON: {@code null}, {@link String}, {@link Number}, {@link Boolean},
     * {@link Map} with string keys, {@link Iterable}, arrays of those, {@link OpenEnum} constants and
     * {@code JsonValue}s, nested to any depth.
     *
     * @throws IllegalArgumentException if the value, or anything inside it, has no JSON form
     */
    static JsonValue of(Object value) {
        return JsonValues.from(value);
    }

    /** Parses JSON text into a value. */
    static JsonValue parse(String json) {
        return JsonValues.parse(json);
    }

    /** Whether this is the JSON {@code null} literal. */
    default boolean isNull() {
        return this instanceof JsonNull;
    }

    /** The string, if this is a JSON string. */
    default Optional<String> asString() {
        return this instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The number, if this is a JSON number: a {@link Long}, {@link BigInteger} or {@link BigDecimal}. */
    default Optional<Number> asNumber() {
        return this instanceof JsonNumber n ? Optional.of(n.value()) : Optional.empty();
    }

    /** The boolean, if this is {@code true} or {@code false}. */
    default Optional<Boolean> asBoolean() {
        return this instanceof JsonBoolean b ? Optional.of(b.value()) : Optional.empty();
    }

    /** The elements, if this is a JSON array. */
    default Optional<List<JsonValue>> asArray() {
        return this instanceof JsonArray a ? Optional.of(a.values()) : Optional.empty();
    }

    /** The members in document order, if this is a JSON object. */
    default Optional<Map<String, JsonValue>> asObject() {
        return this instanceof JsonObject o ? Optional.of(o.members()) : Optional.empty();
    }

    /** Compact JSON text of this value. */
    default String toJson() {
        return JsonValues.write(this);
    }

    /** The JSON {@code null} literal. */
    enum JsonNull implements JsonValue {
        INSTANCE;

        @Override
        public String toString() {
            return "null";
        }
    }

    /** A JSON {@code true} or {@code false}. */
    enum JsonBoolean implements JsonValue {
        FALSE,
        TRUE;

        /** The boolean this literal stands for. */
        public boolean value() {
            return this == TRUE;
        }

        /** The literal for a boolean. */
        public static JsonBoolean of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public String toString() {
            return value() ? "true" : "false";
        }
    }

    /**
     * A JSON number. Integers are held as {@link Long} (or {@link BigInteger} beyond its range) and numbers with
     * a fraction or exponent as {@link BigDecimal}, so nothing is rounded.
     *
     * @param value the number
     */
    record JsonNumber(Number value) implements JsonValue {
        /** Normalises the number to one of the three representations above. */
        public JsonNumber {
            value = JsonValues.normalise(Objects.requireNonNull(value, "value"));
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /**
     * A JSON string.
     *
     * @param value the string
     */
    record JsonString(String value) implements JsonValue {
        /** Rejects {@code null}: use {@link JsonValue#NULL}. */
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /**
     * A JSON array.
     *
     * @param values the elements, unmodifiable
     */
    record JsonArray(List<JsonValue> values) implements JsonValue {
        /** Copies the elements. */
        public JsonArray {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return toJson();
        }
    }

    /**
     * A JSON object.
     *
     * @param members the members in document order, unmodifiable
     */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        /** Copies the members, keeping their order. */
        public JsonObject {
            Map<String, JsonValue> copy = new LinkedHashMap<>(members);
            copy.forEach((key, value) -> Objects.requireNonNull(value, () -> "member " + key));
            members = Collections.unmodifiableMap(copy);
        }

        /** An object built from members in the order given. */
        public static JsonObject of(Map<String, ? extends JsonValue> members) {
            return new JsonObject(new LinkedHashMap<>(members));
        }

        @Override
        public String toString() {
            return toJson();
        }
    }
}
