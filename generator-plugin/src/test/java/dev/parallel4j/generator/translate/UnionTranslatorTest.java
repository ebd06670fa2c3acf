package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.name;
import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.object;
import static dev.parallel4j.generator.testkit.Ir.property;
import static dev.parallel4j.generator.testkit.Ir.scalar;
import static dev.parallel4j.generator.testkit.Ir.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.generator.SpecException;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.UnionDef.JsonKind;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import dev.parallel4j.generator.testkit.Documents;
import dev.parallel4j.generator.testkit.Ir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code oneOf}/{@code anyOf} become ({@code translate/unions.yaml}). */
final class UnionTranslatorTest {
    private static final ApiModel UNIONS = Documents.translate("translate/unions.yaml");

    @TempDir
    Path dir;

    @Test
    void aDiscriminatedUnionMapsExplicitValuesThenConstValuesToItsModels() {
        UnionDef event = union(UNIONS, "Event");
        assertThat(event.discriminator()).isEqualTo("type");
        assertThat(event.mapping()).containsExactly(
                entry("run.status", name("StatusEvent")),
                entry("run.heartbeat", name("StatusEvent")),
                entry("error", name("ErrorEvent")),
                entry("progress", name("ProgressEvent")));
        assertThat(event.docs().description()).isEqualTo("Something that happened to a run.");
    }

    @Test
    void anImplicitMappingUsesTheSchemaNameInTheDocumentNotTheJavaName() {
        assertThat(union(UNIONS, "Failure").mapping()).containsExactly(
                entry("Error", name("ErrorObject")),
                entry("Timeout", name("Timeout")));
    }

    @Test
    void variantLabelsDropTheWordsAllModelVariantsShare() {
        assertThat(union(UNIONS, "Event").variants()).extracting(Variant::label, Variant::type)
                .containsExactly(
                        tuple("Status", named("StatusEvent")),
                        tuple("Error", named("ErrorEvent")),
                        tuple("Progress", named("ProgressEvent")));
    }

    @Test
    void modelVariantsCarryWhatStructuralMatchingNeeds() {
        Variant error = union(UNIONS, "Event").variants().get(1);
        assertThat(error.kind()).isEqualTo(JsonKind.OBJECT);
        assertThat(error.isWrapped()).isFalse();
        assertThat(error.required()).containsExactly("error", "type");
        assertThat(error.properties()).containsExactly("error", "type");
        assertThat(error.constants()).containsExactly(entry("type", "error"));
    }

    @Test
    void scalarsListsAndMapsAreWrappedAndLabelledByTheirType() {
        assertThat(union(UNIONS, "Scalar").variants())
                .extracting(Variant::label, Variant::wrapper, Variant::kind, Variant::type)
                .containsExactly(
                        tuple("String", "OfString", JsonKind.STRING, scalar(ScalarKind.STRING)),
                        tuple("Long", "OfLong", JsonKind.INTEGER, scalar(ScalarKind.INT64)),
                        tuple("Double", "OfDouble", JsonKind.NUMBER, scalar(ScalarKind.DOUBLE)),
                        tuple("Boolean", "OfBoolean", JsonKind.BOOLEAN, scalar(ScalarKind.BOOLEAN)),
                        tuple("StringList", "OfStringList", JsonKind.ARRAY, new TypeRef.ListOf(scalar(ScalarKind.STRING))),
                        tuple("StringMap", "OfStringMap", JsonKind.OBJECT, new TypeRef.MapOf(scalar(ScalarKind.STRING))));
        assertThat(union(UNIONS, "Scalar").discriminator()).isNull();
        assertThat(union(UNIONS, "Scalar").mapping()).isEmpty();
    }

    @Test
    void branchesOfOneScalarTypeAreThatTypeNotAUnion() {
        assertThat(Ir.typeNames(UNIONS)).doesNotContain("SameScalar");
    }

    @Test
    void aTypeListIsAUnionOfWrappedScalars() {
        assertThat(property(object(UNIONS, "Holder"), "value").type()).isEqualTo(named("Holder.Value"));
        assertThat(union(UNIONS, "Holder.Value").variants()).extracting(Variant::label)
                .containsExactly("String", "Long");
    }

    @Test
    void anInlineEnumBranchIsNestedInTheUnionAndWrapped() {
        assertThat(union(UNIONS, "Holder.Either").variants()).extracting(Variant::label, Variant::type, Variant::wrapper)
                .containsExactly(
                        tuple("Value", named("Holder.Either.Value"), "OfValue"),
                        tuple("Long", scalar(ScalarKind.INT64), "OfLong"));
    }

