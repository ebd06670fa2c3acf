package dev.parallel4j.generator.maven;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Identifies the plugin's code for the fingerprint of a generation. A release is its version; a snapshot changes
 * without changing its version, so it is its version and a checksum of its code.
 *
 * <p>For a jar the checksum is over the jar's central directory, the table of contents at its end that gives the
 * name, sizes and CRC-32 of every entry: any change to any class or resource changes it, and reading it costs a few
 * hundred kilobytes at the end of the file instead of the whole jar (which carries its libraries, some 6 MB, and
 * hashing all of it took longer than the rest of an up-to-date check). The table is summed with CRC-32 rather than
 * SHA-256 for the same reason: SHA-256 runs interpreted this early in a build, over ten times slower. A change to the
 * jar goes unnoticed only if both its entry count and table length stay the same and the sums collide, one chance in
 * four billion; this guards against stale output after a rebuild, not against tampering. A jar rebuilt with the same
 * content keeps its identity. A file that is not a zip is hashed whole with SHA-256, and when an IDE resolves the
 * plugin to a folder of classes, every file in the folder is.
 */
final class PluginIdentity {
    /** The end of central directory record: its signature, and its length without the trailing comment. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;

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
            if (Files.isDirectory(code)) {
                return version + " sha256:" + folderDigest(code);
            }
            Optional<String> contents = tableOfContents(code);
            return version + " " + (contents.isPresent() ? contents.get() : "sha256:" + Digests.sha256(Files.readAllBytes(code)));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the plugin's own code at " + code + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The checksum of a zip's central directory, as {@code zip:<entries>/<length>/crc32:<sum>}; empty when the file
     * is not a zip this can read (no end record, or a zip64 one).
     */
    private static Optional<String> tableOfContents(Path zip) throws IOException {
        try (FileChannel file = FileChannel.open(zip)) {
            long size = file.size();
            int tail = (int) Math.min(size, END_LENGTH + 0xFFFF);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            readFully(file, end, size - tail);
            for (int at = tail - END_LENGTH; at >= 0; at--) {
                // The record is the last thing in the file but for its comment, whose length it gives.
                if (end.getInt(at) != END_SIGNATURE || Short.toUnsignedInt(end.getShort(at + 20)) != tail - at - END_LENGTH) {
                    continue;
                }
                int entries = Short.toUnsignedInt(end.getShort(at + 10));
                long length = Integer.toUnsignedLong(end.getInt(at + 12));
                long offset = Integer.toUnsignedLong(end.getInt(at + 16));
                if (entries == 0xFFFF || length == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + length > size - tail + at) {
                    return Optional.empty();
                }
                ByteBuffer directory = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
                readFully(file, directory, offset);
                if (entries > 0 && (length < 4 || directory.getInt(0) != CENTRAL_SIGNATURE)) {
                    return Optional.empty();
                }
                CRC32 sum = new CRC32();
                sum.update(directory.array());
                return Optional.of("zip:" + entries + "/" + length + "/crc32:" + HexFormat.of().toHexDigits((int) sum.getValue()));
            }
            return Optional.empty();
        }
    }

    private static void readFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
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
