package dev.parallel4j.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bundling {@code $ref}s to other files into one document, and the errors for references that lead nowhere. */
final class RefBundlerTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void copiesAnExternalSchemaIntoComponentsUnderItsNameAndRewritesTheRef() throws IOException {
        write("pet.yaml", "Pet:\n  type: object\n  properties:\n    name: {type: string}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Owner:
                      properties:
                        pet: {$ref: 'pet.yaml#/Pet'}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/Owner/properties/pet/$ref").asText()).isEqualTo("#/components/schemas/Pet");
        assertThat(document.at("/components/schemas/Pet/properties/name/type").asText()).isEqualTo("string");
    }

    @Test
    void followsRefsIntoSubfoldersAndBackUpWithDotDot() throws IOException {
        write("schemas/pet.yaml", "Pet:\n  properties:\n    tag: {$ref: '../shared/tag.yaml#/Tag'}\n");
        write("shared/tag.yaml", "Tag: {type: string}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Owner:
                      properties:
                        pet: {$ref: './schemas/pet.yaml#/Pet'}
                """);

        RefBundler.Bundle bundle = RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/Pet/properties/tag/$ref").asText()).isEqualTo("#/components/schemas/Tag");
        assertThat(document.at("/components/schemas/Tag/type").asText()).isEqualTo("string");
        assertThat(bundle.files()).containsExactly(rootFile(), dir.resolve("schemas/pet.yaml"), dir.resolve("shared/tag.yaml"));
    }

    @Test
    void followsRefsLocalToAnExternalFileAndToAThirdFile() throws IOException {
        write("pet.yaml", """
                Pet:
                  properties:
                    owner: {$ref: '#/Owner'}
                    id: {$ref: 'common.yaml#/Id'}
                Owner:
                  properties:
                    name: {type: string}
                """);
        write("common.yaml", "Id: {type: string, format: uuid}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                paths: {}
                components:
                  schemas:
                    List: {type: array, items: {$ref: 'pet.yaml#/Pet'}}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/Pet/properties/owner/$ref").asText()).isEqualTo("#/components/schemas/Owner");
        assertThat(document.at("/components/schemas/Pet/properties/id/$ref").asText()).isEqualTo("#/components/schemas/Id");
        assertThat(document.at("/components/schemas/Owner/properties/name/type").asText()).isEqualTo("string");
        assertThat(document.at("/components/schemas/Id/format").asText()).isEqualTo("uuid");
    }

    @Test
    void bundlesATargetReferencedSeveralTimesOnce() throws IOException {
        write("pet.yaml", "Pet: {type: object}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    A: {$ref: 'pet.yaml#/Pet'}
                    B: {$ref: './pet.yaml#/Pet'}
                    C: {type: array, items: {$ref: 'pet.yaml#/Pet'}}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas")).hasSize(4);
        assertThat(document.at("/components/schemas/A/$ref").asText()).isEqualTo("#/components/schemas/Pet");
        assertThat(document.at("/components/schemas/B/$ref").asText()).isEqualTo("#/components/schemas/Pet");
        assertThat(document.at("/components/schemas/C/items/$ref").asText()).isEqualTo("#/components/schemas/Pet");
    }

    @Test
    void givesANameThatClashesWithAnExistingComponentANumericSuffix() throws IOException {
        write("other.yaml", "Pet: {type: string, description: other}\n");
        write("third.yaml", "components:\n  schemas:\n    Pet: {type: integer}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Pet: {type: object}
                    A: {$ref: 'other.yaml#/Pet'}
                    B: {$ref: 'third.yaml#/components/schemas/Pet'}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/A/$ref").asText()).isEqualTo("#/components/schemas/Pet2");
        assertThat(document.at("/components/schemas/B/$ref").asText()).isEqualTo("#/components/schemas/Pet3");
        assertThat(document.at("/components/schemas/Pet/type").asText()).isEqualTo("object");
        assertThat(document.at("/components/schemas/Pet2/description").asText()).isEqualTo("other");
        assertThat(document.at("/components/schemas/Pet3/type").asText()).isEqualTo("integer");
    }

    @Test
    void namesAWholeFileRefAfterTheFile() throws IOException {
        write("schemas/error.schema.yaml", "type: object\nproperties:\n  message: {type: string}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  responses:
                    Failed:
                      description: failed
                      content:
                        application/json:
                          schema: {$ref: schemas/error.schema.yaml}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/responses/Failed/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/error");
        assertThat(document.at("/components/schemas/error/properties/message/type").asText()).isEqualTo("string");
    }

    @Test
    void keepsTheComponentSectionOfTheTarget() throws IOException {
        write("common.yaml", "components:\n  parameters:\n    Limit: {name: limit, in: query, schema: {type: integer}}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                paths:
                  /pets:
                    get:
                      parameters:
                        - $ref: 'common.yaml#/components/parameters/Limit'
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/paths/~1pets/get/parameters/0/$ref").asText()).isEqualTo("#/components/parameters/Limit");
        assertThat(document.at("/components/parameters/Limit/name").asText()).isEqualTo("limit");
    }

    @Test
    void putsAValueInTheComponentsSectionForWhereItIsUsed() throws IOException {
        write("parameters/limit.yaml", "name: limit\nin: query\nschema: {type: integer}\n");
        write("responses/Problem.yaml", "description: failed\n");
        write("bodies.yaml", "NewPet: {content: {application/json: {schema: {type: object}}}}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                paths:
                  /pets:
                    post:
                      parameters:
                        - $ref: parameters/limit.yaml
                      requestBody: {$ref: 'bodies.yaml#/NewPet'}
                      responses:
                        '400': {$ref: responses/Problem.yaml}
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                properties:
                                  responses: {$ref: 'bodies.yaml#/NewPet/content/application~1json/schema'}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/paths/~1pets/post/parameters/0/$ref").asText()).isEqualTo("#/components/parameters/limit");
        assertThat(document.at("/components/parameters/limit/in").asText()).isEqualTo("query");
        assertThat(document.at("/paths/~1pets/post/requestBody/$ref").asText()).isEqualTo("#/components/requestBodies/NewPet");
        assertThat(document.at("/paths/~1pets/post/responses/400/$ref").asText()).isEqualTo("#/components/responses/Problem");
        assertThat(document.at("/components/responses/Problem/description").asText()).isEqualTo("failed");
        assertThat(document.at("/paths/~1pets/post/responses/200/content/application~1json/schema/properties/responses/$ref")
                .asText()).isEqualTo("#/components/schemas/schema");
    }

    @Test
    void namesDefsAndDefinitionsTargetsAfterTheirKey() throws IOException {
        write("defs.json", """
                {"$defs": {"Money": {"type": "number"}}, "definitions": {"Currency": {"type": "string"}}}""");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Price:
                      properties:
                        amount: {$ref: 'defs.json#/$defs/Money'}
                        currency: {$ref: 'defs.json#/definitions/Currency'}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/Price/properties/amount/$ref").asText())
                .isEqualTo("#/components/schemas/Money");
        assertThat(document.at("/components/schemas/Price/properties/currency/$ref").asText())
                .isEqualTo("#/components/schemas/Currency");
        assertThat(document.at("/components/schemas/Money/type").asText()).isEqualTo("number");
    }

    @Test
    void inlinesAPathItemFromAnotherFileAndFollowsItsRefsFromThere() throws IOException {
        write("paths/pets.yaml", """
                pets:
                  get:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '../schemas.yaml#/Pet'}
                """);
        write("schemas.yaml", "Pet: {type: object}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                paths:
                  /pets:
                    $ref: 'paths/pets.yaml#/pets'
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/paths/~1pets").has("$ref")).isFalse();
        assertThat(document.at("/paths/~1pets/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Pet");
        assertThat(document.at("/components/schemas/Pet/type").asText()).isEqualTo("object");
    }

    @Test
    void inlinesAPathItemReferencedInsideTheDocument() throws IOException {
        ObjectNode document = root("""
                openapi: 3.1.0
                paths:
                  /pets:
                    $ref: '#/components/pathItems/Pets'
                components:
                  pathItems:
                    Pets:
                      get:
                        operationId: listPets
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/paths/~1pets/get/operationId").asText()).isEqualTo("listPets");
        assertThat(document.at("/paths/~1pets").has("$ref")).isFalse();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesACycleOfPathItemRefs() throws IOException {
        write("a.yaml", "item:\n  $ref: 'b.yaml#/item'\n");
        write("b.yaml", "item:\n  $ref: 'a.yaml#/item'\n");
        ObjectNode document = root("openapi: 3.1.0\npaths:\n  /loop:\n    $ref: 'a.yaml#/item'\n");

        SpecException e = bundleFails(document);

        assertThat(e.problem()).contains("cycle of path item references");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void terminatesOnACycleOfSchemasAcrossFiles() throws IOException {
        write("a.yaml", "A:\n  properties:\n    b: {$ref: 'b.yaml#/B'}\n");
        write("b.yaml", "B:\n  properties:\n    a: {$ref: 'a.yaml#/A'}\n    self: {$ref: '#/B'}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Root: {$ref: 'a.yaml#/A'}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/A/properties/b/$ref").asText()).isEqualTo("#/components/schemas/B");
        assertThat(document.at("/components/schemas/B/properties/a/$ref").asText()).isEqualTo("#/components/schemas/A");
        assertThat(document.at("/components/schemas/B/properties/self/$ref").asText()).isEqualTo("#/components/schemas/B");
        assertThat(document.at("/components/schemas")).hasSize(3);
    }

    @Test
    void pointsARefFromAnotherFileBackIntoTheDocumentAtTheDocumentsOwnValue() throws IOException {
        write("owner.yaml", "Owner:\n  properties:\n    pet: {$ref: 'api.yaml#/components/schemas/Pet'}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Pet: {type: object}
                    Shop: {properties: {owner: {$ref: 'owner.yaml#/Owner'}}}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/Owner/properties/pet/$ref").asText()).isEqualTo("#/components/schemas/Pet");
        assertThat(document.at("/components/schemas").has("Pet2")).isFalse();
    }

    @Test
    void decodesPercentEncodedFragmentsAndFileNames() throws IOException {
        write("my types.yaml", "Café: {type: string}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Order: {properties: {drink: {$ref: 'my%20types.yaml#/Caf%C3%A9'}}}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/Order/properties/drink/$ref").asText())
                .isEqualTo("#/components/schemas/Café");
        assertThat(document.at("/components/schemas/Café/type").asText()).isEqualTo("string");
    }

    @Test
    void appliesStainlessOverridesInsideReferencedFiles() throws IOException {
        write("params.yaml", """
                Beta:
                  type: string
                  x-stainless-override-schema:
                    type: array
                    items: {type: string}
                    x-stainless-param: betas
                """);
        ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: 'params.yaml#/Beta'}\n");

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/components/schemas/Beta/type").asText()).isEqualTo("array");
        assertThat(document.at("/components/schemas/Beta/x-parallel4j-name").asText()).isEqualTo("betas");
    }

