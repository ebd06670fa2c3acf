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
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e).hasMessage("FindAllRun.findall_id is required but was not set");
                    assertThat(e.path()).isEqualTo("$.findall_id");
                })
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void presentNamesWhatTheJsonLacked() {
        assertThat(ModelChecks.present("x", "Candidate", "name")).isEqualTo("x");
        assertThatThrownBy(() -> ModelChecks.present(null, "Candidate", "name"))
                .isExactlyInstanceOf(ModelValidationException.class)
                .hasMessage("Candidate.name is required but was absent from the JSON this object was read from");
    }

    @Test
    void requiredOrNullAcceptsAnExplicitNullButNotAbsence() {
        String explicitNull = ModelChecks.requiredOrNull(null, true, "Status", "message");
        assertThat(explicitNull).isNull();
        assertThatThrownBy(() -> ModelChecks.requiredOrNull(null, false, "Status", "message"))
                .isExactlyInstanceOf(ModelValidationException.class)
                .hasMessage("Status.message is required (it may be null) but was not set");
    }

    /** A model with one required property and one holding nested values, as generated code writes it. */
    private record Node(String name, Object children) implements Validatable {
        @Override
        public Node validate() {
            ModelChecks.required(name, "Node", "name");
            ModelChecks.validate(children, "children");
            return this;
        }
    }

    @Test
    void validateFindsTheFirstProblemInsideListsAndMapsAndNamesItsPath() {
        Node leaf = new Node(null, null);
        Node tree = new Node("root", List.of(new Node("a", null), new Node("b", Map.of("k", leaf))));

        assertThatThrownBy(() -> ModelChecks.validate(List.of(tree)))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo("$[0].children[1].children.k.name");
                    assertThat(e.problem()).isEqualTo("Node.name is required but was not set");
                    assertThat(e).hasMessage("$[0].children[1].children.k.name: Node.name is required but was not set");
                });
    }

    @Test
    void growableCopiesOnceAndThenKeepsItsOwnCollection() {
        List<String> given = List.of("a");
        List<String> own = ModelChecks.growable(given);
        own.add("b");
        assertThat(given).containsExactly("a");
        assertThat(ModelChecks.growable(own)).isSameAs(own).containsExactly("a", "b");
        assertThat(ModelChecks.growable((List<String>) null)).isEmpty();

        Map<String, Integer> entries = Map.of("k", 1);
        Map<String, Integer> ownMap = ModelChecks.growable(entries);
        ownMap.put("j", 2);
        assertThat(entries).containsOnlyKeys("k");
        assertThat(ModelChecks.growable(ownMap)).isSameAs(ownMap).containsOnlyKeys("k", "j");
        assertThat(ModelChecks.growable((Map<String, Integer>) null)).isEmpty();
    }

    @Test
    void validAsksModelsInsideListsAndMapsWithoutThrowing() {
        Node leaf = new Node(null, null);

        assertThat(ModelChecks.valid(List.of(new Node("a", null), new Node("b", Map.of("k", leaf))))).isFalse();
        assertThat(ModelChecks.valid(Map.of("k", List.of(leaf)))).isFalse();
        assertThat(ModelChecks.valid(List.of(new Node("a", Map.of("k", new Node("b", "text")))))).isTrue();
        assertThat(ModelChecks.valid(List.of("a", 1))).isTrue();
        assertThat(ModelChecks.valid(null)).isTrue();
    }

    @Test
    void isValidByDefaultAsksValidate() {
        assertThat(new Node("root", List.of(new Node(null, null))).isValid()).isFalse();
        assertThat(new Node("root", List.of(new Node("a", null))).isValid()).isTrue();
    }

    @Test
    void validatePassesValuesWithoutModelsAndValidModels() {
        Node valid = new Node("root", List.of(new Node("a", Map.of("k", new Node("b", "text")))));

        ModelChecks.validate(valid);
        ModelChecks.validate(List.of("a", 1));
        ModelChecks.validate(null);

        assertThat(valid.validate()).isSameAs(valid);
    }

    @Test
    void constantAcceptsTheExpectedValueOrNothing() {
        assertThat(ModelChecks.constant("error", "error", "ErrorResponse", "type")).isEqualTo("error");
        assertThat(ModelChecks.constant(null, "error", "ErrorResponse", "type")).isEqualTo("error");
    }

    @Test
    void constantRejectsAnotherValueQuotingBoth() {
        assertThatThrownBy(() -> ModelChecks.constant("warning", "error", "ErrorResponse", "type"))
                .isExactlyInstanceOf(ModelValidationException.class)
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
