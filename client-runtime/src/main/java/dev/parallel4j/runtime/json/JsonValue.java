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
     * @param value the Java value, possibly {@code null}
     * @return its JSON form: {@link #NULL} for {@code null}, the value itself if it is already a {@code JsonValue}
     * @throws IllegalArgumentException if the value, or anything inside it, has no JSON form
     */
    static JsonValue of(Object value) {
        return JsonValues.from(value);
    }

    /**
     * Parses JSON text into a value.
     *
     * @param json JSON text holding exactly one value, e.g. {@code {"a": [1, 2]}}
     * @return the value the text holds
     */
    static JsonValue parse(String json) {
        return JsonValues.parse(json);
    }

    /**
     * Whether this is the JSON {@code null} literal.
     *
     * @return {@code true} for {@link #NULL}, {@code false} for any other value
     */
    default boolean isNull() {
        return this instanceof JsonNull;
    }

    /**
     * The string, if this is a JSON string.
     *
     * @return the string, or an empty {@code Optional} for any other kind of value
     */
    default Optional<String> asString() {
        return this instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * The number, if this is a JSON number: a {@link Long}, {@link BigInteger} or {@link BigDecimal}.
     *
     * @return the number, or an empty {@code Optional} for any other kind of value
     */
    default Optional<Number> asNumber() {
        return this instanceof JsonNumber n ? Optional.of(n.value()) : Optional.empty();
    }

    /**
     * The boolean, if this is {@code true} or {@code false}.
     *
     * @return the boolean, or an empty {@code Optional} for any other kind of value
     */
    default Optional<Boolean> asBoolean() {
        return this instanceof JsonBoolean b ? Optional.of(b.value()) : Optional.empty();
    }

    /**
     * The elements, if this is a JSON array.
     *
     * @return the unmodifiable list of elements, or an empty {@code Optional} for any other kind of value
     */
    default Optional<List<JsonValue>> asArray() {
        return this instanceof JsonArray a ? Optional.of(a.values()) : Optional.empty();
    }

    /**
     * The members in document order, if this is a JSON object.
     *
     * @return the unmodifiable map of members, or an empty {@code Optional} for any other kind of value
     */
    default Optional<Map<String, JsonValue>> asObject() {
        return this instanceof JsonObject o ? Optional.of(o.members()) : Optional.empty();
    }

    /**
     * Compact JSON text of this value.
     *
     * @return the JSON text, without whitespace between tokens
     */
    default String toJson() {
        return JsonValues.write(this);
    }

    /** The JSON {@code null} literal. */
    enum JsonNull implements JsonValue {
        /** The only instance. */
        INSTANCE;

        @Override
        public String toString() {
            return "null";
        }
    }

    /** A JSON {@code true} or {@code false}. */
    enum JsonBoolean implements JsonValue {
        /** The literal {@code false}. */
        FALSE,
        /** The literal {@code true}. */
        TRUE;

        /**
         * The boolean this literal stands for.
         *
         * @return {@code true} for {@link #TRUE}, {@code false} for {@link #FALSE}
         */
        public boolean value() {
            return this == TRUE;
        }

        /**
         * The literal for a boolean.
         *
         * @param value the boolean
         * @return {@link #TRUE} or {@link #FALSE}
         */
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
        /**
         * Normalises the number to one of the three representations above.
         *
         * @param value the number, not {@code null}, NaN or infinite
         */
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
        /**
         * Rejects {@code null}: use {@link JsonValue#NULL}.
         *
         * @param value the string, not {@code null}
         */
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
        /**
         * Copies the elements (elements this runtime has just read or converted are taken over).
         *
         * @param values the elements, none of them {@code null}
         */
        public JsonArray {
            values = values instanceof JsonValues.Elements built ? Collections.unmodifiableList(built) : List.copyOf(values);
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
        /**
         * Copies the members, keeping their order (members this runtime has just read or converted are taken over).
         *
         * @param members the members in the order to keep, none of their values {@code null}
         */
        public JsonObject {
            Map<String, JsonValue> own = members;
            if (!(own instanceof JsonValues.Members)) {
                own = new LinkedHashMap<>(members);
                own.forEach((key, value) -> Objects.requireNonNull(value, () -> "member " + key));
            }
            members = Collections.unmodifiableMap(own);
        }

        /**
         * An object built from members in the order given.
         *
         * @param members the members in the order to keep, none of their values {@code null}
         * @return an object holding a copy of those members
         */
        public static JsonObject of(Map<String, ? extends JsonValue> members) {
            return new JsonObject(new LinkedHashMap<>(members));
        }

        @Override
        public String toString() {
            return toJson();
        }
    }
}
