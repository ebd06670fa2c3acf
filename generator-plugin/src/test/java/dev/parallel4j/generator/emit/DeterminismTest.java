package dev.parallel4j.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.testkit.Documents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The same document always gives the same model and byte-for-byte the same files, in the same order. */
final class DeterminismTest {
    static final List<EmitCase> CASES = Stream.concat(EmitCase.GOLDEN.stream(), EmitCase.COMPILED_ONLY.stream()).toList();

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void translatingAndEmittingTwiceGivesIdenticalOutput(EmitCase document) {
        ApiModel first = Documents.translate(document.document(), document.overlays().toArray(Path[]::new));
        ApiModel second = Documents.translate(document.document(), document.overlays().toArray(Path[]::new));
        assertThat(second).isEqualTo(first);

        Map<String, String> firstFiles = Documents.emit(first, "com.example");
        Map<String, String> secondFiles = Documents.emit(second, "com.example");
        assertThat(new ArrayList<>(secondFiles.keySet())).isEqualTo(new ArrayList<>(firstFiles.keySet()));
        assertThat(secondFiles).isEqualTo(firstFiles);
    }
}
