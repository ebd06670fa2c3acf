package dev.parallel4j.generator.maven;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the plugin's code for the fingerprint of a generation. A release is its version; a snapshot changes
 * without changing its version, so it is its version and a digest of its jar (or, when an IDE resolves the plugin
 * to a folder of classes, of every file in the folder).
 */
final class PluginIdentity {
    private PluginIdentity() {}

    /**
     * The identity of the plugin's code.
     *
     * @param version the plugin's version
     * @param code its jar, or a folder of its classes
     * @throws UncheckedIOException if a snapshot's code cannot be read
     */
    static String of(String version, Path code) {
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        try {
            return version + " sha256:" + (Files.isDirectory(code) ? folderDigest(code) : Digests.sha256(Files.readAllBytes(code)));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the plugin's own code at " + code + " failed: " + e.getMessage(), e);
        }
    }

    /** A digest over the relative path and content of every file in a folder, in path order. */
    private static String folderDigest(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest digest = Digests.sha256();
        for (Path file : files) {
            String entry = folder.relativize(file).toString().replace('\\', '/') + " " + Digests.sha256(Files.readAllBytes(file)) + "\n";
            digest.update(entry.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
