package dev.parallel4j.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing generated sources: only what changed, stale files removed, nothing outside the output directory. */
final class SourceWriterTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path workspace;

    @Test
    void firstWriteCreatesEveryFileAndTheDirectory() throws IOException {
        Path out = workspace.resolve("out/generated");

        SourceWriter.Result result = SourceWriter.write(out, sources());

        assertThat(result.written()).containsExactlyInAnyOrder(
                out.resolve("com/example/Client.java"), out.resolve("com/example/model/Pet.java"));
        assertThat(result.unchanged()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(out.resolve("com/example/model/Pet.java")).hasContent("class Pet {}\n");
        assertThat(tree(out)).containsExactly("com/example/Client.java", "com/example/model/Pet.java");
    }

    @Test
    void secondIdenticalWriteRewritesNothing() throws IOException {
        Path out = workspace.resolve("out");
        SourceWriter.write(out, sources());
        ageEverything(out);

        SourceWriter.Result result = SourceWriter.write(out, sources());

        assertThat(result.written()).isEmpty();
        assertThat(result.unchanged()).hasSize(2);
        assertThat(Files.getLastModifiedTime(out.resolve("com/example/Client.java"))).isEqualTo(OLD);
        assertThat(Files.getLastModifiedTime(out.resolve("com/example/model/Pet.java"))).isEqualTo(OLD);
    }

    @Test
    void changingOneSourceRewritesOnlyThatFile() throws IOException {
        Path out = workspace.resolve("out");
        SourceWriter.write(out, sources());
        ageEverything(out);
        Map<String, String> changed = sources();
        changed.put("com/example/model/Pet.java", "class Pet { int age; }\n");

        SourceWriter.Result result = SourceWriter.write(out, changed);

        assertThat(result.written()).containsExactly(out.resolve("com/example/model/Pet.java"));
        assertThat(result.unchanged()).containsExactly(out.resolve("com/example/Client.java"));
        assertThat(out.resolve("com/example/model/Pet.java")).hasContent("class Pet { int age; }\n");
        assertThat(Files.getLastModifiedTime(out.resolve("com/example/model/Pet.java"))).isNotEqualTo(OLD);
        assertThat(Files.getLastModifiedTime(out.resolve("com/example/Client.java"))).isEqualTo(OLD);
        assertThat(tree(out)).containsExactly("com/example/Client.java", "com/example/model/Pet.java");
    }

    @Test
    void deletesASourceNoLongerGeneratedAndTheFoldersItLeavesEmpty() throws IOException {
        Path out = workspace.resolve("out");
        Map<String, String> before = sources();
        before.put("com/example/old/deep/Gone.java", "class Gone {}\n");
        SourceWriter.write(out, before);

        SourceWriter.Result result = SourceWriter.write(out, sources());

        assertThat(result.deleted()).containsExactly(out.resolve("com/example/old/deep/Gone.java"));
        assertThat(out.resolve("com/example/old")).doesNotExist();
        assertThat(out.resolve("com/example/model")).isDirectory();
        assertThat(out).isDirectory();
    }

    @Test
    void leavesFilesThatAreNotJavaSourcesAndTheirFolders() throws IOException {
        Path out = workspace.resolve("out");
        Files.createDirectories(out.resolve("META-INF/notes"));
        Files.writeString(out.resolve("META-INF/notes/README.md"), "keep me");
        Files.writeString(out.resolve("fingerprint.txt"), "keep me too");
        Files.createDirectories(out.resolve("com/example"));
        Files.writeString(out.resolve("com/example/Stale.java"), "class Stale {}");
        Files.writeString(out.resolve("com/example/Stale.java.orig"), "backup");

        SourceWriter.Result result = SourceWriter.write(out, sources());

        assertThat(result.deleted()).containsExactly(out.resolve("com/example/Stale.java"));
        assertThat(tree(out)).containsExactly("META-INF/notes/README.md", "com/example/Client.java",
                "com/example/Stale.java.orig", "com/example/model/Pet.java", "fingerprint.txt");
    }

    @Test
    void refusesPathsThatLeaveTheDirectoryBeforeWritingAnything() throws IOException {
        Path out = workspace.resolve("out");
        for (String escaping : List.of("../Evil.java", "com/../../Evil.java", workspace.resolve("Evil.java").toString(), ".")) {
            Map<String, String> sources = new LinkedHashMap<>();
            sources.put("a/First.java", "class First {}\n");
            sources.put(escaping, "class Evil {}\n");

            IllegalArgumentException e = assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> SourceWriter.write(out, sources)).actual();

            assertThat(e).hasMessageContaining("Refusing to write outside").hasMessageContaining(escaping);
            assertThat(workspace.resolve("Evil.java")).doesNotExist();
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void touchesNothingOutsideTheOutputDirectory() throws IOException {
        Path out = workspace.resolve("project/target/generated");
        Path sibling = workspace.resolve("project/target/classes/Old.java");
        Path parentFile = workspace.resolve("project/target/Keep.java");
        Files.createDirectories(sibling.getParent());
        Files.writeString(sibling, "class Old {}");
        Files.writeString(parentFile, "class Keep {}");
        Files.createDirectories(workspace.resolve("project/target/empty"));
        ageEverything(workspace);

        SourceWriter.write(out, sources());
        SourceWriter.write(out, Map.of());

        assertThat(tree(workspace)).containsExactly("project/target/Keep.java", "project/target/classes/Old.java");
        assertThat(workspace.resolve("project/target/empty")).isDirectory();
        assertThat(Files.getLastModifiedTime(sibling)).isEqualTo(OLD);
        assertThat(Files.getLastModifiedTime(parentFile)).isEqualTo(OLD);
        assertThat(out).isDirectory().isEmptyDirectory();
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path out = workspace.resolve("out");
        SourceWriter.write(out, sources());
        Map<String, String> changed = sources();
        changed.put("com/example/Client.java", "class Client { }\n");

        SourceWriter.write(out, changed);

        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("com/example/Client.java", "class Client {}\n");
        sources.put("com/example/model/Pet.java", "class Pet {}\n");
        return sources;
    }

    /** Sets every file's modification time to a fixed day long ago, so that a rewrite cannot go unnoticed. */
    private static void ageEverything(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, OLD);
            }
        }
    }

    /** The regular files under a directory, relative and sorted. */
    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> paths = new ArrayList<>();
            files.filter(Files::isRegularFile).forEach(f -> paths.add(root.relativize(f).toString().replace('\\', '/')));
            paths.sort(null);
            return paths;
        }
    }
}
