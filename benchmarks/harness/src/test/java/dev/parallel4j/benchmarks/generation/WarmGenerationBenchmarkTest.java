package dev.parallel4j.benchmarks.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The warm programs' run times are read from their output, whatever else the generators log there. */
final class WarmGenerationBenchmarkTest {
    @Test
    void runTimesAreReadInOrderAmongOtherOutput() {
        String output = """
                SLF4J: Defaulting to no-operation (NOP) logger implementation
                run 1 1523.250
                [main] INFO o.o.codegen.DefaultGenerator - writing file Foo.java
                run 2 98.5
                run 3 97.125
                """;

        assertThat(WarmGenerationBenchmark.runTimes(output, 3)).containsExactly(1523.25, 98.5, 97.125);
    }

    @Test
    void aProgramThatStoppedEarlyIsAnError() {
        assertThatThrownBy(() -> WarmGenerationBenchmark.runTimes("run 1 12.0\nException in thread \"main\"", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reports 1 runs, not 2")
                .hasMessageContaining("Exception in thread");
    }
}
