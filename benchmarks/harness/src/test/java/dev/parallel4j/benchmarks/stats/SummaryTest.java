package dev.parallel4j.benchmarks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void theMedianOfAnOddCountIsTheMiddleSample() {
        assertThat(Summary.of(List.of(9.0, 1.0, 5.0, 100.0, 2.0))).isEqualTo(new Summary(5.0, 1.0, 100.0, 5));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Summary.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }

    @Test
    void formatsMedianAndRange() {
        assertThat(Summary.of(List.of(1.0, 2.0, 4.0)).format(1)).isEqualTo("2.0 (1.0–4.0)");
        assertThat(Summary.of(List.of(1024.0, 2048.0)).dividedBy(1024).format(2)).isEqualTo("1.50 (1.00–2.00)");
    }

    @Test
    void needsSamples() {
        assertThatThrownBy(() -> Summary.of(List.of())).isInstanceOf(IllegalArgumentException.class).hasMessage("no samples");
    }

    @Test
    void tablesAreMarkdown() {
        String table = new MarkdownTable("a", "b").row("1", MarkdownTable.ratio(12.345)).toString();

        assertThat(table).isEqualTo("| a | b |\n| --- | --- |\n| 1 | 12.35× |\n");
        assertThatThrownBy(() -> new MarkdownTable("a", "b").row("1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row needs 2 cells, got 1");
    }
}
