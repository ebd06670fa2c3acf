package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.parallel4j.runtime.json.UnionDeserializerTest.Cat;
import dev.parallel4j.runtime.json.UnionDeserializerTest.Contact;
import dev.parallel4j.runtime.json.UnionDeserializerTest.Dog;
import dev.parallel4j.runtime.json.UnionDeserializerTest.Pet;
import dev.parallel4j.runtime.json.UnionDeserializerTest.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonTextReader} gives what the mapper gives, for unions through its own path. */
final class JsonTextReaderTest {
    private final ObjectMapper mapper = Json.newMapper();

    private <T> JsonTextReader<T> reader(Class<T> type) {
        JavaType javaType = mapper.constructType(type);
        return JsonTextReader.of(mapper, javaType);
    }

    /** A value as text that tells variants and their contents apart (Cat has no equals). */
    private static String described(Object value) {
        return value instanceof Cat cat ? "Cat(" + cat.type + ", " + cat.name + ", " + cat.lives + ")" : String.valueOf(value);
    }

    /** What reading gives: the value described, or the failure's class and message. */
    private static String outcome(Reading reading) {
        try {
            return described(reading.read());
        } catch (JacksonException e) {
            return e.getClass().getSimpleName() + ": " + e.getOriginalMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One way of reading a text. */
    private interface Reading {
        Object read() throws IOException;
    }

    private <T> void readsAsTheMapperDoes(Class<T> type, String json) {
        assertThat(outcome(() -> reader(type).read(json))).as(json).isEqualTo(outcome(() -> mapper.readValue(json, type)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"cat\",\"name\":\"Tom\",\"lives\":9}",
        "{\"type\":\"kitten\",\"name\":\"Kit\"}",
        "{\"name\":\"Rex\",\"good\":true,\"type\":\"dog\"}",
        "{\"type\":\"c\\u0061t\",\"name\":\"escaped\",\"lives\":1}",
        "{\"type\":\"fish\",\"name\":\"Nemo\"}",
        "{\"type\":7,\"name\":\"Tom\",\"lives\":2}",
        "{\"type\":null,\"name\":\"Rex\",\"good\":false}",
        "{\"name\":\"Tom\",\"lives\":3}",
        "{\"type\":\"dog\",\"type\":\"cat\",\"name\":\"first wins\",\"good\":true}",
        "{\"data\":{\"type\":\"cat\"},\"name\":\"nested type only\",\"good\":true}",
        " \n{ \"type\" : \"dog\" , \"name\" : \"spaced\" }"})
    void readsADiscriminatedUnionAsItsDeserializerDoes(String json) {
        readsAsTheMapperDoes(Pet.class, json);
    }

    @Test
    void readsTheVariantTheDiscriminatorNames() throws IOException {
        Pet dog = reader(Pet.class).read("{\"type\":\"dog\",\"name\":\"Rex\",\"good\":true}");
        assertThat(dog).isEqualTo(new Dog("dog", "Rex", true));
        Pet kitten = reader(Pet.class).read("{\"type\":\"kitten\",\"name\":\"Kit\"}");
        assertThat(described(kitten)).isEqualTo("Cat(kitten, Kit, null)");
    }

    @Test
    void agreesWithTheMapperOnShuffledObjects() {
        Random random = new Random(1129);
        String[] types = {"\"cat\"", "\"kitten\"", "\"dog\"", "\"bird\"", "1", "null", "\"\""};
        for (int i = 0; i < 500; i++) {
            List<String> members = new ArrayList<>(List.of("\"name\":\"n" + i + "\""));
            if (random.nextBoolean()) {
                members.add("\"lives\":" + random.nextInt(10));
            }
            if (random.nextBoolean()) {
                members.add("\"good\":" + random.nextBoolean());
            }
            if (random.nextInt(5) > 0) {
                members.add("\"type\":" + types[random.nextInt(types.length)]);
            }
            if (random.nextBoolean()) {
                members.add("\"extra\":{\"type\":\"dog\",\"list\":[1,\"}\"]}");
            }
            Collections.shuffle(members, random);
            readsAsTheMapperDoes(Pet.class, "{" + String.join(",", members) + "}");
        }
    }

    @Test
    void readsOtherTypesAndOtherUnionsAsTheMapperDoes() {
        readsAsTheMapperDoes(Shape.class, "{\"kind\":\"circle\",\"radius\":2}");
        readsAsTheMapperDoes(Contact.class, "{\"number\":\"+47 1234\",\"label\":\"work\"}");
        readsAsTheMapperDoes(JsonValue.class, "{\"type\":\"dog\"}");
    }

    @Test
    void failsOnWhatFollowsTheValueOnEitherPath() {
        assertThatThrownBy(() -> reader(Pet.class).read("{\"type\":\"dog\",\"name\":\"Rex\"} {}"))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> reader(Pet.class).read("{\"name\":\"Rex\",\"good\":true} []"))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void aProblemInsideTheVariantNamesItsPath() {
        assertThatThrownBy(() -> reader(Pet.class).read("{\"type\":\"dog\",\"name\":\"Rex\",\"good\":[1]}"))
                .isInstanceOfSatisfying(MismatchedInputException.class,
                        e -> assertThat(JsonProblems.describe(e)).startsWith("at $.good: "));
    }
}
