package dev.parallel4j.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.Digests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release is identified by its version; a snapshot also by the content of its code, jar or folder. */
final class PluginIdentityTest {
    @TempDir
    Path dir;

    @Test
    void aReleaseIsItsVersion() {
        assertThat(PluginIdentity.of("1.2.3", dir.resolve("absent.jar"))).isEqualTo("1.2.3");
    }

    @Test
    void aSnapshotJarChangesWithAnyOfItsEntriesButNotWithTheTimeItWasWritten() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>(Map.of("dev/parallel4j/A.class", "a"));
        entries.put("META-INF/services/x.Y", "b");
        String before = PluginIdentity.of("1.3.0-SNAPSHOT", jar(entries, null));
        assertThat(before).startsWith("1.3.0-SNAPSHOT zip:2/");

        // Rebuilt with the same content: the same code.
        Path rebuilt = jar(entries, null);
        Files.setLastModifiedTime(rebuilt, FileTime.fromMillis(0));
        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", rebuilt)).isEqualTo(before);
        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", jar(entries, "a comment at the end"))).isEqualTo(before);

        entries.put("META-INF/services/x.Y", "c"); // same length, other content
        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", jar(entries, null))).isNotEqualTo(before);
        entries.remove("META-INF/services/x.Y");
        entries.put("META-INF/services/x.Z", "b"); // same content and name length, another name
        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", jar(entries, null))).isNotEqualTo(before);
        entries.put("META-INF/services/x.Y", "b"); // one more
        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", jar(entries, null))).isNotEqualTo(before);
    }

    @Test
    void aSnapshotThatIsNoZipIsItsVersionAndTheDigestOfTheWholeFile() throws IOException {
        Path notAZip = Files.write(dir.resolve("plugin.jar"), new byte[] {1, 2, 3});

        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", notAZip)).isEqualTo("1.3.0-SNAPSHOT sha256:" + Digests.sha256(new byte[] {1, 2, 3}));
        // The end-of-directory signature alone, with a table of contents that points outside the file.
        byte[] truncated = new byte[22];
        truncated[0] = 0x50;
        truncated[1] = 0x4b;
        truncated[2] = 0x05;
        truncated[3] = 0x06;
        truncated[12] = 100;
        Files.write(notAZip, truncated);
        assertThat(PluginIdentity.of("1.3.0-SNAPSHOT", notAZip)).isEqualTo("1.3.0-SNAPSHOT sha256:" + Digests.sha256(truncated));
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

    /** A new jar of the given entries, each with the same fixed time, as a reproducible build writes them. */
    private Path jar(Map<String, String> entries, String comment) throws IOException {
        Path jar = Files.createTempFile(dir, "plugin", ".jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(1_767_225_600_000L);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (comment != null) {
                zip.setComment(comment);
            }
        }
        return jar;
    }
}
