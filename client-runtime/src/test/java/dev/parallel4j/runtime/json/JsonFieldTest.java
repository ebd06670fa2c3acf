package dev.parallel4j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests the three states of an optional property. */
final class JsonFieldTest {
    @Test
    void aStoredValueAndNullMarkGiveTheState() {
        assertThat(JsonField.of("x", false).state()).isEqualTo(JsonField.State.PRESENT);
        assertThat(JsonField.of(null, true).state()).isEqualTo(JsonField.State.NULL);
        assertThat(JsonField.of(null, false).state()).isEqualTo(JsonField.State.MISSING);
        assertThat(JsonField.of("x", true).value()).contains("x");
    }

    @Test
    void eachStateAnswersItsQuestionsAndPrints() {
        JsonField<String> present = JsonField.of("v");
        assertThat(present.isPresent()).isTrue();
        assertThat(present.isNull() || present.isMissing()).isFalse();
        assertThat(present).hasToString("v").isEqualTo(JsonField.of("v")).hasSameHashCodeAs(JsonField.of("v"));
        assertThat(JsonField.<String>ofNull().isNull()).isTrue();
        assertThat(JsonField.<String>ofNull().value()).isEmpty();
        assertThat(JsonField.<String>ofNull()).hasToString("null").isNotEqualTo(JsonField.missing());
        assertThat(JsonField.<String>missing().isMissing()).isTrue();
        assertThat(JsonField.<String>missing()).hasToString("(missing)");
        assertThatThrownBy(() -> JsonField.of((String) null)).isInstanceOf(NullPointerException.class);
    }
}
