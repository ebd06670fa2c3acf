package dev.parallel4j.generator.write;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last successful generation left behind: its fingerprint, the input files it read (so that the next
 * build can hash them again without parsing the document), and each Java file in the output directory when it
 * finished (so that the next build can see the output is still intact).
 *
 * @param fingerprint the {@link Fingerprint} of that generation
 * @param inputs the files it read, in the order the loader read them
 * @param outputs the Java files under the output directory by relative path, {@code /}-separated, sorted
 */
public record GenerationState(String fingerprint, List<Path> inputs, Map<String, OutputFile> outputs) {
    /** Copies the collections. */
    public GenerationState {
        inputs = List.copyOf(inputs);
        outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
    }

    /**
     * A generated file as it was left.
     *
     * @param size its length in bytes
     * @param lastModified its modification time in milliseconds since the epoch
     * @param checksum the CRC-32C of its content ({@link Digests#crc32c})
     */
    public record OutputFile(long size, long lastModified, String checksum) {}

    /**
     * Whether the output directory holds exactly the Java files this generation left there, with the same content.
     * A file with the same size and time is taken as unchanged without reading it, so the check costs a directory
     * listing; only a file whose time changed (touched, copied) is read and compared by checksum. CRC-32C rather
     * than SHA-256: it guards against a stale or edited file, not against tampering, and over every file of a large
     * client it costs 7 ms in a fresh JVM where SHA-256, still interpreted, costs 40.
     *
     * @throws UncheckedIOException if the file system refuses
     */
    public boolean outputIntact(Path outputDirectory) {
        SortedMap<String, Path> files = javaFiles(outputDirectory);
        if (!files.keySet().equals(outputs.keySet())) {
            return false;
        }
        try {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                OutputFile recorded = outputs.get(file.getKey());
                BasicFileAttributes now = Files.readAttributes(file.getValue(), BasicFileAttributes.class);
                if (now.size() != recorded.size() || now.lastModifiedTime().toMillis() != recorded.lastModified()
                        && !Digests.crc32c(Files.readAllBytes(file.getValue())).equals(recorded.checksum())) {
                    return false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + outputDirectory + " failed: " + e.getMessage(), e);
        }
        return true;
    }

    /**
     * The Java files under a directory as they are now, to record after generating.
     *
     * @throws UncheckedIOException if the file system refuses
     */
    public static Map<String, OutputFile> describe(Path outputDirectory) {
        Map<String, OutputFile> described = new TreeMap<>();
        try {
            for (Map.Entry<String, Path> file : javaFiles(outputDirectory).entrySet()) {
                BasicFileAttributes attributes = Files.readAttributes(file.getValue(), BasicFileAttributes.class);
                described.put(file.getKey(), new OutputFile(attributes.size(), attributes.lastModifiedTime().toMillis(),
                        Digests.crc32c(Files.readAllBytes(file.getValue()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + outputDirectory + " failed: " + e.getMessage(), e);
        }
        return described;
    }

    /** The regular {@code .java} files under a directory by relative path; empty when there is no directory. */
    private static SortedMap<String, Path> javaFiles(Path directory) {
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                    .forEach(f -> files.put(directory.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + directory + " failed: " + e.getMessage(), e);
        }
        return files;
    }
}
