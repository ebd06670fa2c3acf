package dev.parallel4j.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing schemas by their {@code x-stainless-override-schema} and mapping Stainless's keys to ours. */
final class StainlessOverridesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void replacesASchemaByItsOverrideAndMapsStainlessKeys() {
        ObjectNode document = json("""
                {"parameters": [{"name": "parallel-beta", "in": "header", "schema": {
                  "anyOf": [{"type": "string"}, {"type": "null"}],
                  "description": "old",
                  "x-stainless-override-schema": {
                    "x-stainless-param": "betas",
                    "x-stainless-extend-default": true,
                    "type": "array",
                    "items": {"type": "string"}}}}]}""");

        int replaced = StainlessOverrides.apply(document);

        assertThat(replaced).isEqualTo(1);
        assertThat(document.at("/parameters/0/schema")).isEqualTo(json("""
                {"type": "array", "items": {"type": "string"},
                 "x-parallel4j-name": "betas", "x-parallel4j-extend-default": true}"""));
    }

    @Test
    void leavesOutTheExtendDefaultFlagWhenItIsFalseAndANameThatIsNotText() {
        ObjectNode document = json("""
                {"schema": {"type": "string", "x-stainless-override-schema": {
                  "type": "integer", "x-stainless-param": 5, "x-stainless-extend-default": false}}}""");

        StainlessOverrides.apply(document);

        assertThat(document.get("schema")).isEqualTo(json("{\"type\": \"integer\"}"));
    }

    @Test
    void countsEveryOverrideIncludingOnesNestedInsideAnOverride() {
        ObjectNode document = json("""
                {"a": {"x-stainless-override-schema": {"type": "object", "properties": {
                   "inner": {"type": "string", "x-stainless-override-schema": {"type": "integer"}}}}},
                 "b": [{"x-stainless-override-schema": {"type": "boolean"}}],
                 "c": {"type": "string"}}""");

        int replaced = StainlessOverrides.apply(document);

        assertThat(replaced).isEqualTo(3);
        assertThat(document.at("/a/properties/inner")).isEqualTo(json("{\"type\": \"integer\"}"));
        assertThat(document.at("/b/0")).isEqualTo(json("{\"type\": \"boolean\"}"));
        assertThat(document.at("/c")).isEqualTo(json("{\"type\": \"string\"}"));
    }

    @Test
    void leavesExamplesAloneAndReturnsZeroWhenThereIsNothingToReplace() {
        ObjectNode document = json("""
                {"example": {"x-stainless-override-schema": {"type": "integer"}},
                 "examples": [{"x-stainless-override-schema": {"type": "integer"}}]}""");
        ObjectNode before = document.deepCopy();

        assertThat(StainlessOverrides.apply(document)).isZero();
        assertThat(document).isEqualTo(before);
    }

    @Test
    void aRefInsideAnOverrideSurvivesAndIsResolvedByTheBundler() throws IOException {
        Path root = dir.resolve("api.yaml");
        Files.writeString(root, "openapi: 3.1.0\n");
        Files.writeString(dir.resolve("betas.yaml"), "ParallelBeta:\n  type: string\n  enum: [a, b]\n");
        ObjectNode document = json("""
                {"openapi": "3.1.0", "components": {"schemas": {"Params": {"type": "object", "properties": {
                  "beta": {"type": "string", "x-stainless-override-schema": {
                    "type": "array", "items": {"$ref": "betas.yaml#/ParallelBeta"}}}}}}}}""");

        StainlessOverrides.apply(document);
        RefBundler.bundle(new DocumentReader(), root, document);

        assertThat(document.at("/components/schemas/Params/properties/beta/items/$ref").asText())
                .isEqualTo("#/components/schemas/ParallelBeta");
        assertThat(document.at("/components/schemas/ParallelBeta/enum")).hasSize(2);
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
