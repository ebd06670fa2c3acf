package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.json.JsonValue.JsonArray;
import dev.parallel4j.runtime.json.JsonValue.JsonBoolean;
import dev.parallel4j.runtime.json.JsonValue.JsonNumber;
import dev.parallel4j.runtime.json.JsonValue.JsonObject;
import dev.parallel4j.runtime.json.JsonValue.JsonString;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonValueTest {
    private final ObjectMapper mapper = Json.newMapper();

    /** A model with a free-form property, as the generator emits one with a creator. */
    @JsonModel
    static final class Envelope {
        private final String name;
        private final JsonValue metadata;

        @JsonCreator
        Envelope(@JsonProperty("name") String name, @JsonProperty("metadata") JsonValue metadata) {
            this.name = name;
            this.metadata = metadata;
        }

        @JsonProperty("name")
        String name() {
            return name;
        }

        @JsonProperty("metadata")
        JsonValue metadata() {
            return metadata;
        }
    }

    @Test
    void ofConvertsScalars() {
        assertThat(JsonValue.of(null)).isSameAs(JsonValue.NULL);
        assertThat(JsonValue.of("text")).isEqualTo(new JsonString("text"));
        assertThat(JsonValue.of(true)).isSameAs(JsonBoolean.TRUE);
        assertThat(JsonValue.of(false)).isSameAs(JsonBoolean.FALSE);
        JsonValue same = JsonValue.parse("[1]");
        assertThat(JsonValue.of(same)).isSameAs(same);
    }

    @Test
    void ofNormalisesIntegersToLong() {
        assertThat(JsonValue.of(7).asNumber()).containsInstanceOf(Long.class).contains(7L);
        assertThat(JsonValue.of((short) 7).asNumber()).contains(7L);
        assertThat(JsonValue.of((byte) -7).asNumber()).contains(-7L);
        assertThat(JsonValue.of(7L).asNumber()).contains(7L);
        assertThat(JsonValue.of(7)).isEqualTo(JsonValue.of(7L)).isEqualTo(JsonValue.parse("7"));
    }

    @Test
    void ofKeepsBigIntegerOnlyBeyondLongRange() {
        assertThat(JsonValue.of(BigInteger.valueOf(Long.MAX_VALUE)).asNumber()).contains(Long.MAX_VALUE);
        assertThat(JsonValue.of(BigInteger.valueOf(Long.MIN_VALUE)).asNumber()).contains(Long.MIN_VALUE);
        BigInteger above = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        BigInteger below = BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE);
        assertThat(JsonValue.of(above).asNumber()).contains(above);
        assertThat(JsonValue.of(below).asNumber()).contains(below);
        assertThat(JsonValue.of(above).toJson()).isEqualTo("9223372036854775808");
    }

    @Test
    void ofTurnsFloatingPointIntoBigDecimalOfItsShortestText() {
        assertThat(JsonValue.of(2.5).asNumber()).contains(new BigDecimal("2.5"));
        assertThat(JsonValue.of(0.1f).asNumber()).contains(new BigDecimal("0.1"));
        assertThat(JsonValue.of(30.0).toJson()).isEqualTo("30.0");
        assertThat(JsonValue.of(1e20).toJson()).isEqualTo("1.0E+20");
        assertThat(JsonValue.of(new BigDecimal("1.50")).toJson()).isEqualTo("1.50");
    }

    @Test
    void ofRejectsNonFiniteNumbers() {
        assertThatThrownBy(() -> JsonValue.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> JsonValue.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.of(Float.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.of(List.of(1, Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofConvertsNestedMapsListsAndArraysKeepingOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", List.of(1, "two", 3.5));
        inner.put("a", null);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("first", inner);
        outer.put("ints", new int[] {1, 2});
        outer.put("objects", new Object[] {true, new String[] {"x"}});
        outer.put("set", new ArrayList<>(List.of("only")));
        outer.put("enum", Color.RED);
        outer.put("unknownEnum", Color.of("ultra violet"));

        JsonValue json = JsonValue.of(outer);

        assertThat(json.toJson()).isEqualTo("{\"first\":{\"z\":[1,\"two\",3.5],\"a\":null},\"ints\":[1,2],"
                + "\"objects\":[true,[\"x\"]],\"set\":[\"only\"],\"enum\":\"red\",\"unknownEnum\":\"ultra violet\"}");
        assertThat(json.asObject().orElseThrow().keySet())
                .containsExactly("first", "ints", "objects", "set", "enum", "unknownEnum");
    }

    @Test
    void ofRejectsNonStringKeysAndUnknownTypes() {
        Map<Object, Object> intKeys = new HashMap<>();
        intKeys.put(1, "one");
        assertThatThrownBy(() -> JsonValue.of(intKeys))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keys must be strings")
                .hasMessageContaining("java.lang.Integer");
        Map<String, Object> nested = Map.of("inner", Map.of(Optional.empty(), 1));
        assertThatThrownBy(() -> JsonValue.of(nested)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.of(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No JSON form for java.lang.Object");
        assertThatThrownBy(() -> JsonValue.of(List.of(Set.of(), 'c'))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Character");
    }

    @Test
    void parseKeepsKeyOrderAndNumberText() {
        String text = "{\"zeta\":1,\"alpha\":[1.50,1e3,-0.0,2E-10,12345678901234567890123,"
                + "-9223372036854775808],\"mid\":{\"b\":null,\"a\":\"\\u00e9\\n\"},\"t\":true,\"f\":false}";
        JsonValue json = JsonValue.parse(text);

        assertThat(json.asObject().orElseThrow().keySet()).containsExactly("zeta", "alpha", "mid", "t", "f");
        // Decimal numbers keep their digits and scale; an exponent comes back in BigDecimal's canonical form.
        assertThat(json.toJson()).isEqualTo("{\"zeta\":1,\"alpha\":[1.50,1E+3,0.0,2E-10,12345678901234567890123,"
                + "-9223372036854775808],\"mid\":{\"b\":null,\"a\":\"é\\n\"},\"t\":true,\"f\":false}");
        List<JsonValue> alpha = json.asObject().orElseThrow().get("alpha").asArray().orElseThrow();
        assertThat(alpha.get(0).asNumber()).contains(new BigDecimal("1.50"));
        assertThat(alpha.get(1).asNumber()).contains(new BigDecimal("1E+3"));
        assertThat(alpha.get(4).asNumber()).containsInstanceOf(BigInteger.class);
        assertThat(alpha.get(5).asNumber()).contains(Long.MIN_VALUE);
    }

    @Test
    void parseRoundTripsCompactText() {
        String text = "[{\"a\":[[],{}],\"b\":\"\\\"quoted\\\"\"},null,0,-1,3.25]";
        assertThat(JsonValue.parse(text).toJson()).isEqualTo(text);
        assertThat(JsonValue.parse(" \n{ \"a\" : 1 }\t").toJson()).isEqualTo("{\"a\":1}");
    }

    @Test
    void parseRejectsBadText() {
        assertThatThrownBy(() -> JsonValue.parse("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Empty");
        assertThatThrownBy(() -> JsonValue.parse("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("{\"a\":1} 2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the JSON value");
        assertThatThrownBy(() -> JsonValue.parse("[1] x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("{\"a\":}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Malformed JSON");
        assertThatThrownBy(() -> JsonValue.parse("NaN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.parse("[1,")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accessorsAnswerOnlyForTheirKind() {
        JsonValue string = JsonValue.parse("\"s\"");
        JsonValue number = JsonValue.parse("4");
        JsonValue bool = JsonValue.parse("true");
        JsonValue array = JsonValue.parse("[1]");
        JsonValue object = JsonValue.parse("{\"k\":\"v\"}");
        JsonValue nul = JsonValue.parse("null");

        assertThat(string.asString()).contains("s");
        assertThat(number.asNumber()).contains(4L);
        assertThat(bool.asBoolean()).contains(true);
        assertThat(array.asArray()).contains(List.of(JsonValue.of(1)));
        assertThat(object.asObject()).contains(Map.of("k", JsonValue.of("v")));
        assertThat(nul).isSameAs(JsonValue.NULL);
        assertThat(nul.isNull()).isTrue();

        for (JsonValue other : List.of(number, bool, array, object, nul)) {
            assertThat(other.asString()).isEmpty();
        }
        for (JsonValue other : List.of(string, bool, array, object, nul)) {
            assertThat(other.asNumber()).isEmpty();
            assertThat(other.isNull()).isEqualTo(other == nul);
        }
        for (JsonValue other : List.of(string, number, array, object, nul)) {
            assertThat(other.asBoolean()).isEmpty();
        }
        assertThat(string.asArray()).isEmpty();
        assertThat(array.asObject()).isEmpty();
        assertThat(JsonValue.parse("\"4\"").asNumber()).isEmpty();
    }

    @Test
    void containersAreImmutableCopies() {
        List<JsonValue> source = new ArrayList<>(List.of(JsonValue.of(1)));
        JsonArray array = new JsonArray(source);
        source.add(JsonValue.of(2));
        assertThat(array.values()).hasSize(1);
        assertThatThrownBy(() -> array.values().add(JsonValue.NULL)).isInstanceOf(UnsupportedOperationException.class);

        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("b", JsonValue.of(1));
        members.put("a", JsonValue.of(2));
        JsonObject object = JsonObject.of(members);
        members.put("c", JsonValue.of(3));
        assertThat(object.members().keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> object.members().put("x", JsonValue.NULL)).isInstanceOf(UnsupportedOperationException.class);

        Map<String, JsonValue> withNull = new HashMap<>();
        withNull.put("gap", null);
        assertThatThrownBy(() -> new JsonObject(withNull)).isInstanceOf(NullPointerException.class).hasMessageContaining("gap");
        assertThatThrownBy(() -> new JsonString(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonNumber(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void containersReadOrConvertedHereAreImmutableToo() {
        Map<String, JsonValue> members = JsonValue.parse("{\"b\": [1], \"a\": {}}").asObject().orElseThrow();
        assertThat(members.keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> members.put("x", JsonValue.NULL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> members.get("b").asArray().orElseThrow().add(JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);

        Map<String, JsonValue> converted = JsonValue.of(Map.of("k", List.of(1, 2))).asObject().orElseThrow();
        assertThatThrownBy(() -> converted.remove("k")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> converted.get("k").asArray().orElseThrow().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityFollowsValueAndRepresentation() {
        assertThat(JsonValue.parse("{\"a\":1,\"b\":[true,null]}"))
                .isEqualTo(JsonValue.of(Map.of("a", 1, "b", Arrays.asList(true, null))))
                .hasSameHashCodeAs(JsonValue.of(Map.of("a", 1, "b", Arrays.asList(true, null))));
        // object equality ignores member order (the text does not)
        JsonValue ba = JsonValue.parse("{\"b\":2,\"a\":1}");
        JsonValue ab = JsonValue.parse("{\"a\":1,\"b\":2}");
        assertThat(ba).isEqualTo(ab);
        assertThat(ba.toJson()).isNotEqualTo(ab.toJson());
        // numbers compare by representation: precision is part of the value
        assertThat(JsonValue.parse("1.50")).isNotEqualTo(JsonValue.parse("1.5"));
        assertThat(JsonValue.parse("1.0")).isNotEqualTo(JsonValue.parse("1"));
        assertThat(JsonValue.parse("[1,2]")).isNotEqualTo(JsonValue.parse("[2,1]"));
        assertThat(JsonValue.parse("\"1\"")).isNotEqualTo(JsonValue.parse("1"));
    }

    @Test
    void toStringIsCompactJson() {
        assertThat(JsonValue.parse("{ \"a\" : [ 1 , \"x\" ] }")).hasToString("{\"a\":[1,\"x\"]}");
        assertThat(JsonValue.NULL).hasToString("null");
        assertThat(JsonValue.of(false)).hasToString("false");
        assertThat(JsonValue.of("q\"")).hasToString("\"q\\\"\"");
        assertThat(JsonValue.of(3)).hasToString("3");
    }

    @Test
    void jacksonWritesValuesExactly() throws Exception {
        String text = "{\"z\":[1.50,null,{\"k\":false}],\"a\":\"s\",\"n\":12345678901234567890123}";
        assertThat(mapper.writeValueAsString(JsonValue.parse(text))).isEqualTo(text);
        assertThat(mapper.writeValueAsString(JsonValue.NULL)).isEqualTo("null");
        assertThat(mapper.writeValueAsString(JsonValue.of(true))).isEqualTo("true");
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("v", JsonValue.NULL);
        holder.put("w", JsonValue.of(List.of(1)));
        assertThat(mapper.writeValueAsString(holder)).isEqualTo("{\"v\":null,\"w\":[1]}");
    }

    @Test
    void jacksonReadsAnyJson() throws Exception {
        String text = "{\"z\":[1.50,null,{\"k\":false}],\"a\":\"s\",\"n\":1e3}";
        JsonValue read = mapper.readValue(text, JsonValue.class);
        assertThat(read).isEqualTo(JsonValue.parse(text));
        assertThat(read.toJson()).isEqualTo("{\"z\":[1.50,null,{\"k\":false}],\"a\":\"s\",\"n\":1E+3}");
        assertThat(mapper.readValue("null", JsonValue.class)).isSameAs(JsonValue.NULL);
        assertThat(mapper.readValue("\"x\"", JsonValue.class)).isEqualTo(JsonValue.of("x"));
    }

    @Test
    void jsonNullInsideContainersBecomesJsonValueNull() throws Exception {
        Map<String, JsonValue> map = mapper.readValue("{\"a\":null,\"b\":1}", new TypeReference<Map<String, JsonValue>>() {});
        assertThat(map).containsEntry("a", JsonValue.NULL).containsEntry("b", JsonValue.of(1));
        List<JsonValue> list = mapper.readValue("[null,\"x\"]", new TypeReference<List<JsonValue>>() {});
        assertThat(list).containsExactly(JsonValue.NULL, JsonValue.of("x"));
        assertThat(mapper.writeValueAsString(map)).isEqualTo("{\"a\":null,\"b\":1}");
    }

    @Test
    void explicitNullPropertyIsJsonNullButAbsentPropertyStaysAbsent() throws Exception {
        Envelope explicit = mapper.readValue("{\"name\":\"n\",\"metadata\":null}", Envelope.class);
        assertThat(explicit.metadata()).isSameAs(JsonValue.NULL);
        assertThat(mapper.writeValueAsString(explicit)).isEqualTo("{\"name\":\"n\",\"metadata\":null}");

        Envelope absent = mapper.readValue("{\"name\":\"n\"}", Envelope.class);
        assertThat(absent.metadata()).isNull();
        assertThat(mapper.writeValueAsString(absent)).isEqualTo("{\"name\":\"n\"}");

        Envelope present = mapper.readValue("{\"metadata\":{\"x\":[1.0]},\"name\":\"n\"}", Envelope.class);
        assertThat(present.metadata().toJson()).isEqualTo("{\"x\":[1.0]}");
        assertThat(present.name()).isEqualTo("n");
    }
}
