package dev.parallel4j.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.parallel4j.generator.write.GenerationState.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the record of the last generation between builds, and telling whether its output is intact. */
final class StateDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void recordsTheApiSnapshotAndTheGenerationAndReadsThemBack() {
        StateDirectory state = new StateDirectory(dir.resolve("state"));
        GenerationState generation = new GenerationState("abc", List.of(dir.resolve("api.yaml"), dir.resolve("overlay.yaml")),
                Map.of("com/example/Client.java", new OutputFile(12, 345, "def")));

        state.record("{\"format\": 1}\n", generation);

        assertThat(state.lastGeneration()).contains(generation);
        assertThat(state.lastApi()).contains("{\"format\": 1}\n");
    }

    @Test
    void hasNoLastGenerationWhenNothingWasRecordedOrItWasForgottenOrDamaged() throws IOException {
        StateDirectory state = new StateDirectory(dir);
        assertThat(state.lastGeneration()).isEmpty();
        assertThat(state.lastApi()).isEmpty();

        state.record("{}", new GenerationState("abc", List.of(), Map.of()));
        state.forget();
        assertThat(state.lastGeneration()).isEmpty();
        assertThat(state.lastApi()).contains("{}");

        Files.writeString(dir.resolve("fingerprint.json"), "{\"format\": 2, \"finger");
        assertThat(state.lastGeneration()).isEmpty();
        Files.writeString(dir.resolve("fingerprint.json"), "{\"format\": 3, \"fingerprint\": \"abc\"}");
        assertThat(state.lastGeneration()).isEmpty();
        // format 1 kept SHA-256 digests of the outputs: its record is not read, so the next run regenerates
        Files.writeString(dir.resolve("fingerprint.json"), "{\"format\": 1, \"fingerprint\": \"abc\", \"inputs\": [],"
                + " \"outputs\": {\"A.java\": {\"size\": 3, \"lastModified\": 4, \"sha256\": \"d\"}}}");
        assertThat(state.lastGeneration()).isEmpty();
        Files.writeString(dir.resolve("fingerprint.json"), "{\"format\": 2, \"fingerprint\": \"abc\", \"inputs\": [\"a.yaml\", 7]}");
        assertThat(state.lastGeneration()).isEmpty();
        Files.writeString(dir.resolve("fingerprint.json"), "[\"format\", 1]");
        assertThat(state.lastGeneration()).isEmpty();
    }

    @Test
    void readsARecordLeniently() throws IOException {
        StateDirectory state = new StateDirectory(dir);
        Files.writeString(dir.resolve("fingerprint.json"), "{\"future\": {\"x\": [1]}, \"format\": 2, \"fingerprint\": \"abc\","
                + " \"inputs\": [\"a.yaml\"], \"outputs\": {\"A.java\": {\"size\": 3, \"checksum\": \"d\", \"later\": true},"
                + " \"B.java\": \"not an object\"}}");

        assertThat(state.lastGeneration()).contains(new GenerationState("abc", List.of(Path.of("a.yaml")),
                Map.of("A.java", new OutputFile(3, -1, "d"), "B.java", new OutputFile(-1, -1, ""))));
    }

    @Test
    void recordsAnyPathAndReadsARecordAsTheVersionBeforeWroteIt() throws IOException {
        StateDirectory state = new StateDirectory(dir);
        GenerationState awkward = new GenerationState("abc", List.of(dir.resolve("a \"quoted\" \\ é\tfile.yaml")),
                Map.of("com/example/Ünïcode.java", new OutputFile(1, 2, "e")));
        state.record("{}", awkward);
        assertThat(state.lastGeneration()).contains(awkward);

        // As Jackson's pretty printer lays it out (a record is written with it).
        Files.writeString(dir.resolve("fingerprint.json"), "{\n  \"format\" : 2,\n  \"fingerprint\" : \"abc\",\n  \"inputs\" : [ \"a.yaml\" ],\n"
                + "  \"outputs\" : {\n    \"A.java\" : {\n      \"size\" : 3,\n      \"lastModified\" : 4,\n      \"checksum\" : \"d\"\n    }\n  }\n}");
        assertThat(state.lastGeneration()).contains(new GenerationState("abc", List.of(Path.of("a.yaml")), Map.of("A.java", new OutputFile(3, 4, "d"))));
    }

    @Test
    void describesEachGeneratedFileByItsSizeTimeAndCrc32c() throws IOException {
        Path out = dir.resolve("out");
        Path file = Files.writeString(Files.createDirectories(out).resolve("A.java"), "123456789");

        assertThat(GenerationState.describe(out)).containsExactly(entry("A.java",
                new OutputFile(9, Files.getLastModifiedTime(file).toMillis(), "e3069283"))); // CRC-32C's check value
    }

    @Test
    void outputIsIntactWhileItsJavaFilesKeepTheirContentEvenWhenTouched() throws IOException {
        Path out = dir.resolve("out");
        Path file = Files.createDirectories(out.resolve("com/example")).resolve("Client.java");
        Files.writeString(file, "class Client {}\n");
        Files.writeString(out.resolve("notes.txt"), "not a source, not ours");
        GenerationState generation = new GenerationState("abc", List.of(), GenerationState.describe(out));

        assertThat(generation.outputs()).containsOnlyKeys("com/example/Client.java");
        assertThat(generation.outputIntact(out)).isTrue();
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertThat(generation.outputIntact(out)).isTrue();
        Files.writeString(file, "class Client { }\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(generation.outputs().get("com/example/Client.java").lastModified()));
        assertThat(generation.outputIntact(out)).isFalse(); // another size
        Files.writeString(file, "class Tneilc {}\n");
        assertThat(generation.outputIntact(out)).isFalse(); // same size, another time and content
        Files.writeString(file, "class Client {}\n");
        Files.writeString(out.resolve("com/example/Extra.java"), "class Extra {}\n");
        assertThat(generation.outputIntact(out)).isFalse();
        Files.delete(out.resolve("com/example/Extra.java"));
        assertThat(generation.outputIntact(out)).isTrue();
        assertThat(generation.outputIntact(dir.resolve("elsewhere"))).isFalse();
    }
}
