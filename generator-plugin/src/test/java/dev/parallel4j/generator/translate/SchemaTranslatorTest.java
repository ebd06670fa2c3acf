package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.enumType;
import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.object;
import static dev.parallel4j.generator.testkit.Ir.property;
import static dev.parallel4j.generator.testkit.Ir.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.Constraints;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.testkit.Documents;
import dev.parallel4j.generator.testkit.Ir;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java type of each kind of schema ({@code translate/types.yaml}, {@code translate/types-30.yaml}): built-in
 * types, nullability, enums, const, inline types and their names, aliases, recursion, allOf, defaults, secrets
 * and constraints.
 */
final class SchemaTranslatorTest {
    private static final ApiModel TYPES = Documents.translate("translate/types.yaml");
    private static final ApiModel LEGACY = Documents.translate("translate/types-30.yaml");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "count, INT64", "small, INT32", "ratio, DOUBLE", "weight, FLOAT", "flag, BOOLEAN", "at, DATE_TIME", "day, DATE",
        "id, UUID", "link, URI", "blob, BYTES", "email, STRING", "stamps, STRING",
    })
    void mapsTypesAndFormatsToBuiltInTypes(String property, ScalarKind kind) {
        assertThat(property(object(TYPES, "Scalars"), property).type()).isEqualTo(scalar(kind));
    }

    @Test
    void mapsFreeFormValuesArraysAndMaps() {
        ObjectDef scalars = object(TYPES, "Scalars");
        assertThat(property(scalars, "anything").type()).isEqualTo(new TypeRef.AnyJson());
        assertThat(property(scalars, "free").type()).isEqualTo(new TypeRef.MapOf(new TypeRef.AnyJson()));
        assertThat(property(scalars, "open").type()).isEqualTo(new TypeRef.MapOf(new TypeRef.AnyJson()));
        assertThat(property(scalars, "tags").type()).isEqualTo(new TypeRef.ListOf(scalar(ScalarKind.STRING)));
        assertThat(property(scalars, "labels").type()).isEqualTo(new TypeRef.MapOf(scalar(ScalarKind.INT64)));
    }

    @Test
    void recordsWhetherAndHowAnObjectTakesUndeclaredProperties() {
        assertThat(object(TYPES, "Base").additionalProperties()).isEqualTo(new TypeRef.AnyJson());
        assertThat(object(TYPES, "Closed").additionalProperties()).isNull();
        assertThat(object(TYPES, "TypedExtras").additionalProperties()).isEqualTo(scalar(ScalarKind.INT64));
    }

    @Test
    void keepsPropertiesInDocumentOrderWithTheirRequiredFlag() {
        ObjectDef scalars = object(TYPES, "Scalars");
        assertThat(scalars.properties()).extracting(PropertyDef::jsonName)
                .startsWith("count", "small", "ratio", "weight", "flag");
        assertThat(scalars.properties()).filteredOn(PropertyDef::required).extracting(PropertyDef::jsonName)
                .containsExactly("count");
    }

    @Test
    void readsEverySpellingOfNullAsNullable() {
        ObjectDef nullables = object(TYPES, "Nullables");
        assertThat(nullables.properties())
                .extracting(PropertyDef::jsonName, PropertyDef::type, PropertyDef::nullable, PropertyDef::required)
                .containsExactly(
                        tuple("any_of", scalar(ScalarKind.STRING), true, true),
                        tuple("type_list", scalar(ScalarKind.INT64), true, true),
                        tuple("ref_or_null", named("Scalars"), true, false),
                        tuple("nullable_alias", scalar(ScalarKind.STRING), true, false),
                        tuple("maybe_scalars", named("Scalars"), true, false),
                        tuple("null_in_enum", named("Nullables.NullInEnum"), true, false),
                        tuple("plain", scalar(ScalarKind.STRING), false, false));
        assertThat(enumType(TYPES, "Nullables.NullInEnum").constants()).extracting(EnumDef.Constant::value)
                .containsExactly("a", "b");
    }

    @Test
    void readsOpenApi30NullableAndBooleanExclusiveMinimum() {
        ObjectDef legacy = object(LEGACY, "Legacy");
        assertThat(legacy.properties())
                .extracting(PropertyDef::jsonName, PropertyDef::type, PropertyDef::nullable)
                .containsExactly(
                        tuple("name", scalar(ScalarKind.STRING), true),
                        tuple("status", named("Legacy.Status"), true),
                        tuple("other", named("Other"), true),
                        tuple("count", scalar(ScalarKind.INT64), false),
                        tuple("plain", scalar(ScalarKind.STRING), false));
        assertThat(property(legacy, "count").constraints().exclusiveMinimum()).isTrue();
        assertThat(property(legacy, "count").constraints().minimum()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aComponentEnumIsATopLevelOpenEnumWithItsDocs() {
        EnumDef color = enumType(TYPES, "Color");
        assertThat(color.constants()).containsExactly(new EnumDef.Constant("red", "RED"), new EnumDef.Constant("green", "GREEN"));
        assertThat(color.docs()).isEqualTo(Docs.of("A colour."));
    }

    @Test
    void anInlineEnumIsNestedInItsModelAndNamedAfterTheProperty() {
        ObjectDef enums = object(TYPES, "Enums");
        assertThat(property(enums, "status").type()).isEqualTo(named("Enums.Status"));
        assertThat(enumType(TYPES, "Enums.Status").constants()).extracting(EnumDef.Constant::value)
                .containsExactly("queued", "running", "completed");
    }

    @Test
    void anyOfAnEnumAndAStringIsOneOpenEnum() {
        assertThat(property(object(TYPES, "Enums"), "open_beta").type()).isEqualTo(named("Enums.OpenBeta"));
        assertThat(enumType(TYPES, "Enums.OpenBeta").constants()).extracting(EnumDef.Constant::javaName)
                .containsExactly("X_1", "Y_2");
        EnumDef beta = enumType(TYPES, "Beta");
        assertThat(beta.constants()).extracting(EnumDef.Constant::value).containsExactly("beta-1", "beta-2");
        assertThat(beta.docs().description()).isEqualTo("An open set of betas.");
        assertThat(property(object(TYPES, "Enums"), "betas").type()).isEqualTo(new TypeRef.ListOf(named("Beta")));
    }

    @Test
    void anyOfAReferencedEnumAndAStringIsThatEnum() {
        assertThat(property(object(TYPES, "Enums"), "color_or_text").type()).isEqualTo(named("Color"));
    }

    @Test
    void constFixesAPropertyToAString() {
        PropertyDef kind = property(object(TYPES, "Enums"), "kind");
        assertThat(kind.constant()).isEqualTo("fixed");
        assertThat(kind.type()).isEqualTo(scalar(ScalarKind.STRING));
        assertThat(kind.hasDefault()).isFalse();
    }

    @Test
    void aOneValueEnumWithoutConstStaysAnEnum() {
        PropertyDef only = property(object(TYPES, "Enums"), "only");
        assertThat(only.constant()).isNull();
        assertThat(only.type()).isEqualTo(named("Enums.Only"));
    }

    @Test
    void enumConstantNamesAreUniqueAndLegal() {
        assertThat(enumType(TYPES, "Enums.Spellings").constants()).containsExactly(
                new EnumDef.Constant("a b", "A_B"),
                new EnumDef.Constant("a-b", "A_B_2"),
                new EnumDef.Constant("A_B", "A_B_3"),
                new EnumDef.Constant("1st", "_1ST"),
                new EnumDef.Constant("", "EMPTY"));
    }

    @Test
    void inlineObjectsAreNestedWithWellFormedNames() {
        ObjectDef owner = object(TYPES, "Owner");
        assertThat(property(owner, "items").type()).isEqualTo(new TypeRef.ListOf(named("Owner.Item")));
        assertThat(property(owner, "entries").type()).isEqualTo(new TypeRef.MapOf(named("Owner.EntriesValue")));
        assertThat(property(owner, "address").type()).isEqualTo(named("Owner.Address"));
        assertThat(owner.nested()).extracting(type -> type.name().toString())
                .containsExactly("Owner.Address", "Owner.BuilderObject", "Owner.EntriesValue", "Owner.Item", "Owner.Owner2");
    }

    @Test
    void aNestedTypeNeverTakesTheNameOfItsOwnerOrOfTheBuilder() {
        ObjectDef owner = object(TYPES, "Owner");
        assertThat(property(owner, "owner").type()).isEqualTo(named("Owner.Owner2"));
        assertThat(property(owner, "builder").type()).isEqualTo(named("Owner.BuilderObject"));
    }

    @Test
    void anInlineObjectWithoutDocsTakesThePropertyDocs() {
        assertThat(object(TYPES, "Owner.Address").docs().description()).isEqualTo("Where the owner lives.");
    }

    @Test
    void componentAliasesAreReplacedByTheirType() {
        ObjectDef owner = object(TYPES, "Owner");
        assertThat(property(owner, "name").type()).isEqualTo(scalar(ScalarKind.STRING));
        assertThat(property(owner, "names").type()).isEqualTo(new TypeRef.ListOf(scalar(ScalarKind.STRING)));
        assertThat(Ir.typeNames(TYPES)).doesNotContain("Name", "Names", "Loop", "MaybeName", "MaybeScalars", "SameAsBase");
    }

    @Test
    void recursiveSchemasReferToThemselves() {
        ObjectDef owner = object(TYPES, "Owner");
        assertThat(property(owner, "parent").type()).isEqualTo(named("Owner"));
        assertThat(property(owner, "children").type()).isEqualTo(new TypeRef.ListOf(named("Owner")));
    }

    @Test
    void anAliasDefinedThroughItselfIsFreeFormJson() {
        assertThat(property(object(TYPES, "Owner"), "loop").type()).isEqualTo(new TypeRef.ListOf(new TypeRef.AnyJson()));
    }

    @Test
    void allOfIsFlattenedWithLaterPropertiesOverridingEarlierOnes() {
        ObjectDef extended = object(TYPES, "Extended");
        assertThat(extended.properties())
                .extracting(PropertyDef::jsonName, PropertyDef::required)
                .containsExactly(tuple("id", true), tuple("note", false), tuple("extra", true));
        assertThat(property(extended, "note").docs().description()).isEqualTo("Overridden.");
    }

    @Test
    void defaultsArePlainJavaValuesAndFollowReferences() {
        ObjectDef settings = object(TYPES, "Settings");
        assertThat(((Number) property(settings, "size").defaultValue()).intValue()).isEqualTo(3);
        assertThat(((Number) property(settings, "ratio").defaultValue()).doubleValue()).isEqualTo(0.5);
        assertThat(property(settings, "mode").defaultValue()).isEqualTo("slow");
        assertThat(property(settings, "tags").defaultValue()).isEqualTo(List.of());
        assertThat(property(settings, "shade").defaultValue()).isEqualTo("dark");
        assertThat(property(settings, "nothing").defaultValue()).isNull();
        assertThat(property(settings, "size").hasDefault()).isTrue();
        assertThat(property(settings, "nothing").hasDefault()).isFalse();
    }

    @Test
    void passwordsAndMapsOfPasswordsAreSecret() {
        ObjectDef settings = object(TYPES, "Settings");
        assertThat(settings.properties()).filteredOn(PropertyDef::secret).extracting(PropertyDef::jsonName)
                .containsExactly("password", "headers");
        assertThat(property(settings, "headers").type()).isEqualTo(new TypeRef.MapOf(scalar(ScalarKind.STRING)));
        assertThat(property(settings, "headers").nullable()).isTrue();
    }

    @Test
    void keepsValidationKeywords() {
        ObjectDef settings = object(TYPES, "Settings");
        assertThat(property(settings, "size").constraints())
                .isEqualTo(new Constraints(BigDecimal.ONE, false, BigDecimal.TEN, false, null, null, null, null, null));
        Constraints ratio = property(settings, "ratio").constraints();
        assertThat(ratio.minimum()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ratio.exclusiveMinimum()).isTrue();
        assertThat(ratio.maximum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(ratio.exclusiveMaximum()).isTrue();
        assertThat(property(settings, "code").constraints())
                .isEqualTo(new Constraints(null, false, null, false, 2, 5, "^[a-z]+$", null, null));
        assertThat(property(settings, "list").constraints())
                .isEqualTo(new Constraints(null, false, null, false, null, null, null, 1, 3));
        assertThat(property(settings, "password").constraints().isEmpty()).isTrue();
    }

    @Test
    void docsComeFromTheDescriptionOrElseTheTitleAndKeepDeprecation() {
        ObjectDef settings = object(TYPES, "Settings");
        assertThat(property(settings, "titled").docs()).isEqualTo(Docs.of("Only a title"));
        assertThat(property(settings, "old").docs()).isEqualTo(new Docs("", "Do not use.", true));
    }

    @Test
    void topLevelTypesAreSortedByName() {
        assertThat(TYPES.types()).extracting(TypeDef::name).extracting(Object::toString)
                .containsExactly("Base", "Beta", "Closed", "Color", "Enums", "Extended", "Nullables", "Owner", "Scalars", "Settings",
                        "Shade", "TypedExtras");
    }
}
