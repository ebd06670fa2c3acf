package dev.parallel4j.generator.testkit;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The regular files under a directory with a digest of their content and their modification time, to check that
 * a run left a tree exactly as it was, or that two runs gave identical trees.
 *
 * @param digests the SHA-256 of each file by relative path, {@code /}-separated
 * @param times the modification time of each file by relative path
 */
public record FileTree(Map<String, String> digests, Map<String, FileTime> times) {
    /** A time long past, given to files by {@link #age(Path)}: a file that still has it was not rewritten. */
    public static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    /** The files under a directory now; empty when there is no directory. */
    public static FileTree of(Path root) {
        Map<String, String> digests = new TreeMap<>();
        Map<String, FileTime> times = new TreeMap<>();
        for (Path file : files(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            try {
                digests.put(relative, Digests.sha256(Files.readAllBytes(file)));
                times.put(relative, Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FileTree(digests, times);
    }

    /** The relative paths of the files, sorted. */
    public List<String> paths() {
        return List.copyOf(digests.keySet());
    }

    /** Sets the modification time of every file under a directory to {@link #OLD}. */
    public static void age(Path root) {
        try {
            for (Path file : files(root)) {
                Files.setLastModifiedTime(file, OLD);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the files under a directory to another, keeping their times; returns the copy. */
    public static Path copy(Path from, Path to) {
        try {
            for (Path file : files(from)) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
