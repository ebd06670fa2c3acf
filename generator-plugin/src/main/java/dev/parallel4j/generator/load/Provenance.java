package dev.parallel4j.generator.load;

import dev.parallel4j.generator.SourceLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a JSON pointer in the bundled document back to the file and pointer it came from, so a problem found in
 * a component copied from another file is reported where the user wrote it.
 */
public final class Provenance {
    private final Path rootFile;
    private final TreeMap<String, SourceLocation> origins = new TreeMap<>();

    Provenance(Path rootFile) {
        this.rootFile = rootFile;
    }

    /** A document that pulled nothing in from other files. */
    public static Provenance of(Path rootFile) {
        return new Provenance(rootFile);
    }

    void record(String bundledPointer, SourceLocation origin) {
        origins.put(bundledPointer, origin);
    }

    /** The document itself. */
    public Path rootFile() {
        return rootFile;
    }

    /** Where the value at a pointer of the bundled document was written. */
    public SourceLocation locate(String pointer) {
        for (Map.Entry<String, SourceLocation> entry = origins.floorEntry(pointer);
                entry != null;
                entry = origins.lowerEntry(entry.getKey())) {
            String prefix = entry.getKey();
            if (pointer.equals(prefix) || pointer.startsWith(prefix + "/")) {
                SourceLocation origin = entry.getValue();
                return SourceLocation.of(origin.file(), origin.pointer() + pointer.substring(prefix.length()));
            }
            if (!pointer.startsWith(commonRoot(prefix))) {
                break;
            }
        }
        return SourceLocation.of(rootFile, pointer);
    }

    private static String commonRoot(String pointer) {
        int second = pointer.indexOf('/', 1);
        return second < 0 ? pointer : pointer.substring(0, second);
    }
}
