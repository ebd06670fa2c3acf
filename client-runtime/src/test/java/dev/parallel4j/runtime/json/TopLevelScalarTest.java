package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TopLevelScalar}: the quick scan gives Jackson's answer. */
class TopLevelScalarTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] NAMES = {"event_id", "type", "data", "event_id2", "id", "é\"x", "event\\u005fid", ""};

    @Test
    void agreesWithJacksonOnRandomObjects() throws Exception {
        Random random = new Random(1128);
        for (int i = 0; i < 5_000; i++) {
            JsonNode object = randomObject(random, 0);
            String json = random.nextBoolean() ? MAPPER.writeValueAsString(object)
                    : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(object);

            assertThat(TopLevelScalar.find(json, "event_id")).as(json)
                    .isEqualTo(TopLevelScalar.withJackson(json, "event_id", false));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"a\",\"event_id\":\"evt_1\"}|evt_1",
        "{\"data\":{\"event_id\":\"inner\",\"x\":[1,{\"event_id\":2}]},\"event_id\":\"outer\"}|outer",
        "{\"event_id\":-12.5e+3}|-12.5e+3",
        "{\"event_id\":\"a\\\"b\"}|a\"b",
        "{\"event\\u005fid\":\"escaped name\"}|escaped name",
        "{\"s\":\"}{,]\",\"event_id\":\"after tricky text\"}|after tricky text",
        " \n{ \"event_id\" : \"spaced\" }|spaced",
        "{\"event_id\":\"first\",\"event_id\":\"second\"}|first"})
    void findsTheTopLevelProperty(String json, String expected) {
        assertThat(TopLevelScalar.find(json, "event_id")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"data\":{\"event_id\":\"nested only\"}}",
        "{\"event_id\":null}",
        "{\"event_id\":true}",
        "{\"event_id\":{\"id\":\"x\"}}",
        "{}",
        "[\"event_id\",\"x\"]",
        "\"event_id\"",
        "{\"event_id\":\"unterminated",
        "not json"})
    void answersNullWhereThereIsNoStringOrNumber(String json) {
        assertThat(TopLevelScalar.find(json, "event_id")).isNull();
    }

    @Test
    void findsStringsOnlyWhenAskedForAString() throws Exception {
        assertThat(TopLevelScalar.findString("{\"type\":\"dog\",\"n\":1}", "type")).isEqualTo("dog");
        assertThat(TopLevelScalar.findString("{\"type\":12}", "type")).isNull();
        assertThat(TopLevelScalar.findString("{\"typ\\u0065\":12}", "type")).isNull();
        assertThat(TopLevelScalar.findString("{\"typ\\u0065\":\"escaped\"}", "type")).isEqualTo("escaped");
        Random random = new Random(1129);
        for (int i = 0; i < 2_000; i++) {
            String json = MAPPER.writeValueAsString(randomObject(random, 0));
            assertThat(TopLevelScalar.findString(json, "type")).as(json)
                    .isEqualTo(TopLevelScalar.withJackson(json, "type", true));
        }
    }

    private static JsonNode randomObject(Random random, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            object.set(NAMES[random.nextInt(NAMES.length)], randomValue(random, depth + 1));
        }
        return object;
    }

    private static JsonNode randomValue(Random random, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (random.nextInt(depth > 3 ? 5 : 7)) {
            case 0:
                return nodes.textNode(randomText(random));
            case 1:
                return nodes.numberNode(random.nextInt() / (random.nextBoolean() ? 1 : 7.0));
            case 2:
                return nodes.booleanNode(random.nextBoolean());
            case 3:
                return nodes.nullNode();
            case 4:
                return nodes.numberNode(random.nextLong());
            case 5:
                return randomObject(random, depth);
            default:
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                return array;
        }
    }

    private static String randomText(Random random) {
        String alphabet = "ab{}[],:\" \\\n\té€😀";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
