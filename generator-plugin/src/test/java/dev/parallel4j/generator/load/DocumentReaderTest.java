package dev.parallel4j.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallel4j.generator.Digests;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading JSON and YAML files into trees, the errors for unreadable ones, and finding the line of a pointer. */
final class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void readsJsonRecognisedByItsContentWhateverTheExtension() throws IOException {
        Path file = write("api.yaml", "{\"openapi\": \"3.1.0\", \"tags\": [\"a\"]}");

        JsonNode tree = reader.read(file);

        assertThat(tree.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(tree.path("tags").get(0).asText()).isEqualTo("a");
    }

    @Test
    void readsYamlRecognisedByItsContentWhateverTheExtension() throws IOException {
        Path file = write("api.json", "openapi: 3.0.3\ninfo:\n  title: Pets\ntags: [a, b]\n");

        JsonNode tree = reader.read(file);

        assertThat(tree.path("info").path("title").asText()).isEqualTo("Pets");
        assertThat(tree.path("tags")).hasSize(2);
    }

    @Test
    void readsJsonAfterAByteOrderMark() throws IOException {
        Path file = write("api.json", "\uFEFF{\"openapi\": \"3.0.0\"}");

        assertThat(reader.read(file).path("openapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void readsYamlAfterAByteOrderMark() throws IOException {
        Path file = write("api.yaml", "\uFEFFopenapi: 3.0.0\n");

        assertThat(reader.read(file).path("openapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void reportsAJsonSyntaxErrorWithItsLine() throws IOException {
        Path file = write("api.json", "{\n  \"openapi\": \"3.0.0\",\n  \"info\" {}\n}\n");

        SpecException e = readFails(file);

        assertThat(e.location()).isEqualTo(new SourceLocation(file, "", 3));
        assertThat(e.getMessage()).startsWith(file + ":3: not well-formed JSON");
    }

    @Test
    void reportsContentAfterTheJsonValueAsASyntaxError() throws IOException {
        Path file = write("api.json", "{\n  \"openapi\": \"3.0.0\"\n}\n}\n");

        SpecException e = readFails(file);

        assertThat(e.location().line()).isEqualTo(4);
        assertThat(e.problem()).startsWith("not well-formed JSON");
    }

    static Stream<Arguments> yamlSyntaxErrors() {
        return Stream.of(
                Arguments.of("openapi: 3.0.0\ninfo:\n  title: x\n    version: 1\n", 4, "mapping values are not allowed here"),
                // SnakeYAML explains this one over several lines with an excerpt: the sentences stay, on one line
                Arguments.of("openapi: 3.0.0\ninfo:\n    title: x\n    version: 1\n   description: y\n", 5,
                        "while parsing a block mapping, expected <block end>, but found '<block mapping start>'"));
    }

    @ParameterizedTest
    @MethodSource("yamlSyntaxErrors")
    void reportsAYamlSyntaxErrorWithItsLineInOneLine(String yaml, int line, String problem) throws IOException {
        Path file = write("api.yaml", yaml);

        SpecException e = readFails(file);

        assertThat(e.location()).isEqualTo(new SourceLocation(file, "", line));
        assertThat(e.problem()).isEqualTo("not well-formed YAML: " + problem);
    }

    @Test
    void reportsAnUnclosedYamlFlowSequenceAtTheLineWhereItIsDetected() throws IOException {
        Path file = write("api.yaml", "openapi: 3.0.0\ntags: [a, b\ninfo: {}\n");

        SpecException e = readFails(file);

        assertThat(e.location().line()).isEqualTo(3);
    }

    @Test
    void reportsAMissingFile() {
        Path file = dir.resolve("nope.yaml");

        SpecException e = readFails(file);

        assertThat(e.location()).isEqualTo(SourceLocation.of(file));
        assertThat(e.getMessage()).isEqualTo(file + ": the file does not exist");
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        Path file = write("api.yaml", "");

        assertThat(readFails(file).problem()).isEqualTo("the file is empty");
    }

    @Test
    void reportsAFileOfOnlyBlanksAndCommentsAsEmpty() throws IOException {
        Path file = write("api.yaml", "\n# nothing yet\n   \n");

        assertThat(readFails(file).problem()).isEqualTo("the file is empty");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("api.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, 't', 'e', '\n'}); // "été" in Latin-1

        SpecException e = readFails(file);

        assertThat(e.location()).isEqualTo(SourceLocation.of(file));
        assertThat(e.problem()).isEqualTo("the file is not valid UTF-8");
    }

    @Test
    void readsAYamlDocumentLargerThanSnakeYamlsDefaultLimitOfThreeMegabytes() throws IOException {
        StringBuilder yaml = new StringBuilder("openapi: 3.1.0\ncomponents:\n  schemas:\n");
        int count = 0;
        while (yaml.length() < 3_500_000) {
            yaml.append("    Schema").append(count++).append(":\n      type: object\n      description: ")
                    .append("a reasonably long description to make the document grow quickly").append('\n');
        }
        Path file = write("big.yaml", yaml.toString());
        assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);

        JsonNode tree = reader.read(file);

        assertThat(tree.path("components").path("schemas")).hasSize(count);
        assertThat(tree.at("/components/schemas/Schema" + (count - 1) + "/type").asText()).isEqualTo("object");
    }

    @Test
    void expandsYamlAliasesInsteadOfReadingThemAsStrings() throws IOException {
        Path file = write("api.yaml", """
                x-error: &error
                  type: object
                  properties:
                    message: {type: string}
                x-name: &name Pet
                a: *error
                b: *name
                """);

        JsonNode tree = reader.read(file);

        assertThat(tree.get("a")).isEqualTo(tree.get("x-error"));
        assertThat(tree.path("a").path("type").asText()).isEqualTo("object");
        assertThat(tree.path("b").asText()).isEqualTo("Pet");
    }

    @Test
    void appliesYamlMergeKeys() throws IOException {
        Path file = write("api.yaml", """
                base: &base
                  type: object
                  description: base
                child:
                  <<: *base
                  description: child
                """);

        JsonNode tree = reader.read(file);

        assertThat(tree.path("child").path("type").asText()).isEqualTo("object");
        assertThat(tree.path("child").path("description").asText()).isEqualTo("child");
        assertThat(tree.path("child").has("<<")).isFalse();
    }

    @Test
    void reportsAYamlAliasToAnUnknownAnchor() throws IOException {
        Path file = write("api.yaml", "openapi: 3.0.0\ninfo: *nowhere\n");

        SpecException e = readFails(file);

        assertThat(e.location().file()).isEqualTo(file);
        assertThat(e.problem()).isEqualTo("not well-formed YAML: invalid alias nowhere");
    }

    @Test
    void findsTheLineOfObjectMembersAndArrayElementsInYaml() throws IOException {
        Path file = write("api.yaml", """
                openapi: 3.0.0
                info:
                  title: Pets
                tags:
                  - name: a
                  - name: b
                    description: second
                """);

        assertThat(reader.lineOf(file, "/openapi")).isEqualTo(1);
        assertThat(reader.lineOf(file, "/info")).isEqualTo(3);
        assertThat(reader.lineOf(file, "/info/title")).isEqualTo(3);
        assertThat(reader.lineOf(file, "/tags/0")).isEqualTo(5);
        assertThat(reader.lineOf(file, "/tags/1/name")).isEqualTo(6);
        assertThat(reader.lineOf(file, "/tags/1/description")).isEqualTo(7);
    }

    @Test
    void findsTheLineOfObjectMembersAndArrayElementsInJson() throws IOException {
        Path file = write("api.json", """
                {
                  "openapi": "3.0.0",
                  "info": {
                    "title": "Pets"
                  },
                  "tags": [
                    {"name": "a"},
                    {
                      "name": "b"
                    }
                  ]
                }
                """);

        assertThat(reader.lineOf(file, "/openapi")).isEqualTo(2);
        assertThat(reader.lineOf(file, "/info")).isEqualTo(3);
        assertThat(reader.lineOf(file, "/info/title")).isEqualTo(4);
        assertThat(reader.lineOf(file, "/tags")).isEqualTo(6);
        assertThat(reader.lineOf(file, "/tags/0")).isEqualTo(7);
        assertThat(reader.lineOf(file, "/tags/1")).isEqualTo(8);
        assertThat(reader.lineOf(file, "/tags/1/name")).isEqualTo(9);
    }

    @Test
    void findsTheLineOfAPointerWithEscapedSegments() throws IOException {
        Path file = write("api.yaml", """
                openapi: 3.0.0
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                  /a~b:
                    get:
                      operationId: tilde
                """);

        assertThat(reader.lineOf(file, "/paths/~1pets~1{id}/get")).isEqualTo(5);
        assertThat(reader.lineOf(file, "/paths/~1a~0b/get/operationId")).isEqualTo(8);
    }

    @Test
    void findsTheLineOfAPointerInAJsonFileWithAByteOrderMark() throws IOException {
        Path file = write("api.json", "\uFEFF{\n  \"openapi\": \"3.0.0\"\n}\n");

        assertThat(reader.lineOf(file, "/openapi")).isEqualTo(2);
    }

    @Test
    void findsNoLineForTheWholeFileAMissingPointerOrAnUnreadableFile() throws IOException {
        Path file = write("api.yaml", "openapi: 3.0.0\n");

        assertThat(reader.lineOf(file, "")).isZero();
        assertThat(reader.lineOf(file, "/info")).isZero();
        assertThat(reader.lineOf(dir.resolve("missing.yaml"), "/openapi")).isZero();
        assertThat(reader.lineOf(write("bad.yaml", "a: [\nb: 1\n"), "/b")).isZero();
    }

    private SpecException readFails(Path file) {
        return assertThatExceptionOfType(SpecException.class).isThrownBy(() -> reader.read(file)).actual();
    }

    @Test
    void remembersTheDigestOfTheBytesItReadFirstButNotOfFilesOnlySearchedForLines() throws IOException {
        Path file = write("api.yaml", "openapi: 3.1.0\n");
        Path other = write("other.yaml", "a: 1\n");
        reader.read(file);
        Files.writeString(file, "openapi: 3.0.3\n");
        reader.read(file);
        reader.lineOf(other, "/a");

        assertThat(reader.digests()).containsExactly(entry(file, Digests.sha256("openapi: 3.1.0\n".getBytes(StandardCharsets.UTF_8))));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
