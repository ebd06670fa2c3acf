package dev.parallel4j.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallel4j.generator.testkit.Documents;
import dev.parallel4j.generator.testkit.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Smoke test of generality: public documents of real APIs the generator was not written for are translated,
 * emitted and compiled with {@code -Xlint:all -Xdoclint:all/protected -Werror}. The documents are not part of the
 * project; they are read from {@code ../shared/} next to the checkout and the test is skipped where that folder is
 * absent (a user's fresh clone).
 */
final class RealWorldDocumentsTest {
    private static final Path SHARED = Path.of("..", "..", "shared");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "reference/parallel/public-openapi.json",
        "reference/parallel/legacy-openapi.json",
        "specs/oai-v3.0-petstore-expanded.yaml",
        "specs/k8s-apiextensions.k8s.io-v1-openapi.json",
        "specs/openai-openapi.yaml",
        "specs/discord-openapi.json",
    })
    void aRealDocumentGivesAClientThatCompilesWithoutWarnings(String relative) {
        Path document = shared(relative);

        Map<String, String> sources = Documents.emit(Documents.translate(document), "com.example.realworld");
        JavaSources.Compilation compilation = JavaSources.compile(sources, dir);

        assertThat(compilation.success()).as("%s:%n%s", relative, compilation.diagnostics()).isTrue();
    }

    private static Path shared(String relative) {
        Path document = SHARED.resolve(relative);
        assumeTrue(Files.isRegularFile(document), () -> document + " is absent: the shared real-world documents are not "
                + "part of the project");
        return document;
    }
}
