package dev.parallel4j.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.testkit.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The emitted sources of every test document compile against the runtime with
 * {@code -Xlint:all -Xdoclint:all/protected -Werror}, as in the generated client's build: any warning fails,
 * a gap in the Javadoc of the public API included.
 */
final class CompilationTest {
    static final List<EmitCase> CASES = Stream.concat(EmitCase.GOLDEN.stream(), EmitCase.COMPILED_ONLY.stream()).toList();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void emittedSourcesCompileWithoutWarnings(EmitCase document) {
        Map<String, String> sources = document.emit(document.packageUnder("compiled"));

        JavaSources.Compilation compilation = JavaSources.compile(sources, dir);

        assertThat(compilation.success()).as("javac %s:%n%s", JavaSources.OPTIONS, compilation.diagnostics()).isTrue();
        assertThat(compilation.diagnostics()).isEmpty();
    }
}
