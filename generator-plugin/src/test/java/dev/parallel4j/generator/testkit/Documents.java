package dev.parallel4j.generator.testkit;

import dev.parallel4j.generator.Generator;
import dev.parallel4j.generator.emit.Emitter;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.load.OpenApiLoader;
import dev.parallel4j.generator.translate.Translator;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The test documents (small, hand-written, under {@code src/test/resources}) and the project's own document, and
 * the pipeline run on them up to the emitted text. Paths are relative to the module directory, where Maven runs
 * the tests.
 */
public final class Documents {
    /** Where the hand-written test documents live. */
    public static final Path RESOURCES = Path.of("src", "test", "resources");
    /** The Parallel document the project ships, in the {@code spec} module. */
    public static final Path PARALLEL = Path.of("..", "spec", "src", "main", "openapi", "parallel-openapi.yaml");
    /** The overlays the generated client is built with, in the order its pom applies them. */
    public static final Path[] PARALLEL_OVERLAYS = {
        overlay("findall-betas.yaml"), overlay("corrections.yaml"), overlay("java-names.yaml"), overlay("long-polls.yaml"),
        overlay("webhooks.yaml"), overlay("streams.yaml")
    };

    private Documents() {}

    private static Path overlay(String name) {
        return Path.of("..", "spec", "src", "main", "openapi", "overlays", name);
    }

    /** Copies a folder of test documents, e.g. {@code petstore}, to a place where a test may change them; returns the copy. */
    public static Path copy(String folder, Path to) {
        return FileTree.copy(resource(folder), to);
    }

    /** A test document, e.g. {@code translate/unions.yaml}. */
    public static Path resource(String relative) {
        return RESOURCES.resolve(relative);
    }

    /** Loads and translates a document with the client name derived from its title. */
    public static ApiModel translate(Path document, Path... overlays) {
        return Translator.translate(new OpenApiLoader().load(document, Arrays.asList(overlays)), null);
    }

    /** Loads and translates a test document under {@code src/test/resources}. */
    public static ApiModel translate(String resource) {
        return translate(resource(resource));
    }

    /** The text of every emitted file by its path, e.g. {@code com/example/model/Widget.java}. */
    public static Map<String, String> emit(ApiModel model, String basePackage) {
        return Generator.render(Emitter.emit(model, basePackage));
    }

    /** The files emitted for a document. */
    public static Map<String, String> emit(Path document, List<Path> overlays, String basePackage) {
        return emit(translate(document, overlays.toArray(Path[]::new)), basePackage);
    }
}
