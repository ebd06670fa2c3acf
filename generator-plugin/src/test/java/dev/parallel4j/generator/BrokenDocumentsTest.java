package dev.parallel4j.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made broken inputs, one folder each under {@code src/test/resources/broken/}: every one must fail with a
 * {@link SpecException} (never another exception) that says which file, where in it (JSON pointer and line),
 * and what is wrong, and must leave the output directory untouched. A folder holds {@code api.yaml} or
 * {@code api.json} (or neither, when the document is what is missing), and {@code overlay.yaml} when an overlay
 * takes part; a case can name its overlays instead. {@link MutatedDocumentsTest} breaks real documents
 * mechanically.
 */
final class BrokenDocumentsTest {
    @TempDir
    Path out;

    static Stream<Arguments> brokenInputs() {
        return Stream.of(
                broken("malformed-json", "api.json", "", 11, "not well-formed JSON"),
                broken("malformed-yaml", "api.yaml", "", 11, "not well-formed YAML"),
                broken("empty-file", "api.yaml", "", 0, "the file is empty"),
                broken("swagger-2", "api.yaml", "/swagger", 1, "Swagger 2.0 documents are not supported"),
                broken("missing-version", "api.yaml", "/openapi", 0, "the 'openapi' version field is missing"),
                broken("unsupported-version", "api.yaml", "/openapi", 2, "OpenAPI version 4.0.0 is not supported"),
                broken("dangling-ref", "api.yaml", "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref", 12,
                        "$ref '#/components/schemas/Pet' points to nothing"),
                broken("ref-to-missing-file", "api.yaml", "/components/schemas/Owner/properties/pet/$ref", 10,
                        "the file does not exist"),
                broken("remote-ref", "api.yaml", "/components/schemas/Owner/properties/pet/$ref", 10,
                        "points to a remote document"),
                broken("dangling-pointer-in-other-file", "schemas.yaml", "/Owner/properties/pet/$ref", 5,
                        "$ref '#/Pets/Pet' points to nothing"),
                broken("malformed-referenced-file", "api.yaml", "/components/schemas/Owner/$ref", 6,
                        "schemas.yaml:3: not well-formed YAML"),
                broken("bad-percent-encoding", "api.yaml", "/components/schemas/Owner/$ref", 7, "is not a valid URI reference"),
                broken("path-parameter-not-in-path", "api.yaml", "/paths/~1pets~1{id}/get/parameters/1", 8,
                        "path parameter 'owner' does not appear in the path /pets/{id}"),
                broken("undeclared-path-template", "api.yaml", "/paths/~1pets~1{id}/get", 6,
                        "has a parameter {id} that no parameter declares"),
                broken("parameter-without-name", "api.yaml", "/paths/~1pets/get/parameters/0", 7,
                        "a parameter needs both 'name' and 'in'"),
                broken("parameter-without-in", "api.yaml", "/paths/~1pets/get/parameters/0", 7,
                        "a parameter needs both 'name' and 'in'"),
                broken("unknown-parameter-location", "api.yaml", "/paths/~1pets/post/parameters/0/in", 8,
                        "unknown parameter location 'body'"),
                broken("unknown-schema-type", "api.yaml", "/components/schemas/Pet/properties/name/type", 10,
                        "unknown schema type 'text'"),
                broken("multipart-body-not-an-object", "api.yaml", "/paths/~1pets/post/requestBody/content/multipart~1form-data/schema", 9,
                        "a multipart/form-data body must be an object schema"),
                broken("overlay-target-matches-nothing", "overlay.yaml", "/actions/1", 6,
                        "the target $.paths['/pets'].get selects nothing in the document"),
                broken("overlay-bad-jsonpath", "overlay.yaml", "/actions/0", 4, "is not valid JSONPath"),
                broken("overlay-without-version", "overlay.yaml", "", 0, "not an OpenAPI Overlay 1.x document"),
                broken("ref-cycle-through-required", "api.yaml", "/components/schemas/Owner/properties/pet", 18,
                        "required references go round in a cycle, Owner.pet -> Pet.owner -> Owner, so no finite JSON value is an "
                                + "Owner; make one of these properties optional or nullable"),
                broken("ref-cycle-through-allof", "api.yaml", "/components/schemas/Animal/properties/favourite", 11,
                        "required references go round in a cycle, Animal.favourite -> Dog (allOf) -> Animal,"),
                broken("ref-cycle-across-files", "schemas.yaml", "/Animal/properties/owner", 6,
                        "required references go round in a cycle, Animal.owner -> Person.pet -> Animal,"),
                broken("duplicate-operation-names", "api.yaml", "/paths/~1things~1latest/get", 12,
                        "in service Things, operations GET /things and GET /things/latest would both be named fetch; "
                                + "choose distinct names with x-parallel4j-name"),
                broken("missing-document", "api.yaml", "", 0, "the file does not exist"),
                broken("missing-overlay", List.of("absent-overlay.yaml"), "absent-overlay.yaml", "", 0, "the file does not exist"),
                broken("unsupported-schema-ref", "api.yaml", "/paths/~1pets/post/requestBody/content/application~1json/schema/$ref", 19,
                        "schema $ref '#/paths/~1pets/get/responses/200/content/application~1json/schema' is not supported: "
                                + "a schema reference must name a component"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void failsWithASpecExceptionNamingFilePointerAndLine(String name, List<String> overlayNames, String file, String pointer, int line,
            String problem) {
        Path folder = folder(name);
        Path document = Files.exists(folder.resolve("api.json")) ? folder.resolve("api.json") : folder.resolve("api.yaml");
        List<Path> overlays = overlayNames != null ? overlayNames.stream().map(folder::resolve).toList()
                : Files.exists(folder.resolve("overlay.yaml")) ? List.of(folder.resolve("overlay.yaml")) : List.of();
        Path output = out.resolve("generated");
        GenerationRequest request = new GenerationRequest(document, overlays, "com.example", null, output);

        Throwable thrown = catchThrowable(() -> Generator.generate(request));

        assertThat(thrown).isExactlyInstanceOf(SpecException.class);
        SpecException e = (SpecException) thrown;
        SourceLocation expected = new SourceLocation(folder.resolve(file), pointer, line);
        assertThat(e.location()).isEqualTo(expected);
        assertThat(e.getMessage()).startsWith(expected + ": ").doesNotContain("\n");
        assertThat(e.problem()).contains(problem);
        assertThat(output).doesNotExist();
    }

    /** A case whose overlay, if any, is the folder's {@code overlay.yaml}. */
    private static Arguments broken(String name, String file, String pointer, int line, String problem) {
        return broken(name, null, file, pointer, line, problem);
    }

    /** A case with the overlays it names. */
    private static Arguments broken(String name, List<String> overlays, String file, String pointer, int line, String problem) {
        return Arguments.of(name, overlays, file, pointer, line, problem);
    }

    private static Path folder(String name) {
        URL url = BrokenDocumentsTest.class.getResource("/broken/" + name);
        assertThat(url).as("test resource folder broken/%s", name).isNotNull();
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
