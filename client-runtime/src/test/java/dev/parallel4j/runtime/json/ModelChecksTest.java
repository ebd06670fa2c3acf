package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelChecksTest {

    @Test
    void requiredReturnsAPresentValue() {
        Object value = new Object();
        assertThat(ModelChecks.required(value, "FindAllRun", "findall_id")).isSameAs(value);
    }

    @Test
    void requiredNamesModelAndPropertyWhenMissing() {
        assertThatThrownBy(() -> ModelChecks.required(null, "FindAllRun", "findall_id"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("FindAllRun.findall_id is required but was not set");
    }

    @Test
    void constantAcceptsTheExpectedValueOrNothing() {
        assertThat(ModelChecks.constant("error", "error", "ErrorResponse", "type")).isEqualTo("error");
        assertThat(ModelChecks.constant(null, "error", "ErrorResponse", "type")).isEqualTo("error");
    }

    @Test
    void constantRejectsAnotherValueQuotingBoth() {
        assertThatThrownBy(() -> ModelChecks.constant("warning", "error", "ErrorResponse", "type"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("ErrorResponse.type must be \"error\" but was \"warning\"");
        assertThatThrownBy(() -> ModelChecks.constant("Error", "error", "ErrorResponse", "type"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void copyOfListIsUnmodifiableAndDetached() {
        assertThat(ModelChecks.copyOf((List<String>) null)).isNull();
        List<String> source = new ArrayList<>(List.of("a", "b"));
        List<String> copy = ModelChecks.copyOf(source);
        source.add("c");
        assertThat(copy).containsExactly("a", "b");
        assertThatThrownBy(() -> copy.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ModelChecks.copyOf(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void copyOfMapKeepsOrderAndIsUnmodifiableAndDetached() {
        assertThat(ModelChecks.copyOf((Map<String, Integer>) null)).isNull();
        Map<String, Integer> source = new LinkedHashMap<>();
        source.put("z", 1);
        source.put("a", 2);
        source.put("m", null);
        Map<String, Integer> copy = ModelChecks.copyOf(source);
        source.put("b", 3);
        assertThat(copy.keySet()).containsExactly("z", "a", "m");
        assertThat(copy).containsEntry("m", null);
        assertThatThrownBy(() -> copy.put("x", 0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ModelChecks.copyOf(new HashMap<String, Integer>())).isEmpty();
    }
}
