package dev.parallel4j.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release is identified by its version; a snapshot also by the bytes of its code, jar or folder. */
final class PluginIdentityTest {
    @TempDir
    Path dir;

    @Test
    void aReleaseIsItsVersion() {
        assertThat(PluginIdentity.of("1.2.3", dir.resolve("absent.jar"))).isEqualTo("1.2.3");
    }

    @Test
    void aSnapshotIsItsVersionAndTheDigestOfItsJar() throws IOException {
        Path jar = Files.write(dir.resolve("plugin.jar"), new byte[] {1, 2, 3});

        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", jar)).isEqualTo("1.3.0-SNAPSHOT sha256:" + Digests.sha256(new byte[] {1, 2, 3}));
    }

    @Test
    void aSnapshotInAFolderOfClassesChangesWithAnyOfItsFiles() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/dev/parallel4j"));
        Files.writeString(classes.resolve("A.class"), "a");
        Files.writeString(classes.resolve("B.class"), "b");
        String before = PluginIdentity.of("1.3.0-SNAPSHOT", dir.resolve("classes"));
        assertThat(before).startsWith("1.3.0-SNAPSHOT sha256:").isEqualTo(PluginIdentity.of("1.3.0-SNAPSHOT", dir.resolve("classes")));

        Files.writeString(classes.resolve("B.class"), "c");

        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", dir.resolve("classes"))).isNotEqualTo(before);
    }
}
