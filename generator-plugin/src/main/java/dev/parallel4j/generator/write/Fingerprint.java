package dev.parallel4j.generator.write;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprint of a generation: a SHA-256 over the generator's identity, the configuration of the request and
 * the digest of every input file (the document, the files it references, the overlays). Two generations with the
 * same fingerprint write the same sources.
 */
public final class Fingerprint {
    /** Changes whenever what goes into a fingerprint changes, so that an old one never matches by accident. */
    private static final String FORMAT = "parallel4j fingerprint 1";

    private Fingerprint() {}

    /**
     * The fingerprint of a generation.
     *
     * @param generator identifies the generator's code: its version, and for a snapshot a checksum of its jar
     * @param configuration the request's configuration, as {@code GenerationRequest.configuration()} gives it
     * @param inputs the SHA-256 of each input file by path, in the order the loader read them
     */
    public static String of(String generator, String configuration, Map<Path, String> inputs) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        text.append("generator=").append(generator).append('\n');
        text.append(configuration);
        inputs.forEach((file, digest) -> text.append("input=").append(file).append(' ').append(digest).append('\n'));
        return Digests.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fingerprint the same generation would have now, hashing the files as they are on disk: the check for
     * "up to date", which needs no parsing because the last run recorded which files it read.
     *
     * @return empty when an input can no longer be read (deleted, say): then only a full run can tell what is wrong
     */
    public static Optional<String> ofFilesOnDisk(String generator, String configuration, List<Path> inputs) {
        Map<Path, String> digests = new LinkedHashMap<>();
        for (Path input : inputs) {
            try {
                digests.put(input, Digests.sha256(Files.readAllBytes(input)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(of(generator, configuration, digests));
    }
}
