package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallel4j.runtime.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

    @Test
    void openEnumsUseTheirWireText() {
        assertThat(ParameterValues.format(TestEnums.Beta.SEARCH)).isEqualTo("search-extract-2025-10-10");
        assertThat(ParameterValues.format(TestEnums.Beta.of("future-beta"))).isEqualTo("future-beta");
    }

    @Test
    void doublesLoseANeedlessFraction() {
        assertThat(ParameterValues.format(30.0)).isEqualTo("30");
        assertThat(ParameterValues.format(2.5)).isEqualTo("2.5");
        assertThat(ParameterValues.format(0.0)).isEqualTo("0");
        assertThat(ParameterValues.format(-1.25)).isEqualTo("-1.25");
        assertThat(ParameterValues.format(1e20)).isEqualTo("100000000000000000000");
        assertThat(ParameterValues.format(1e-7)).isEqualTo("0.0000001");
        assertThat(ParameterValues.format(0.1f)).isEqualTo("0.1");
        assertThat(ParameterValues.format(600f)).isEqualTo("600");
    }

    @Test
    void nonFiniteDoublesAreRejected() {
        assertThatThrownBy(() -> ParameterValues.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ParameterValues.format(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParameterValues.format(Float.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherValuesUseToString() {
        assertThat(ParameterValues.format(42)).isEqualTo("42");
        assertThat(ParameterValues.format(42L)).isEqualTo("42");
        assertThat(ParameterValues.format(true)).isEqualTo("true");
        assertThat(ParameterValues.format("a b")).isEqualTo("a b");
        assertThat(ParameterValues.format(new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(ParameterValues.format(LocalDate.of(2025, 1, 2))).isEqualTo("2025-01-02");
        assertThat(ParameterValues.format(JsonValue.of("s"))).isEqualTo("\"s\"");
    }

    @Test
    void simpleJoinsListsWithCommas() {
        assertThat(ParameterValues.simple(List.of("a", "b", "c"))).isEqualTo("a,b,c");
        assertThat(ParameterValues.simple(List.of(TestEnums.Beta.SEARCH, TestEnums.Beta.of("x"), 1.0)))
                .isEqualTo("search-extract-2025-10-10,x,1");
        assertThat(ParameterValues.simple(List.of("only"))).isEqualTo("only");
        assertThat(ParameterValues.simple(7.50)).isEqualTo("7.5");
    }

    @Test
    void simpleLeavesOutNullAndEmptyLists() {
        assertThat(ParameterValues.simple(null)).isNull();
        assertThat(ParameterValues.simple(List.of())).isNull();
        assertThat(ParameterValues.simple("")).isEmpty();
    }

    @Test
    void extendDefaultPutsDefaultsFirstAndDropsDuplicates() {
        assertThat(ParameterValues.extendDefault(List.of("d1", "d2"), List.of("u1", "d2", "u2", "u1")))
                .containsExactly("d1", "d2", "u1", "u2");
        assertThat(ParameterValues.extendDefault(List.of("d1"), null)).containsExactly("d1");
        assertThat(ParameterValues.extendDefault(List.of(), List.of("u1"))).containsExactly("u1");
        // open enum values compare by their wire text, so an unknown value equal to a default is dropped
        assertThat(ParameterValues.extendDefault(List.of(TestEnums.Beta.SEARCH),
                List.of(TestEnums.Beta.of("search-extract-2025-10-10"), TestEnums.Beta.of("new"))))
                .containsExactly(TestEnums.Beta.SEARCH, TestEnums.Beta.of("new"));
    }

    @Test
    void extendDefaultReturnsANewMutableList() {
        List<String> defaults = new ArrayList<>(List.of("d"));
        List<String> merged = ParameterValues.extendDefault(defaults, List.of("u"));
        merged.add("x");
        assertThat(defaults).containsExactly("d");
    }

    @Test
    void aServerWaitIsTheWaitPlusAMargin() {
        assertThat(ParameterValues.serverWait(600L)).isEqualTo(Duration.ofSeconds(630));
        assertThat(ParameterValues.serverWait(2.5)).isEqualTo(Duration.ofMillis(32_500));
        assertThat(ParameterValues.serverWait(-1)).isEqualTo(Duration.ofSeconds(30));
    }
}
