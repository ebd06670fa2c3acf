package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void knownValueIsTheConstant() {
        Color red = Color.of("red");
        assertThat(red).isSameAs(Color.RED);
        assertThat(red.isKnown()).isTrue();
        assertThat(red.value()).isEqualTo(Color.Value.RED);
        assertThat(red.asString()).isEqualTo("red");
        assertThat(red).hasToString("red");
        assertThat(Color.of("dark-blue").value()).isEqualTo(Color.Value.DARK_BLUE);
    }

    @Test
    void unknownValueKeepsItsTextVerbatim() {
        Color unknown = Color.of("Ultra Violet ✓ ");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.value()).isEqualTo(Color.Value._UNKNOWN);
        assertThat(unknown.asString()).isEqualTo("Ultra Violet ✓ ");
        // matching is exact: case and spacing matter
        assertThat(Color.of("RED").isKnown()).isFalse();
        assertThat(Color.of(" red").isKnown()).isFalse();
    }

    @Test
    void equalityIsByClassAndText() {
        assertThat(Color.of("teal")).isEqualTo(Color.of("teal")).hasSameHashCodeAs(Color.of("teal"));
        assertThat(Color.of("teal")).isNotEqualTo(Color.of("Teal"));
        assertThat(Color.RED).isEqualTo(Color.of("red"));
        assertThat(Color.RED).isNotEqualTo(Color.DARK_BLUE);
        assertThat(Color.RED).isNotEqualTo("red");
        assertThat(Color.RED).isNotEqualTo(null);
        assertThat(Color.RED).isNotEqualTo(Shade.of("red"));
    }

    @Test
    void constructorRejectsNulls() {
        assertThatThrownBy(() -> Color.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void jacksonRoundTripsKnownAndUnknownValuesExactly() throws Exception {
        String json = "[\"red\",\"dark-blue\",\"Ultra Violet \\u2713\",\"\"]";
        List<Color> colors = mapper.readValue(json, new TypeReference<List<Color>>() {});
        assertThat(colors).containsExactly(Color.RED, Color.DARK_BLUE, Color.of("Ultra Violet ✓"), Color.of(""));
        assertThat(colors.get(0)).isSameAs(Color.RED);
        assertThat(mapper.writeValueAsString(colors)).isEqualTo("[\"red\",\"dark-blue\",\"Ultra Violet ✓\",\"\"]");

        String unknown = "{\"c\":\"neon-pink\\\"q\"}";
        Map<String, Color> read = mapper.readValue(unknown, new TypeReference<Map<String, Color>>() {});
        assertThat(read.get("c").isKnown()).isFalse();
        assertThat(mapper.writeValueAsString(read)).isEqualTo(unknown);
    }

    @Test
    void jacksonRejectsNonStrings() {
        assertThatThrownBy(() -> mapper.readValue("5", Color.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("true", Color.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void indexRejectsDuplicateWireText() {
        assertThatThrownBy(() -> Color.indexOf(Color.RED, Color.DARK_BLUE, Color.of("red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Duplicate enum value red");
        Map<String, Color> index = Color.indexOf(Color.RED, Color.DARK_BLUE);
        assertThat(index).containsOnly(Map.entry("red", Color.RED), Map.entry("dark-blue", Color.DARK_BLUE));
        assertThatThrownBy(() -> index.put("x", Color.RED)).isInstanceOf(UnsupportedOperationException.class);
    }

    /** A second open enum, to show values of different enums are never equal. */
    static final class Shade extends OpenEnum<Shade.Value> {
        enum Value {
            _UNKNOWN
        }

        private Shade(String text) {
            super(text, Value._UNKNOWN);
        }

        static Shade of(String text) {
            return new Shade(text);
        }

        @Override
        public boolean isKnown() {
            return false;
        }
    }
}