    @Test
    void nestedUnionsAreFlattenedAndEachModelAppearsOnce() {
        assertThat(union(UNIONS, "Shape").variants()).extracting(Variant::type)
                .containsExactly(named("Circle"), named("Square"), named("Triangle"));
    }

    @Test
    void inlineObjectVariantsAreNestedAndNamedByTitleThenConstThenPosition() {
        UnionDef content = union(UNIONS, "Content");
        assertThat(content.variants()).extracting(Variant::label, Variant::type)
                .containsExactly(
                        tuple("Text", named("Content.Text")),
                        tuple("Image", named("Content.Image")),
                        tuple("Variant3", named("Content.Variant3")));
        assertThat(content.nested()).extracting(type -> type.name().simpleName()).containsExactly("Image", "Text", "Variant3");
    }

    @Test
    void anyOfModelsAndNullIsANullableUnion() {
        assertThat(property(object(UNIONS, "Holder"), "maybe").nullable()).isTrue();
        assertThat(union(UNIONS, "Holder.Maybe").variants()).extracting(Variant::label).containsExactly("Circle", "Square");
    }

    @Test
    void aUnionContainingTheModelThatWouldEncloseItIsDeclaredAtTopLevel() {
        assertThat(property(object(UNIONS, "Node"), "children").type()).isEqualTo(new TypeRef.ListOf(named("NodeChildren")));
        assertThat(union(UNIONS, "NodeChildren").variants()).extracting(Variant::type)
                .containsExactly(named("Node"), named("Leaf"));
        assertThat(object(UNIONS, "Node").nested()).isEmpty();
    }

    @Test
    void aMappingToSomethingThatIsNotAVariantIsAProblemAtItsPointer() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Bad, version: '1'}
                paths: {}
                components:
                  schemas:
                    A: {type: object, properties: {type: {type: string}}}
                    B: {type: object, properties: {type: {type: string}}}
                    C: {type: object, properties: {type: {type: string}}}
                    AOrB:
                      oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
                      discriminator:
                        propertyName: type
                        mapping: {c: '#/components/schemas/C'}
                """);

        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/components/schemas/AOrB/discriminator/mapping/c");
                    assertThat(e.problem()).contains("'c'", "not an object variant");
                });
    }

    @Test
    void anOptionalConstantDefaultingToItsValueIsMarkedAsAgreeingWhenAbsent() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Defaults, version: '1'}
                paths: {}
                components:
                  schemas:
                    JsonOutput:
                      type: object
                      required: [schema]
                      properties:
                        type: {type: string, const: json, default: json}
                        schema: {type: object}
                    TextOutput:
                      type: object
                      required: [type]
                      properties:
                        type: {type: string, const: text, default: text}
                    Output:
                      anyOf: [{$ref: '#/components/schemas/JsonOutput'}, {$ref: '#/components/schemas/TextOutput'}]
                """);

        List<Variant> variants = union(Documents.translate(document), "Output").variants();

        assertThat(variants).extracting(Variant::label, Variant::defaulted)
                .containsExactly(tuple("Json", Set.of("type")), tuple("Text", Set.of()));
    }

    @Test
    void branchesThatAcceptAnyJsonAddNoVariant() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Any, version: '1'}
                paths: {}
                components:
                  schemas:
                    A: {type: object, properties: {x: {type: string}}}
                    AOrAnything:
                      anyOf: [{$ref: '#/components/schemas/A'}, {}]
                    Anything:
                      anyOf: [{}, {type: 'null'}]
                """);

        ApiModel model = Documents.translate(document);

        assertThat(union(model, "AOrAnything").variants()).extracting(Variant::type).containsExactly(named("A"));
        assertThat(Ir.typeNames(model)).doesNotContain("Anything");
    }

    @Test
    void typesNestedInAUnionAvoidTopLevelNamesWhichTheyWouldHideInTheModelsImplementingIt() throws IOException {
        // Leaf implements Shape and so inherits Shape's nested types: a nested Shape.Text would hide the model Text
        Path document = write("""
                openapi: 3.1.0
                info: {title: Hiding, version: '1'}
                paths: {}
                components:
                  schemas:
                    Text: {type: object, properties: {body: {type: string}}}
                    Leaf: {type: object, properties: {text: {$ref: '#/components/schemas/Text'}}}
                    Shape:
                      oneOf:
                        - $ref: '#/components/schemas/Leaf'
                        - {title: Text, type: object, properties: {kind: {type: string, const: text}}}
                """);

        ApiModel model = Documents.translate(document);

        assertThat(union(model, "Shape").variants()).extracting(Variant::label, Variant::type)
                .containsExactly(tuple("Leaf", named("Leaf")), tuple("Text2", named("Shape.Text2")));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("document.yaml"), yaml);
    }
}