    @Test
    void followsRefsUnderNamesThatLookLikeExtensionsOrExamples() throws IOException {
        write("common.yaml", "RateLimit: {schema: {type: integer}}\nExample: {type: string}\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                paths:
                  /pets:
                    get:
                      responses:
                        '200':
                          description: ok
                          headers:
                            x-rate-limit: {$ref: 'common.yaml#/RateLimit'}
                components:
                  schemas:
                    example: {$ref: 'common.yaml#/Example'}
                    Pet:
                      example: {$ref: 'not a reference, just data'}
                      x-note: {$ref: 'not a reference either'}
                """);

        RefBundler.bundle(reader, rootFile(), document);

        assertThat(document.at("/paths/~1pets/get/responses/200/headers/x-rate-limit/$ref").asText())
                .isEqualTo("#/components/headers/RateLimit");
        assertThat(document.at("/components/schemas/example/$ref").asText()).isEqualTo("#/components/schemas/Example");
        assertThat(document.at("/components/schemas/Pet/example/$ref").asText()).isEqualTo("not a reference, just data");
    }

    @Test
    void reportsADanglingLocalRefWithTheFilePointerAndLineOfTheRef() throws IOException {
        ObjectNode document = root("""
                openapi: 3.1.0
                components:
                  schemas:
                    Pet:
                      properties:
                        owner: {$ref: '#/components/schemas/Owner'}
                """);

        SpecException e = bundleFails(document);

        assertThat(e.location()).isEqualTo(new SourceLocation(rootFile(), "/components/schemas/Pet/properties/owner/$ref", 6));
        assertThat(e.problem()).isEqualTo("$ref '#/components/schemas/Owner' points to nothing: "
                + "there is no /components/schemas/Owner in that document");
    }

    @Test
    void reportsADanglingPointerIntoAnotherFileAtTheRefInTheFileThatHoldsIt() throws IOException {
        write("pet.yaml", "Pet:\n  properties:\n    tag: {$ref: 'tag.yaml#/Tags/Tag'}\n");
        write("tag.yaml", "Tag: {type: string}\n");
        ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: 'pet.yaml#/Pet'}\n");

        SpecException e = bundleFails(document);

        assertThat(e.location()).isEqualTo(new SourceLocation(dir.resolve("pet.yaml"), "/Pet/properties/tag/$ref", 3));
        assertThat(e.problem()).contains("'tag.yaml#/Tags/Tag' points to nothing");
    }

    @Test
    void reportsARefToAMissingFile() throws IOException {
        ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: 'nowhere.yaml#/A'}\n");

        SpecException e = bundleFails(document);

        assertThat(e.location()).isEqualTo(new SourceLocation(rootFile(), "/components/schemas/A/$ref", 4));
        assertThat(e.problem()).contains("'nowhere.yaml#/A' cannot be followed")
                .contains(dir.resolve("nowhere.yaml") + ": the file does not exist");
    }

    @Test
    void reportsARefToAMalformedFile() throws IOException {
        write("broken.yaml", "A: [\n");
        ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: 'broken.yaml#/A'}\n");

        SpecException e = bundleFails(document);

        assertThat(e.location().pointer()).isEqualTo("/components/schemas/A/$ref");
        assertThat(e.problem()).contains("broken.yaml").contains("not well-formed YAML");
    }

    @Test
    void refusesRemoteRefs() throws IOException {
        for (String ref : new String[] {"https://example.com/pet.yaml#/Pet", "http://example.com/pet.yaml"}) {
            ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      $ref: '" + ref + "'\n");

            SpecException e = bundleFails(document);

            assertThat(e.location()).isEqualTo(new SourceLocation(rootFile(), "/components/schemas/A/$ref", 5));
            assertThat(e.problem()).isEqualTo("$ref '" + ref + "' points to a remote document; only local files are supported");
        }
    }

    @Test
    void reportsAMalformedPercentEncodingAsABadReference() throws IOException {
        ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/100%'}\n");

        SpecException e = bundleFails(document);

        assertThat(e.location().pointer()).isEqualTo("/components/schemas/A/$ref");
        assertThat(e.problem()).startsWith("$ref '#/components/schemas/100%' is not a valid URI reference");
    }

    @Test
    void reportsAFragmentThatIsNotAJsonPointer() throws IOException {
        ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: '#components/schemas/B'}\n");

        SpecException e = bundleFails(document);

        assertThat(e.problem()).startsWith("$ref '#components/schemas/B' is not a valid JSON pointer");
    }

    @Test
    void listsEveryFileReadDocumentFirst() throws IOException {
        write("a.yaml", "A: {properties: {b: {$ref: 'b.yaml#/B'}}}\n");
        write("b.yaml", "B: {type: string}\n");
        write("unused.yaml", "C: {type: string}\n");
        ObjectNode document = root("openapi: 3.1.0\ncomponents:\n  schemas:\n    R: {$ref: 'a.yaml#/A'}\n");

        RefBundler.Bundle bundle = RefBundler.bundle(reader, rootFile(), document);

        assertThat(bundle.files()).containsExactly(rootFile(), dir.resolve("a.yaml"), dir.resolve("b.yaml"));
    }

    @Test
    void provenanceLeadsFromTheBundledDocumentBackToWhereAValueWasWritten() throws IOException {
        write("schemas/pet.yaml", "Pet:\n  properties:\n    name: {type: string}\n");
        write("paths.yaml", "pets:\n  get:\n    operationId: list\n");
        ObjectNode document = root("""
                openapi: 3.1.0
                paths:
                  /pets: {$ref: 'paths.yaml#/pets'}
                components:
                  schemas:
                    Owner: {properties: {pet: {$ref: 'schemas/pet.yaml#/Pet'}}}
                    Pet-x: {type: string}
                """);

        Provenance provenance = RefBundler.bundle(reader, rootFile(), document).provenance();

        Path pet = dir.resolve("schemas/pet.yaml");
        assertThat(provenance.locate("/components/schemas/Pet/properties/name"))
                .isEqualTo(SourceLocation.of(pet, "/Pet/properties/name"));
        assertThat(provenance.locate("/components/schemas/Pet")).isEqualTo(SourceLocation.of(pet, "/Pet"));
        assertThat(provenance.locate("/paths/~1pets/get/operationId"))
                .isEqualTo(SourceLocation.of(dir.resolve("paths.yaml"), "/pets/get/operationId"));
        assertThat(provenance.locate("/components/schemas/Pet-x/type"))
                .isEqualTo(SourceLocation.of(rootFile(), "/components/schemas/Pet-x/type"));
        assertThat(provenance.locate("/components/schemas/Owner"))
                .isEqualTo(SourceLocation.of(rootFile(), "/components/schemas/Owner"));
        assertThat(provenance.rootFile()).isEqualTo(rootFile());
    }

    @Test
    void provenanceOfADocumentWithoutExternalRefsIsTheDocumentItself() {
        Provenance provenance = Provenance.of(rootFile());

        assertThat(provenance.locate("/paths/~1a")).isEqualTo(SourceLocation.of(rootFile(), "/paths/~1a"));
    }

    private SpecException bundleFails(ObjectNode document) {
        return assertThatExceptionOfType(SpecException.class)
                .isThrownBy(() -> RefBundler.bundle(reader, rootFile(), document)).actual();
    }

    private Path rootFile() {
        return dir.resolve("api.yaml");
    }

    private ObjectNode root(String yaml) throws IOException {
        write("api.yaml", yaml);
        return (ObjectNode) reader.read(rootFile());
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
