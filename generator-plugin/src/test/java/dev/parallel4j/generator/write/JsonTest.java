package dev.parallel4j.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The little JSON the generation record needs: any JSON text reads, anything else is refused. */
final class JsonTest {
    @Test
    void readsEveryKindOfValue() {
        assertThat(Json.parse(" {\"a\" : [1, -2, 0.5, 1e3, -0, true, false, null, \"x\"], \"b\": {}, \"c\": [], \"a2\": {\"d\": {\"e\": []}}}\n"))
                .isEqualTo(Map.of("a", Arrays.asList(1L, -2L, 0.5, 1000.0, 0L, true, false, null, "x"), "b", Map.of(), "c", List.of(),
                        "a2", Map.of("d", Map.of("e", List.of()))));
        assertThat(Json.parse("{\"a\": 1, \"a\": 2}")).isEqualTo(Map.of("a", 2L));
        assertThat(Json.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9\\u20AC\"")).isEqualTo("\" \\ / \b \f \n \r \t é€");
    }

    @Test
    void refusesWhatIsNotExactlyOneJsonValue() {
        for (String damaged : List.of("", " ", "{", "{\"a\": 1", "{\"a\" 1}", "{\"a\": 1,}", "{a: 1}", "[1,]", "[1 2]", "\"open",
                "\"tab\there\"", "\"\\x\"", "\"\\u12\"", "01", "1.", ".5", "1e", "-", "+1", "tru", "nul", "{} {}", "[1]]",
                "99999999999999999999", "[".repeat(100) + "]".repeat(100))) {
            assertThatIllegalArgumentException().as(damaged).isThrownBy(() -> Json.parse(damaged));
        }
    }
}
