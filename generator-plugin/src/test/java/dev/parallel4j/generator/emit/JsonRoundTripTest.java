package dev.parallel4j.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.generator.testkit.JavaSources;
import dev.parallel4j.runtime.json.Json;
import dev.parallel4j.runtime.json.ModelValidationException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated models, enums and unions read and written with the runtime's {@code Json.newMapper()}: the emitted
 * sources of the golden documents are compiled once and loaded in a class loader of their own.
 */
final class JsonRoundTripTest {
    private static final String PACKAGE = "roundtrip";
    private static final ObjectMapper MAPPER = Json.newMapper();

    @TempDir
    static Path dir;

    private static URLClassLoader loader;

    @BeforeAll
    static void compileTheGoldenDocuments() {
        Map<String, String> sources = new HashMap<>();
        for (EmitCase golden : EmitCase.GOLDEN) {
            if (!golden.name().equals("parallel")) {
                sources.putAll(golden.emit(golden.packageUnder(PACKAGE)));
            }
        }
        JavaSources.Compilation compilation = JavaSources.compile(sources, dir);
        assertThat(compilation.success()).as(compilation.diagnostics()).isTrue();
        loader = compilation.classLoader();
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    @Test
    void aModelKeepsUnknownPropertiesAndWritesBackWhatItRead() throws IOException {
        String json = """
                {"count": 2, "name": "w", "kind": "widget", "note_required": "n", "tags": ["a", "b"], "attributes": {"x": 1},
                 "created_at": "2025-01-02T03:04:05+02:00", "data": "AQI=", "extra": [1, {"a": null}],
                 "surprise": {"deep": [1, 2.5, "three"]}}""";

        Object widget = read("model.model.Widget", json);

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(widget))).isEqualTo(MAPPER.readTree(json));
        assertThat(call(widget, "additionalProperties").toString()).contains("surprise");
    }

    @Test
    void builtObjectsNeverChangeWithTheBuilderTheyCameFromOrTheListsTheyWereGiven() throws IOException {
        Object read = read("model.model.Widget", "{\"count\": 1, \"name\": \"w\", \"note_required\": null, \"tags\": [\"a\"], \"attributes\": {\"x\": 1}}");
        Object builder = call(read, "toBuilder");
        call(builder, "addTag", new Class<?>[] {String.class}, "b");
        call(builder, "putAttribute", new Class<?>[] {String.class, Long.class}, "y", 2L);
        Object first = call(builder, "build");
        call(builder, "addTag", new Class<?>[] {String.class}, "c");
        Object second = call(builder, "build");

        assertThat(call(read, "tags")).hasToString("Optional[[a]]");
        assertThat(call(read, "attributes")).hasToString("Optional[{x=1}]");
        assertThat(call(first, "tags")).hasToString("Optional[[a, b]]");
        assertThat(call(first, "attributes")).hasToString("Optional[{x=1, y=2}]");
        assertThat(call(second, "tags")).hasToString("Optional[[a, b, c]]");

        List<String> given = new ArrayList<>(List.of("p"));
        Object fromList = call(builder, "tags", new Class<?>[] {List.class}, given);
        call(fromList, "addTag", new Class<?>[] {String.class}, "q");
        Object third = call(fromList, "build");
        assertThat(given).containsExactly("p");
        given.add("r");
        assertThat(call(third, "tags")).hasToString("Optional[[p, q]]");
        Object fromUnmodifiable = call(call(builder, "tags", new Class<?>[] {List.class}, List.of("u")), "addTag",
                new Class<?>[] {String.class}, "v");
        assertThat(call(call(fromUnmodifiable, "build"), "tags")).hasToString("Optional[[u, v]]");
    }

    @Test
    void absentNullAndPresentAreToldApartAndWrittenBackAsReceived() throws IOException {
        Object withNull = read("model.model.Widget", "{\"count\": 1, \"name\": \"w\", \"note\": null, \"note_required\": null}");
        Object absent = read("model.model.Widget", "{\"name\": \"w\", \"count\": 1, \"note_required\": null}");
        Object present = read("model.model.Widget", "{\"name\": \"w\", \"count\": 1, \"note\": \"hi\", \"note_required\": \"r\"}");

        assertThat(call(withNull, "_note")).hasToString("null");
        assertThat(call(absent, "_note")).hasToString("(missing)");
        assertThat(call(present, "_note")).hasToString("hi");
        assertThat(call(withNull, "note")).isEqualTo(call(absent, "note")).hasToString("Optional.empty");
        assertThat(withNull).isNotEqualTo(absent);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(withNull))).isEqualTo(MAPPER.readTree(
                "{\"count\": 1, \"name\": \"w\", \"kind\": \"widget\", \"note\": null, \"note_required\": null}"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(absent))).isEqualTo(MAPPER.readTree(
                "{\"count\": 1, \"name\": \"w\", \"kind\": \"widget\", \"note_required\": null}"));
        assertThat(call(call(withNull, "toBuilder"), "build")).isEqualTo(withNull).hasSameHashCodeAs(withNull);
    }

    @Test
    void aRequiredNullablePropertyMustBeGivenEvenIfNullToValidate() throws IOException {
        Object widget = read("model.model.Widget", "{\"count\": 1, \"name\": \"w\"}");

        assertThat(call(widget, "noteRequired")).hasToString("Optional.empty");
        assertThat(call(widget, "isValid")).isEqualTo(false);
        assertThat(call(read("model.model.Widget", "{\"count\": 1, \"name\": \"w\", \"note_required\": null}"), "isValid"))
                .isEqualTo(true);
        assertThatThrownBy(() -> call(widget, "validate"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessage("Widget.note_required is required (it may be null) but was not set");
    }

    @Test
    void aNonNullablePropertySentAsNullReadsAsAbsent() throws IOException {
        Object widget = read("model.model.Widget", "{\"count\": 1, \"name\": \"w\", \"label\": null, \"note_required\": null}");

        assertThat(call(widget, "_label")).hasToString("(missing)");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(widget)).has("label")).isFalse();
    }

    @Test
    void aMissingRequiredPropertyIsReadButReportedByItsJsonNameWhenValidatedOrRead() throws IOException {
        Object widget = read("model.model.Widget", "{\"name\": \"w\", \"note_required\": \"n\"}");

        assertThat(call(widget, "name")).isEqualTo("w");
        assertThatThrownBy(() -> call(widget, "count"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessage("Widget.count is required but was absent from the JSON this object was read from");
        assertThatThrownBy(() -> call(widget, "validate"))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.count");
                    assertThat(e).hasMessage("Widget.count is required but was not set");
                });
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(widget)).has("count")).isFalse();
    }

    @Test
    void aRequiredNumberSentAsNullIsReadAsMissingAndReportedWhenValidated() throws IOException {
        Object widget = read("model.model.Widget", "{\"count\": null, \"name\": \"w\", \"note_required\": \"n\"}");

        assertThat(call(widget, "isValid")).isEqualTo(false);
        assertThatThrownBy(() -> call(widget, "validate"))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.path()).isEqualTo("$.count"));
    }

    @Test
    void validateGoesIntoListsAndUnionsAndNamesThePath() throws IOException {
        Object valid = read("union_discriminated.model.Household", "{\"pets\": [{\"type\": \"cat\", \"lives\": 9}, {\"type\": \"dog\"}]}");
        Object invalid = read("union_discriminated.model.Household", "{\"pets\": [{\"type\": \"dog\"}, {\"type\": \"cat\"}]}");

        assertThat(call(valid, "validate")).isSameAs(valid);
        assertThat(call(valid, "isValid")).isEqualTo(true);
        assertThat(call(invalid, "isValid")).isEqualTo(false);
        assertThatThrownBy(() -> call(invalid, "validate"))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.pets[1].lives");
                    assertThat(e.problem()).isEqualTo("Cat.lives is required but was not set");
                });
    }

    @Test
    void aClosedObjectKeepsWhatTheServerSendsButOffersNoWayToAddMore() throws IOException {
        Object sealed = read("model.model.Sealed", "{\"id\": \"a\", \"surprise\": 1}");

        assertThat(call(sealed, "additionalProperties")).hasToString("{surprise=1}");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(sealed))).isEqualTo(MAPPER.readTree("{\"id\": \"a\", \"surprise\": 1}"));
        assertThat(type("model.model.Sealed$Builder").getMethods()).extracting(java.lang.reflect.Method::getName)
                .contains("id", "build")
                .doesNotContain("putAdditionalProperty");
        assertThat(type("model.model.Widget$Builder").getMethods()).extracting(java.lang.reflect.Method::getName)
                .contains("putAdditionalProperty");
    }

    @Test
    void optionalNumbersTakePrimitivesSoThatLiteralsFit() throws ReflectiveOperationException {
        Class<?> dimensions = type("model.model.Widget$Dimensions");
        Object builder = dimensions.getMethod("builder").invoke(null);

        builder.getClass().getMethod("width", double.class).invoke(builder, 2.0);

        assertThat(call(call(builder, "build"), "width")).hasToString("Optional[2.0]");
    }

    @Test
    void theBuilderStillRejectsAMissingRequiredProperty() throws ReflectiveOperationException {
        Object builder = type("model.model.Widget").getMethod("builder").invoke(null);

        assertThatThrownBy(() -> call(builder, "build"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessage("Widget.count is required but was not set");
    }

    @Test
    void aConstPropertyRejectsAnotherValue() {
        assertThatThrownBy(() -> read("model.model.Widget", "{\"count\": 1, \"name\": \"w\", \"kind\": \"gadget\"}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Widget.kind must be \"widget\" but was \"gadget\"");
    }

    @Test
    void absentPropertiesReadAsTheirDefaults() throws IOException {
        Object widget = read("model.model.Widget", "{\"count\": 1, \"name\": \"w\", \"note_required\": null}");

        assertThat(call(widget, "size")).isEqualTo(3);
        assertThat(call(widget, "shade")).hasToString("dark");
        assertThat(call(widget, "kind")).isEqualTo("widget");
        assertThat(call(widget, "label").toString()).isEqualTo("Optional.empty");
    }

    @Test
    void secretsAreRedactedInToString() throws IOException {
        Object widget = read("model.model.Widget", "{\"count\": 1, \"name\": \"w\", \"note_required\": null, \"password\": \"hunter2\"}");

        assertThat(widget.toString()).contains("password=***").doesNotContain("hunter2");
    }

    @Test
    void anOpenEnumKeepsAnUnknownValueVerbatim() throws IOException {
        Object mauve = read("enum_.model.Color", "\"mauve\"");
        Object red = read("enum_.model.Color", "\"red\"");

        assertThat(mauve).hasToString("mauve");
        assertThat(call(mauve, "isKnown")).isEqualTo(false);
        assertThat(call(mauve, "value")).hasToString("_UNKNOWN");
        assertThat(MAPPER.writeValueAsString(mauve)).isEqualTo("\"mauve\"");
        assertThat(red).isSameAs(constant("enum_.model.Color", "RED"));
        assertThat(call(red, "isKnown")).isEqualTo(true);
    }

    @Test
    void anOpenEnumFromAnyOfReadsKnownAndOtherValues() throws IOException {
        assertThat(call(read("enum_.model.Beta", "\"beta-2025-01-01\""), "value")).hasToString("BETA_2025_01_01");
        assertThat(call(read("enum_.model.Beta", "\"beta-2099\""), "isKnown")).isEqualTo(false);
    }

    @Test
    void anEnumNamedValueNamesItsSwitchEnumKnown() throws IOException {
        Object one = read("enum_.model.Value", "\"one\"");

        assertThat(call(one, "value").getClass().getName()).isEqualTo("roundtrip.enum_.model.Value$Known");
    }

    @Test
    void aDiscriminatedUnionReadsTheVariantItsPropertyNames() throws IOException {
        assertThat(read("union_discriminated.model.Pet", "{\"type\": \"dog\", \"good\": false}").getClass().getSimpleName())
                .isEqualTo("Dog");
        Object cat = read("union_discriminated.model.Pet", "{\"type\": \"cat\", \"lives\": 9}");
        assertThat(cat.getClass().getSimpleName()).isEqualTo("Cat");
        assertThat(call(cat, "isCat")).isEqualTo(true);
        assertThat(call(cat, "isUnknown")).isEqualTo(false);
    }

    @Test
    void aUnionKeepsJsonMatchingNoVariantAndWritesItBack() throws IOException {
        String fish = "{\"type\":\"fish\",\"fins\":2}";

        Object pet = read("union_discriminated.model.Pet", fish);

        assertThat(pet.getClass().getName()).isEqualTo("roundtrip.union_discriminated.model.Pet$Unknown");
        assertThat(call(pet, "isUnknown")).isEqualTo(true);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(pet))).isEqualTo(MAPPER.readTree(fish));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "order.created, OrderEvent",
        "order.cancelled, OrderEvent",
        "invoice.paid, InvoicePaidEvent",
        "order.shipped, Unknown",
    })
    void aWebhookEventIsReadAsThePayloadItsTypeNamesAndAnUndocumentedTypeIsKept(String type, String variant) throws IOException {
        String json = "{\"type\":\"" + type + "\",\"timestamp\":\"2025-01-02T03:04:05Z\","
                + "\"data\":{\"id\":\"o1\",\"status\":\"placed\",\"invoice_id\":\"i1\"}}";

        Object event = read("webhooks.model.WebhookEvent", json);

        assertThat(event.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void aUnionWithoutDiscriminatorMatchesObjectsByTheirRequiredProperties() throws IOException {
        assertThat(read("union_discriminated.model.Animal", "{\"wings\": 2}").getClass().getSimpleName()).isEqualTo("Bird");
        assertThat(read("union_discriminated.model.Animal", "{\"type\": \"cat\", \"lives\": 3}").getClass().getSimpleName())
                .isEqualTo("Cat");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"text\"          | OfString",
        "12                | OfLong",
        "1.5               | OfDouble",
        "true              | OfBoolean",
        "[\"a\",\"b\"]     | OfStringList",
        "{\"k\":\"v\"}     | OfStringMap",
    })
    void aScalarUnionReadsEachJsonKindAsItsVariantAndWritesItBack(String json, String variant) throws IOException {
        Object scalar = read("union_scalar.model.Scalar", json);

        assertThat(scalar.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(scalar))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void aListOfScalarUnionsReadsEachElement() throws IOException {
        Object position = read("union_scalar.model.Position", "{\"loc\": [\"body\", \"items\", 3]}");

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(position));
        assertThat(written).isEqualTo(MAPPER.readTree("{\"loc\": [\"body\", \"items\", 3]}"));
        assertThat(call(position, "loc").toString()).contains("OfString[value=body]", "OfLong[value=3]");
    }

    @Test
    void aModelInTwoUnionsAnswersForBoth() throws IOException {
        Object cat = read("union_discriminated.model.Cat", "{\"type\": \"cat\", \"lives\": 1}");

        assertThat(type("union_discriminated.model.Pet").isInstance(cat)).isTrue();
        assertThat(type("union_discriminated.model.Animal").isInstance(cat)).isTrue();
        assertThat(call(cat, "isCat")).isEqualTo(true);
        assertThat(call(cat, "asCat")).isSameAs(cat);
        assertThat(call(cat, "isUnknown")).isEqualTo(false);
    }

    @Test
    void aNestedModelRoundTrips() throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(
                "{\"count\": 1, \"name\": \"w\", \"note_required\": null, \"dimensions\": {\"width\": 2.5}}");

        Object widget = MAPPER.treeToValue(json, type("model.model.Widget"));

        assertThat(MAPPER.valueToTree(widget).get("dimensions")).isEqualTo(json.get("dimensions"));
    }

    private static Object read(String className, String json) throws IOException {
        return MAPPER.readValue(json, type(className));
    }

    private static Class<?> type(String className) {
        try {
            return Class.forName(PACKAGE + "." + className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Object constant(String className, String field) {
        try {
            return type(className).getField(field).get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Object call(Object target, String method) {
        return call(target, method, new Class<?>[0]);
    }

    private static Object call(Object target, String method, Class<?>[] parameterTypes, Object... arguments) {
        try {
            return target.getClass().getMethod(method, parameterTypes).invoke(target, arguments);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new AssertionError(e.getCause());
        }
    }
}
