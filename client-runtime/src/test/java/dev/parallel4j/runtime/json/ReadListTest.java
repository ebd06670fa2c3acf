package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ReadListTest {
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
