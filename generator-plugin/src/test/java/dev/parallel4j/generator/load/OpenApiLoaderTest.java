package dev.parallel4j.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a document end to end: version check, overlays, overrides, bundling, parsing and locating. */
final class OpenApiLoaderTest {
    private static final String PETS_30 = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  parameters:
                    - {name: limit, in: query, schema: {type: integer}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
            components:
              schemas:
                Pet:
                  type: object
                  nullable: true
                  properties:
                    name: {type: string}
            """;

    private final OpenApiLoader loader = new OpenApiLoader();

    @TempDir
    Path dir;

    @Test
    void loadsAnOpenApi30Document() throws IOException {
        Path file = write("api.yaml", PETS_30);

        LoadedSpec spec = loader.load(file, List.of());

        assertThat(spec.api().getOpenapi()).isEqualTo("3.0.3");
        assertThat(spec.api().getPaths().get("/pets").getGet().getParameters())
                .extracting(Parameter::getName).containsExactly("limit");
        assertThat(spec.api().getComponents().getSchemas().get("Pet").getNullable()).isTrue();
        assertThat(spec.files()).containsExactly(file);
    }

    @Test
    void loadsAnOpenApi31DocumentInJson() throws IOException {
        Path file = write("api.json", """
                {"openapi": "3.1.0", "info": {"title": "Pets", "version": "1"}, "paths": {},
                 "components": {"schemas": {"Name": {"type": ["string", "null"]}}}}""");

        LoadedSpec spec = loader.load(file, List.of());

        assertThat(spec.api().getOpenapi()).isEqualTo("3.1.0");
        Schema<?> name = spec.api().getComponents().getSchemas().get("Name");
        assertThat(name.getTypes()).containsExactlyInAnyOrder("string", "null");
    }

    @Test
    void refusesASwagger20DocumentAtItsVersionField() throws IOException {
        Path file = write("api.yaml", "info: {title: x, version: '1'}\nswagger: '2.0'\npaths: {}\n");

        SpecException e = loadFails(file);

        assertThat(e.location()).isEqualTo(new SourceLocation(file, "/swagger", 2));
        assertThat(e.problem()).isEqualTo("Swagger 2.0 documents are not supported; convert it to OpenAPI 3 first");
    }

    @Test
    void refusesADocumentWithoutAnOpenapiField() throws IOException {
        Path file = write("api.yaml", "info: {title: x, version: '1'}\npaths: {}\n");

        SpecException e = loadFails(file);

        assertThat(e.location()).isEqualTo(SourceLocation.of(file, "/openapi"));
        assertThat(e.problem()).isEqualTo("the 'openapi' version field is missing");
    }

    @Test
    void refusesAnOpenApi4Document() throws IOException {
        Path file = write("api.yaml", "info: {title: x, version: '1'}\nopenapi: 4.0.0\npaths: {}\n");

        SpecException e = loadFails(file);

        assertThat(e.location()).isEqualTo(new SourceLocation(file, "/openapi", 2));
        assertThat(e.problem()).isEqualTo("OpenAPI version 4.0.0 is not supported (3.0 and 3.1 are)");
    }

    @Test
    void refusesADocumentThatIsNotAnObject() throws IOException {
        Path file = write("api.yaml", "- openapi: 3.0.0\n");

        SpecException e = loadFails(file);

        assertThat(e.location()).isEqualTo(SourceLocation.of(file));
        assertThat(e.problem()).isEqualTo("an OpenAPI document must be a JSON/YAML object");
    }

    @Test
    void appliesOverlaysBeforeOverridesAndListsThemAmongTheFilesRead() throws IOException {
        Path file = write("api.yaml", """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths:
                  /pets:
                    get:
                      parameters:
                        - name: beta
                          in: header
                          schema:
                            type: string
                            x-stainless-override-schema: {type: array, items: {type: string}}
                      responses:
                        '200': {$ref: 'responses.yaml#/Ok'}
                """);
        Path responses = write("responses.yaml", "Ok: {description: ok}\n");
        Path overlay = write("overlay.yaml", """
                overlay: 1.0.0
                info: {title: defaults, version: '1'}
                actions:
                  - target: "$.paths['/pets'].get.parameters[0].schema['x-stainless-override-schema']"
                    update: {default: [findall]}
                """);

        LoadedSpec spec = loader.load(file, List.of(overlay));

        Schema<?> schema = spec.api().getPaths().get("/pets").getGet().getParameters().get(0).getSchema();
        assertThat(schema.getType()).isEqualTo("array");
        assertThat(schema.getDefault()).hasToString("[\"findall\"]");
        assertThat(spec.files()).containsExactly(file, responses, overlay);
    }

    @Test
    void locatesAPointerOfTheDocumentWithItsLine() throws IOException {
        Path file = write("api.yaml", PETS_30);

        LoadedSpec spec = loader.load(file, List.of());

        assertThat(spec.locate("/paths/~1pets/get/parameters/0"))
                .isEqualTo(new SourceLocation(file, "/paths/~1pets/get/parameters/0", 7));
        assertThat(spec.locate("/components/schemas/Pet/properties/name"))
                .isEqualTo(new SourceLocation(file, "/components/schemas/Pet/properties/name", 20));
    }

    @Test
    void locatesAPointerOfABundledValueInTheFileItCameFrom() throws IOException {
        Path file = write("api.yaml", """
                openapi: 3.1.0
                info: {title: Pets, version: '1'}
                paths: {}
                components:
                  schemas:
                    Owner: {properties: {pet: {$ref: 'schemas/pet.yaml#/Pet'}}}
                """);
        Path pet = write("schemas/pet.yaml", "# Pets\nPet:\n  type: object\n  properties:\n    name:\n      type: string\n");

        LoadedSpec spec = loader.load(file, List.of());

        assertThat(spec.locate("/components/schemas/Pet/properties/name/type"))
                .isEqualTo(new SourceLocation(pet, "/Pet/properties/name/type", 6));
    }

    @Test
    void refusesAParameterWithoutInWhichSwaggerParserWouldDropSilently() throws IOException {
        Path file = write("api.yaml", """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths:
                  /pets:
                    get:
                      parameters:
                        - name: limit
                          schema: {type: integer}
                      responses: {'200': {description: ok}}
                """);

        SpecException e = loadFails(file);

        assertThat(e.location()).isEqualTo(new SourceLocation(file, "/paths/~1pets/get/parameters/0", 7));
        assertThat(e.problem()).isEqualTo("a parameter needs both 'name' and 'in'");
    }

    @Test
    void refusesAnUnknownParameterLocationInAReferencedFileWhereItIsWritten() throws IOException {
        Path file = write("api.yaml", """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths:
                  /pets: {$ref: 'paths.yaml#/pets'}
                """);
        Path paths = write("paths.yaml", """
                pets:
                  post:
                    parameters:
                      - name: pet
                        in: body
                    responses: {'200': {description: ok}}
                """);

        SpecException e = loadFails(file);

        assertThat(e.location()).isEqualTo(new SourceLocation(paths, "/pets/post/parameters/0/in", 5));
        assertThat(e.problem()).startsWith("unknown parameter location 'body'");
    }

    @Test
    void refusesAComponentParameterWithoutAName() throws IOException {
        Path file = write("api.yaml", """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths: {}
                components:
                  parameters:
                    Limit: {in: query, schema: {type: integer}}
                """);

        SpecException e = loadFails(file);

        assertThat(e.location()).isEqualTo(new SourceLocation(file, "/components/parameters/Limit", 6));
    }

    @Test
    void reportsWhatSwaggerParserFindsQuestionableAsWarnings() throws IOException {
        Path file = write("api.yaml", "openapi: 3.0.3\npaths: {}\n");

        LoadedSpec spec = loader.load(file, List.of());

        assertThat(spec.warnings()).anySatisfy(warning -> assertThat(warning).contains("info"));
    }

    private SpecException loadFails(Path file) {
        return assertThatExceptionOfType(SpecException.class).isThrownBy(() -> loader.load(file, List.of())).actual();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
