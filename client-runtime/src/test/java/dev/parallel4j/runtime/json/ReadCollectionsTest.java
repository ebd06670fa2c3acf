package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ReadCollectionsTest {
    private final ObjectMapper mapper = Json.newMapper();

    /** A model with one required property. */
    private record Leaf(String name) implements Validatable {
        @Override
        public Leaf validate() {
            ModelChecks.required(name, "Leaf", "name");
            return this;
        }
    }

    /** A model holding a list of models. */
    private record Holder(List<Leaf> leaves) {}

    /** An object model that knows whether it is valid, as generated models do. */
    private static final class Checked extends ObjectModel {
        private final boolean valid;

        Checked(boolean valid) {
            super(new Builder());
            this.valid = valid;
        }

        @Override
        public Checked validate() {
            throw new AssertionError("validity is asked of isValid(), not worked out again");
        }

        @Override
        public boolean isValid() {
            return valid;
        }

        private static final class Builder extends ObjectModelBuilder<Builder> {}
    }

    private <T> T read(String json, TypeReference<T> type) throws Exception {
        return mapper.readValue(json, type);
    }

    @Test
    void listsReadFromJsonAreUnmodifiableListsLikeAnyOther() throws Exception {
        List<String> strings = read("[\"a\",\"b\"]", new TypeReference<>() {});
        assertThat(strings).containsExactly("a", "b").isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
        assertThat(strings).hasToString("[a, b]");
        assertThatThrownBy(() -> strings.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> strings.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> strings.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> strings.get(2)).isInstanceOf(IndexOutOfBoundsException.class);

        List<List<Integer>> nested = read("[[1,2],[]]", new TypeReference<>() {});
        assertThat(nested).containsExactly(List.of(1, 2), List.of());
        assertThatThrownBy(() -> nested.get(1).add(3)).isInstanceOf(UnsupportedOperationException.class);

        String many = IntStream.range(0, 100).mapToObj(String::valueOf).toList().toString();
        List<Integer> hundred = read(many, new TypeReference<>() {});
        assertThat(hundred).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void modelsKeepAListReadFromJsonAndCopyAnyOther() throws Exception {
        List<Leaf> read = read("[{\"name\":\"a\"},{\"name\":\"b\"}]", new TypeReference<>() {});
        assertThat(ModelChecks.copyOf(read)).isSameAs(read);

        List<Leaf> own = new ArrayList<>(read);
        assertThat(ModelChecks.copyOf(own)).isNotSameAs(own).isEqualTo(read);

        List<Leaf> growing = ModelChecks.growable(read);
        growing.add(new Leaf("c"));
        assertThat(growing).extracting(Leaf::name).containsExactly("a", "b", "c");
        assertThat(read).hasSize(2);
    }

    @Test
    void knowsFromTheReadingWhetherEveryModelInItIsValid() throws Exception {
        List<Leaf> valid = read("[{\"name\":\"a\"},{\"name\":\"b\"}]", new TypeReference<>() {});
        List<Leaf> invalid = read("[{\"name\":\"a\"},{}]", new TypeReference<>() {});
        List<List<Leaf>> nestedInvalid = read("[[],[{}]]", new TypeReference<>() {});
        assertThat(ModelChecks.valid(valid)).isTrue();
        assertThat(ModelChecks.valid(invalid)).isFalse();
        assertThat(ModelChecks.valid(nestedInvalid)).isFalse();
        assertThat(ModelChecks.valid(read("[[\"x\"],[]]", new TypeReference<List<List<String>>>() {}))).isTrue();
    }

    @Test
    void modelsAnswerForTheirValidityWhileStringsAndEnumsPass() {
        ReadList<Object> list = new ReadList<>();
        list.add("text");
        list.add(Color.RED);
        list.add(Thread.State.NEW);
        list.add(new Checked(true));
        assertThat(list.allValid()).isTrue();
        list.add("more");
        list.add(new Checked(false));
        assertThat(list.seal().allValid()).isFalse();
        assertThat(ModelChecks.valid(list)).isFalse();

        assertThat(ModelChecks.valid(new Checked(true))).isTrue();
        assertThat(ModelChecks.valid(new Checked(false))).isFalse();
        assertThat(ModelChecks.valid(List.of("a", Color.RED, new Checked(false)))).isFalse();
        assertThat(ModelChecks.valid(Map.of("k", new Checked(true)))).isTrue();
    }

    @Test
    void mapsReadFromJsonAreUnmodifiableMapsInTheirOrder() throws Exception {
        Map<String, Integer> map = read("{\"z\":1,\"a\":2,\"m\":null}", new TypeReference<>() {});
        Map<String, Integer> same = new LinkedHashMap<>();
        same.put("z", 1);
        same.put("a", 2);
        same.put("m", null);
        assertThat(map).containsExactly(entry("z", 1), entry("a", 2), entry("m", null));
        assertThat(map).isEqualTo(same).hasSameHashCodeAs(same).hasToString("{z=1, a=2, m=null}");
        assertThat(map.get("a")).isEqualTo(2);
        assertThat(map.getOrDefault("x", 9)).isEqualTo(9);
        assertThat(map.containsKey("m")).isTrue();
        assertThatThrownBy(() -> map.put("x", 0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(5)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.replaceAll((key, value) -> 0)).isInstanceOf(UnsupportedOperationException.class);

        Map<String, List<Map<String, String>>> nested = read("{\"k\":[{\"a\":\"b\"}]}", new TypeReference<>() {});
        assertThatThrownBy(() -> nested.get("k").get(0).put("c", "d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void modelsKeepAMapReadFromJsonAndCopyAnyOther() throws Exception {
        Map<String, Leaf> read = read("{\"x\":{\"name\":\"a\"}}", new TypeReference<>() {});
        assertThat(ModelChecks.copyOf(read)).isSameAs(read);
        Map<String, Leaf> own = new LinkedHashMap<>(read);
        assertThat(ModelChecks.copyOf(own)).isNotSameAs(own).isEqualTo(read);
        assertThat(ModelChecks.valid(read)).isTrue();
        assertThat(ModelChecks.valid(read("{\"x\":{}}", new TypeReference<Map<String, Leaf>>() {}))).isFalse();
    }

    @Test
    void valuesDeclaredWithAConcreteTypeAreReadAsJacksonReadsThem() throws Exception {
        ArrayList<String> list = read("[\"a\"]", new TypeReference<>() {});
        list.add("b");
        assertThat(list).containsExactly("a", "b");
        HashMap<String, String> map = read("{\"a\":\"b\"}", new TypeReference<>() {});
        map.put("c", "d");
        assertThat(map).containsEntry("c", "d");
    }

    @Test
    void aValueOfAnotherClassIsCheckedAfterPlainOnes() {
        ReadList<Object> mixed = new ReadList<>();
        mixed.add("text");
        mixed.add("more text");
        assertThat(mixed.allValid()).isTrue();
        mixed.add(new Leaf(null));
        assertThat(mixed.seal().allValid()).isFalse();
        assertThat(mixed.sealed()).isTrue();
    }

    @Test
    void aNullElementFailsTheReadNamingWhere() {
        assertThatThrownBy(() -> mapper.readValue("{\"leaves\":[{\"name\":\"a\"},null]}", Holder.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("does not accept `null`")
                .hasMessageContaining("[\"leaves\"]")
                .hasMessageContaining("[1]");
        assertThatThrownBy(() -> new ReadList<String>().add(null)).isInstanceOf(NullPointerException.class);
    }
}
