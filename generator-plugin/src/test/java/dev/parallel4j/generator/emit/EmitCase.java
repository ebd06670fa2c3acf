package dev.parallel4j.generator.emit;

import dev.parallel4j.generator.testkit.Documents;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * A document the emit tests generate a client from: the golden cases (one small hand-written document per kind of
 * output, and the project's Parallel document with its overlay) and the documents only compiled.
 *
 * @param name the case, also its folder under {@code src/test/resources/golden}
 * @param document the OpenAPI document
 * @param overlays overlays applied to it
 */
record EmitCase(String name, Path document, List<Path> overlays) {
    /** The package golden sources are emitted into. */
    static final String GOLDEN_PACKAGE = "com.example";

    /** Cases whose every emitted file is pinned by a golden file. */
    static final List<EmitCase> GOLDEN = List.of(
            of("model", "emit/model.yaml"),
            of("enum", "emit/enum.yaml"),
            of("union-discriminated", "emit/union-discriminated.yaml"),
            of("union-scalar", "emit/union-scalar.yaml"),
            of("service", "emit/service.yaml"),
            of("bodies", "emit/bodies.yaml"),
            of("webhooks", "emit/webhooks.yaml"),
            of("client-behaviour", "translate/client-behaviour.yaml"),
            of("waiters", "translate/waiters.yaml"),
            new EmitCase("parallel", Documents.PARALLEL, List.of(Documents.PARALLEL_OVERLAYS)));

    /** Cases that are only compiled: shapes that once gave Java that did not compile, and the translate documents. */
    static final List<EmitCase> COMPILED_ONLY = List.of(
            of("edge-cases", "emit/edge-cases.yaml"),
            of("types", "translate/types.yaml"),
            of("types-30", "translate/types-30.yaml"),
            of("names", "translate/names.yaml"),
            of("unions", "translate/unions.yaml"),
            of("operations", "translate/operations.yaml"));

    private static EmitCase of(String name, String resource) {
        return new EmitCase(name, Documents.resource(resource), List.of());
    }

    /** The emitted files, by path, in the given base package. */
    Map<String, String> emit(String basePackage) {
        return Documents.emit(document, overlays, basePackage);
    }

    /** A Java package name for this case under a prefix, e.g. {@code compiled.union_scalar}, {@code compiled.enum_}. */
    String packageUnder(String prefix) {
        String segment = name.replace('-', '_');
        return prefix + "." + (SourceVersion.isKeyword(segment) ? segment + "_" : segment);
    }

    @Override
    public String toString() {
        return name;
    }
}
