package dev.parallel4j.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * What to generate: the document, the overlays to apply to it, where the sources go and how they are named.
 *
 * @param inputSpec the OpenAPI document (JSON or YAML, 3.0 or 3.1)
 * @param overlays OpenAPI Overlay 1.0 documents applied in order
 * @param packageName the client's package; models go to {@code .model}, services to {@code .service}
 * @param clientName the client class name, or {@code null} to derive it from the document's title
 * @param outputDirectory where the sources are written; the generator owns it
 */
public record GenerationRequest(Path inputSpec, List<Path> overlays, String packageName, String clientName, Path outputDirectory) {
    /** Identifiers that are not keywords but cannot name a class (JLS 3.9): {@code class var} does not compile. */
    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /**
     * Checks the request.
     *
     * @throws IllegalArgumentException for a missing path or a package or class name that is not a Java name
     */
    public GenerationRequest {
        Objects.requireNonNull(inputSpec, "inputSpec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        overlays = List.copyOf(Objects.requireNonNull(overlays, "overlays"));
        if (packageName == null || !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("packageName '" + packageName + "' is not a valid Java package name");
        }
        if (clientName != null && (!SourceVersion.isIdentifier(clientName) || SourceVersion.isKeyword(clientName)
                || RESTRICTED_TYPE_NAMES.contains(clientName))) {
            throw new IllegalArgumentException("clientName '" + clientName + "' is not a valid Java class name");
        }
    }

    /**
     * Everything in the request that decides the output, as text with one {@code name=value} line each and paths
     * absolute: two requests with the same configuration give byte-identical sources from the same input files.
     */
    public String configuration() {
        StringBuilder text = new StringBuilder();
        text.append("inputSpec=").append(absolute(inputSpec)).append('\n');
        overlays.forEach(overlay -> text.append("overlay=").append(absolute(overlay)).append('\n'));
        text.append("packageName=").append(packageName).append('\n');
        text.append("clientName=").append(clientName == null ? "" : clientName).append('\n');
        text.append("outputDirectory=").append(absolute(outputDirectory)).append('\n');
        return text.toString();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
