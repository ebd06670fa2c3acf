package dev.parallel4j.benchmarks.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor plugin reads a document with either reader as far as a generator must, and refuses what it cannot. */
final class ReadMojoTest {
    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
             "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}},
                       "/b": {"get": {"responses": {"200": {"description": "ok"}}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void bothReadersSeeTheDocumentsPaths() throws Exception {
        File document = write(DOCUMENT);

        assertThat(ReadMojo.paths(document, "jackson")).isEqualTo(2);
        assertThat(ReadMojo.paths(document, "swagger-parser")).isEqualTo(2);
    }

    @Test
    void anUnknownReaderIsNamed() throws Exception {
        File document = write(DOCUMENT);

        assertThatThrownBy(() -> ReadMojo.paths(document, "gson"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'gson'");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() throws Exception {
        File document = write("[1, 2]");

        assertThatThrownBy(() -> ReadMojo.paths(document, "jackson"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("is not a JSON object");
    }

    @Test
    void aDocumentSwaggerParserCannotReadIsRefused() throws Exception {
        File document = write("{\"info\": {}}");

        assertThatThrownBy(() -> ReadMojo.paths(document, "swagger-parser"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("swagger-parser could not read");
    }

    private File write(String text) throws IOException {
        Path file = dir.resolve("document.json");
        Files.writeString(file, text);
        return file.toFile();
    }
}
