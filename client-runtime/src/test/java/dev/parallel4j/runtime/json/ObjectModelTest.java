package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

final class ObjectModelTest {
    /** The smallest generated-style model: no declared properties, only what every model shares. */
    @JsonModel
    private static final class Bare extends ObjectModel {
        private Bare(Builder builder) {
            super(builder);
        }

        @Override
        public Bare validate() {
            return this;
        }

        private static final class Builder extends ObjectModelBuilder<Builder> {
            private Builder() {}

            private Builder(Bare source) {
                super(source);
            }
        }
    }

    @Test
    void undeclaredPropertiesAreEmptyForNoneAndOtherwiseAnUnmodifiableCopyInOrder() {
        assertThat(new Bare(new Bare.Builder()).additionalProperties()).isEmpty();
        assertThatThrownBy(() -> new Bare(new Bare.Builder()).additionalProperties().put("x", JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);

        Bare.Builder builder = new Bare.Builder()
                .putAdditionalProperty("z", JsonValue.parse("1"))
                .putAdditionalProperty("a", JsonValue.parse("[true]"));
        Bare model = new Bare(builder);
        builder.putAdditionalProperty("later", JsonValue.NULL);
        assertThat(model.additionalProperties().keySet()).containsExactly("z", "a");
        assertThat(model.additionalProperties().get("a")).isEqualTo(JsonValue.parse("[true]"));
        assertThatThrownBy(() -> model.additionalProperties().put("x", JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderFromAModelCopiesItsExtrasOnlyWhenItAddsToThem() {
        Bare model = new Bare(new Bare.Builder().putAdditionalProperty("z", JsonValue.parse("1")));
        Bare.Builder copy = new Bare.Builder(model);
        copy.markNull("gone", true);
        Bare changed = new Bare(copy.putAdditionalProperty("a", JsonValue.parse("2")));

        assertThat(model.additionalProperties().keySet()).containsExactly("z");
        assertThat(changed.additionalProperties().keySet()).containsExactly("z", "a");
        assertThat(changed.isExplicitNull("gone")).isTrue();
        assertThat(model.isExplicitNull("gone")).isFalse();
        assertThat(new Bare(new Bare.Builder(model)).sameExtras(model)).isTrue();
        assertThat(changed.sameExtras(model)).isFalse();
    }

    @Test
    void jsonWritesTheUndeclaredPropertiesThenTheExplicitNulls() throws JsonProcessingException {
        Bare.Builder builder = new Bare.Builder().putAdditionalProperty("z", JsonValue.parse("1"));
        builder.markNull("b", true);
        builder.markNull("a", true);
        builder.markNull("b", true);

        assertThat(Json.newMapper().writeValueAsString(new Bare(builder))).isEqualTo("{\"z\":1,\"b\":null,\"a\":null}");
        builder.markNull("b", false);
        assertThat(Json.newMapper().writeValueAsString(new Bare(builder))).isEqualTo("{\"z\":1,\"a\":null}");
    }
}
