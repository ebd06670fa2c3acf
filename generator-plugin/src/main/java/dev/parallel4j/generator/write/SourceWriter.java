package dev.parallel4j.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code write} step: puts generated sources in the output directory touching as little as possible. A file
 * whose content is unchanged is not rewritten (its timestamp stays, so incremental compilers stay incremental),
 * a changed file is replaced atomically, and {@code .java} files in the directory that were not generated this
 * time are deleted, with the folders they leave empty. Nothing outside the directory is touched.
 */
public final class SourceWriter {
    private SourceWriter() {}

    /**
     * What a write did.
     *
     * @param written files created or changed
     * @param unchanged files left as they were
     * @param deleted stale files removed
     */
    public record Result(List<Path> written, List<Path> unchanged, List<Path> deleted) {}

    /**
     * Writes sources.
     *
     * @param directory the output directory, created if missing
     * @param sources file contents by path relative to it, e.g. {@code dev/parallel4j/client/ParallelClient.java}
     * @throws IllegalArgumentException if a path leads outside the directory; nothing has been written then
     * @throws UncheckedIOException if the file system refuses
     */
    public static Result write(Path directory, Map<String, String> sources) {
        try {
            Path root = directory.toAbsolutePath().normalize();
            Map<Path, String> files = new TreeMap<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = root.resolve(source.getKey()).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new IllegalArgumentException("Refusing to write outside " + root + ": " + source.getKey());
                }
                files.put(file, source.getValue());
            }
            Files.createDirectories(root);
            List<Path> written = new ArrayList<>();
            List<Path> unchanged = new ArrayList<>();
            for (Map.Entry<Path, String> source : files.entrySet()) {
                Path file = source.getKey();
                byte[] content = source.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
                    unchanged.add(file);
                } else {
                    replace(file, content);
                    written.add(file);
                }
            }
            return new Result(written, unchanged, deleteStale(root, files.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing generated sources to " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /** Replaces a file's content atomically where the file system can, creating its folder if missing. */
    static void replace(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<Path> deleteStale(Path root, Set<Path> expected) throws IOException {
        List<Path> deleted = new ArrayList<>();
        List<Path> stale;
        try (Stream<Path> files = Files.walk(root)) {
            stale = files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f) && !expected.contains(f)).sorted().toList();
        }
        for (Path file : stale) {
            Files.delete(file);
            deleted.add(file);
        }
        List<Path> folders;
        try (Stream<Path> all = Files.walk(root)) {
            folders = all.filter(Files::isDirectory).filter(d -> !d.equals(root)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
        return deleted;
    }
}
