package dev.parallel4j.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The goal's log lines, counted in good English. */
final class BuildMessagesTest {
    @Test
    void countsAreSingularForOneAndPluralOtherwise() {
        assertThat(BuildMessages.count(0, "type")).isEqualTo("0 types");
        assertThat(BuildMessages.count(1, "service")).isEqualTo("1 service");
        assertThat(BuildMessages.count(2, "service")).isEqualTo("2 services");
    }

    @Test
    void durationsReadAsMillisecondsBelowASecondAndSecondsAbove() {
        assertThat(BuildMessages.duration(Duration.ofMillis(840))).isEqualTo("840 ms");
        assertThat(BuildMessages.duration(Duration.ofMillis(2345))).isEqualTo("2.3 s");
    }

    @Test
    void upToDateNamesTheDocumentAndCountsTheOtherInputs() {
        assertThat(BuildMessages.upToDate(List.of(Path.of("a.yaml")), "a.yaml"))
                .isEqualTo("up to date: a.yaml unchanged since the last generation");
        assertThat(BuildMessages.upToDate(List.of(Path.of("a.yaml"), Path.of("b.yaml")), "a.yaml"))
                .isEqualTo("up to date: a.yaml and 1 other input file unchanged since the last generation");
        assertThat(BuildMessages.upToDate(List.of(Path.of("a.yaml"), Path.of("b.yaml"), Path.of("c.yaml")), "a.yaml"))
                .isEqualTo("up to date: a.yaml and 2 other input files unchanged since the last generation");
    }
}
