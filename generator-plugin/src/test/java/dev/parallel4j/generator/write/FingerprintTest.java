package dev.parallel4j.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint: every part of it counts, and hashing the files on disk agrees with the digests the loader recorded. */
final class FingerprintTest {
    @TempDir
    Path dir;

    @Test
    void theFilesOnDiskGiveTheFingerprintOfTheirDigestsAndEveryPartCounts() throws IOException {
        Path api = Files.writeString(dir.resolve("api.yaml"), "openapi: 3.1.0\n");
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"), "overlay: 1.0.0\n");
        Map<Path, String> digests = new LinkedHashMap<>();
        digests.put(api, Digests.sha256("openapi: 3.1.0\n".getBytes(StandardCharsets.UTF_8)));
        digests.put(overlay, Digests.sha256("overlay: 1.0.0\n".getBytes(StandardCharsets.UTF_8)));
        String fingerprint = Fingerprint.of("1.0", "packageName=a\n", digests);

        assertThat(fingerprint).hasSize(64);
        assertThat(Fingerprint.ofFilesOnDisk("1.0", "packageName=a\n", List.of(api, overlay))).contains(fingerprint);
        assertThat(Fingerprint.ofFilesOnDisk("1.1", "packageName=a\n", List.of(api, overlay))).get().isNotEqualTo(fingerprint);
        assertThat(Fingerprint.ofFilesOnDisk("1.0", "packageName=b\n", List.of(api, overlay))).get().isNotEqualTo(fingerprint);
        assertThat(Fingerprint.ofFilesOnDisk("1.0", "packageName=a\n", List.of(overlay, api))).get().isNotEqualTo(fingerprint);
        Files.writeString(overlay, "overlay: 1.0.1\n");
        assertThat(Fingerprint.ofFilesOnDisk("1.0", "packageName=a\n", List.of(api, overlay))).get().isNotEqualTo(fingerprint);
        Files.delete(overlay);
        assertThat(Fingerprint.ofFilesOnDisk("1.0", "packageName=a\n", List.of(api, overlay))).isEmpty();
    }
}
