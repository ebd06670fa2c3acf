package dev.parallel4j.generator.load;

import dev.parallel4j.generator.SourceLocation;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document ready to translate: parsed by swagger-parser after overlays, overrides and bundling, with the files
 * it was built from and a way back from a JSON pointer to the place the user wrote.
 *
 * @param api the parsed document
 * @param files every file read: the document, the files it references, then the overlays
 * @param warnings what swagger-parser found questionable without failing
 * @param provenance where bundled values came from
 * @param reader the reader, to find lines when reporting a problem
 */
public record LoadedSpec(OpenAPI api, List<Path> files, List<String> warnings, Provenance provenance, DocumentReader reader) {
    /** Copies the lists. */
    public LoadedSpec {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** The SHA-256 of each of {@link #files()} as it was read, in that order. */
    public Map<Path, String> digests() {
        Map<Path, String> read = reader.digests();
        Map<Path, String> digests = new LinkedHashMap<>();
        files.forEach(file -> digests.put(file, read.get(file)));
        return digests;
    }

    /** The file, pointer and line where the value at a pointer of the bundled document was written. */
    public SourceLocation locate(String pointer) {
        SourceLocation origin = provenance.locate(pointer);
        return origin.withLine(reader.lineOf(origin.file(), origin.pointer()));
    }
}
