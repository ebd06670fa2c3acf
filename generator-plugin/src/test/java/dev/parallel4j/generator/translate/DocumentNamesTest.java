package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.object;
import static dev.parallel4j.generator.testkit.Ir.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.testkit.Documents;
import dev.parallel4j.generator.testkit.Ir;
import org.junit.jupiter.api.Test;

/** Names from a document that Java cannot take as they are ({@code translate/names.yaml}). */
final class DocumentNamesTest {
    private static final ApiModel NAMES = Documents.translate("translate/names.yaml");

    @Test
    void componentsNamedLikeJavaLangTypesAreRenamed() {
        assertThat(Ir.typeNames(NAMES)).contains("ErrorObject").doesNotContain("Error");
    }

    @Test
    void typeNamesThatDifferOnlyInCaseAreMadeDistinctForCaseInsensitiveFileSystems() {
        assertThat(object(NAMES, "JSONSchema").properties()).extracting(PropertyDef::jsonName).containsExactly("a");
        assertThat(object(NAMES, "JsonSchema2").properties()).extracting(PropertyDef::jsonName).containsExactly("b");
    }

    @Test
    void theDocumentCanChooseATypeName() {
        assertThat(object(NAMES, "Chosen").properties()).extracting(PropertyDef::jsonName).containsExactly("c");
    }

    @Test
    void aTypeNameStartingWithADigitGetsAnUnderscore() {
        assertThat(Ir.typeNames(NAMES)).contains("_2faSettings");
    }

    @Test
    void propertyNamesBecomeLegalUniqueJavaNamesAndKeepTheirJsonNames() {
        assertThat(object(NAMES, "Keywords").properties())
                .extracting(PropertyDef::jsonName, PropertyDef::javaName)
                .containsExactly(
                        tuple("class", "class_"),
                        tuple("default", "default_"),
                        tuple("enum", "enum_"),
                        tuple("$ref", "ref"),
                        tuple("2fa", "_2fa"),
                        tuple("café", "café"),
                        tuple("builder", "builder_"),
                        tuple("to_string", "toString_"),
                        tuple("fooBar", "fooBar"),
                        tuple("foo_bar", "fooBar_"),
                        tuple("additionalProperties", "additionalProperties_"),
                        tuple("is_valid", "isValid_"),
                        tuple("nullProperties", "nullProperties_"),
                        tuple("named", "chosenName"),
                        tuple("value", "value"),
                        tuple("unknown", "unknown"));
    }

    @Test
    void nestedTypesAvoidTheNamesOfTypesTheEmittersDeclare() {
        ApiModel model = NAMES;
        assertThat(property(object(model, "Keywords"), "unknown").type()).isEqualTo(named("Keywords.UnknownObject"));
        assertThat(property(object(model, "Keywords"), "value").type()).isEqualTo(named("Keywords.Value"));
    }
}
