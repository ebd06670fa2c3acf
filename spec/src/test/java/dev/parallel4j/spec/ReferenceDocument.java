package dev.parallel4j.spec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the two documents the conformance tests compare: ours (in this module) and Parallel's published one,
 * which lives outside the project in {@code ../shared/reference} and is absent from a user's fresh checkout, in
 * which case the tests are skipped.
 */
final class ReferenceDocument {
    private static final Path OURS = Path.of("src/main/openapi/parallel-openapi.yaml");
    private static final Path REFERENCE = Path.of("../../shared/reference/parallel/public-openapi.json");

    private ReferenceDocument() {}

    /** Our document. */
    static JsonNode ours() {
        return read(new YAMLMapper(), OURS);
    }

    /** Parallel's public document; skips the calling test when it is not beside the project. */
    static JsonNode reference() {
        assumeTrue(Files.isRegularFile(REFERENCE), "Parallel's reference document is not at " + REFERENCE.toAbsolutePath()
                + " (only present beside the project in its development workspace)");
        return read(new ObjectMapper(), REFERENCE);
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
