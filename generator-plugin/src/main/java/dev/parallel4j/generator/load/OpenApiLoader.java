package dev.parallel4j.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code load} and {@code override} steps: reads the document, applies the user's overlays and the
 * document's {@code x-stainless-override-schema} extensions, bundles referenced files, and parses the result with
 * swagger-parser.
 *
 * <p>Overlays come first because they may edit the override extensions themselves (our {@code spec/} adds the
 * default betas to them that way).
 */
public final class OpenApiLoader {
    private final DocumentReader reader = new DocumentReader();

    /**
     * Loads a document.
     *
     * @param document the OpenAPI document, JSON or YAML, version 3.0 or 3.1
     * @param overlays Overlay 1.0 documents to apply, in order
     * @throws SpecException if any input is missing, malformed or inconsistent
     */
    public LoadedSpec load(Path document, List<Path> overlays) {
        Path root = document.toAbsolutePath().normalize();
        JsonNode tree = reader.read(root);
        if (!(tree instanceof ObjectNode object)) {
            throw new SpecException(SourceLocation.of(root), "an OpenAPI document must be a JSON/YAML object");
        }
        checkVersion(root, object);
        Overlays applier = new Overlays(reader);
        List<Path> overlayFiles = new ArrayList<>();
        for (Path overlay : overlays) {
            Path file = overlay.toAbsolutePath().normalize();
            applier.apply(file, object);
            overlayFiles.add(file);
        }
        StainlessOverrides.apply(object);
        RefBundler.Bundle bundle = RefBundler.bundle(reader, root, object);
        ParameterCheck.check(object, pointer -> locate(bundle.provenance(), pointer));
        RequiredCycleCheck.check(object, pointer -> locate(bundle.provenance(), pointer));

        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setInferSchemaType(false);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIDeserializer().deserialize(object, root.toString(), options);
        } catch (RuntimeException e) {
            throw new SpecException(SourceLocation.of(root), "swagger-parser could not read the document: " + e, e);
        }
        OpenAPI api = result.getOpenAPI();
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (api == null) {
            throw new SpecException(SourceLocation.of(root), "swagger-parser could not read the document: " + String.join("; ", messages));
        }
        List<Path> files = new ArrayList<>(bundle.files());
        files.addAll(overlayFiles);
        return new LoadedSpec(api, files, messages, bundle.provenance(), reader);
    }

    private void checkVersion(Path file, ObjectNode document) {
        String version = document.path("openapi").asText("");
        if (version.startsWith("3.0") || version.startsWith("3.1")) {
            return;
        }
        boolean swagger = document.has("swagger") && !document.has("openapi");
        String problem = swagger
                ? "Swagger 2.0 documents are not supported; convert it to OpenAPI 3 first"
                : version.isEmpty() ? "the 'openapi' version field is missing" : "OpenAPI version " + version + " is not supported (3.0 and 3.1 are)";
        String pointer = swagger ? "/swagger" : "/openapi";
        throw new SpecException(SourceLocation.of(file, pointer).withLine(reader.lineOf(file, pointer)), problem);
    }

    /** Where the value at a pointer of the bundled document was written, with its line. */
    private SourceLocation locate(Provenance provenance, String pointer) {
        SourceLocation origin = provenance.locate(pointer);
        return origin.withLine(reader.lineOf(origin.file(), origin.pointer()));
    }
}
