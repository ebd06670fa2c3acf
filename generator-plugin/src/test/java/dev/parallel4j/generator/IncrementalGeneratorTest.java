package dev.parallel4j.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.parallel4j.generator.IncrementalGenerator.Generated;
import dev.parallel4j.generator.IncrementalGenerator.Outcome;
import dev.parallel4j.generator.IncrementalGenerator.UpToDate;
import dev.parallel4j.generator.report.ApiChange;
import dev.parallel4j.generator.report.BreakingChangeException;
import dev.parallel4j.generator.report.ChangeReport;
import dev.parallel4j.generator.testkit.Documents;
import dev.parallel4j.generator.testkit.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generating only when something changed, on the two-file petstore document: what counts as a change, that an
 * up-to-date run touches nothing, that the record of the last generation is only kept for complete ones, and the
 * change report with {@code failOnBreakingChange}.
 */
final class IncrementalGeneratorTest {
    private static final String GENERATOR = "0.1.0-SNAPSHOT sha256:1234";

    @TempDir
    Path work;

    private Path spec;
    private Path out;
    private Path state;
    private Path overlay;

    @BeforeEach
    void copyThePetstore() throws IOException {
        spec = Documents.copy("petstore", work.resolve("spec")).resolve("pets.yaml");
        out = work.resolve("out");
        state = work.resolve("state");
        overlay = Files.writeString(work.resolve("spec/overlay.yaml"), """
                overlay: 1.0.0
                info: {title: describe the pets, version: '1'}
                actions:
                  - target: $.info
                    update: {description: Pets for sale.}
                """);
    }

    @Test
    void theFirstRunGeneratesAndRecordsWhatItReadAndWrote() throws IOException {
        Outcome outcome = run(request(), false, false);

        Generated generated = (Generated) outcome;
        assertThat(generated.changes()).isEmpty(); // nothing to compare with
        assertThat(generated.result().written().written()).hasSize(5);
        assertThat(FileTree.of(state).paths()).containsExactly("api.json", "fingerprint.json");
        assertThat(Files.readString(state.resolve("fingerprint.json")))
                .contains(spec.toString(), spec.resolveSibling("schemas/pet.yaml").toString(), overlay.toString(),
                        "com/example/pets/model/Pet.java");
    }

    @Test
    void aSecondRunIsUpToDateAndTouchesNothing() {
        run(request(), false, false);
        FileTree.age(out);
        FileTree.age(state);
        FileTree sources = FileTree.of(out);
        FileTree record = FileTree.of(state);

        Outcome outcome = run(request(), false, false);

        assertThat(outcome).isEqualTo(new UpToDate(List.of(spec, spec.resolveSibling("schemas/pet.yaml"), overlay)));
        assertThat(FileTree.of(out)).isEqualTo(sources);
        assertThat(FileTree.of(state)).isEqualTo(record);
    }

    @Test
    void forceGeneratesAgainAndRewritesNothingWhenNothingChanged() {
        run(request(), false, false);
        FileTree.age(out);
        FileTree sources = FileTree.of(out);

        Generated generated = (Generated) run(request(), true, false);

        assertThat(generated.result().written().written()).isEmpty();
        assertThat(generated.result().written().unchanged()).hasSize(5);
        assertThat(generated.changes()).contains(new ChangeReport(List.of()));
        assertThat(FileTree.of(out)).isEqualTo(sources);
    }

    /** Something a user does between two builds. */
    interface Edit {
        void apply(IncrementalGeneratorTest test) throws IOException;
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("the document", t -> append(t.spec, "# a comment\n")),
                change("a file the document references", t -> append(t.spec.resolveSibling("schemas/pet.yaml"), "# a comment\n")),
                change("an overlay", t -> append(t.overlay, "# a comment\n")),
                change("a deleted generated file", t -> Files.delete(t.out.resolve("com/example/pets/model/Status.java"))),
                change("an edited generated file", t -> append(t.out.resolve("com/example/pets/model/Status.java"), "// mine\n")),
                change("a Java file added to the output directory", t -> Files.writeString(t.out.resolve("com/example/pets/Mine.java"), "")),
                change("a lost fingerprint", t -> Files.delete(t.state.resolve("fingerprint.json"))),
                change("a damaged fingerprint", t -> Files.writeString(t.state.resolve("fingerprint.json"), "{\"format\": 1, \"fingerp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeToAnyInputOrToTheOutputMakesTheNextRunGenerate(String change, Edit edit) throws IOException {
        run(request(), false, false);
        edit.apply(this);

        Outcome outcome = run(request(), false, false);

        assertThat(outcome).isInstanceOf(Generated.class);
        assertThat(FileTree.of(out).paths()).hasSize(5).doesNotContain("com/example/pets/Mine.java");
        assertThat(run(request(), false, false)).isInstanceOf(UpToDate.class);
    }

    @Test
    void anotherConfigurationOrAnotherGeneratorMakesTheNextRunGenerate() {
        run(request(), false, false);

        assertThat(run(new GenerationRequest(spec, List.of(overlay), "com.example.pets", "Pets", out), false, false))
                .isInstanceOf(Generated.class);
        Outcome other = IncrementalGenerator.run(new GenerationRequest(spec, List.of(overlay), "com.example.pets", "Pets", out),
                new IncrementalGenerator.Options(state, "0.1.0-SNAPSHOT sha256:5678", false, false));
        assertThat(other).isInstanceOf(Generated.class);
    }

    @Test
    void aFailedRunLeavesTheSourcesAndTheRecordOfTheLastGenerationAsTheyWere() throws IOException {
        run(request(), false, false);
        FileTree.age(out);
        FileTree.age(state);
        FileTree sources = FileTree.of(out);
        FileTree record = FileTree.of(state);
        Path pet = spec.resolveSibling("schemas/pet.yaml");
        String good = Files.readString(pet);
        Files.writeString(pet, good.replace("'#/Status'", "'#/Statuses'"));

        assertThatExceptionOfType(SpecException.class).isThrownBy(() -> run(request(), false, false))
                .withMessageContaining("$ref '#/Statuses' points to nothing");

        assertThat(FileTree.of(out)).isEqualTo(sources);
        assertThat(FileTree.of(state)).isEqualTo(record);
        Files.writeString(pet, good);
        assertThat(run(request(), false, false)).isInstanceOf(UpToDate.class); // the files are as the record says again
    }

    @Test
    void aMissingDocumentIsReportedLikeAnyBadInputNotAsAnIoError() throws IOException {
        run(request(), false, false);
        Files.delete(spec);

        SpecException e = assertThatExceptionOfType(SpecException.class).isThrownBy(() -> run(request(), false, false)).actual();

        assertThat(e.location()).isEqualTo(SourceLocation.of(spec));
        assertThat(e.problem()).isEqualTo("the file does not exist");
    }

    @Test
    void whenWritingFailsTheLastGenerationIsForgottenSoTheNextRunGeneratesAgain() throws IOException {
        run(request(), false, false);
        Path model = out.resolve("com/example/pets/model");
        Files.delete(model.resolve("Pet.java"));
        Files.delete(model.resolve("Status.java"));
        Files.delete(model);
        Files.writeString(model, "a file where the writer needs a folder");

        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> run(request(), false, false));

        assertThat(state.resolve("fingerprint.json")).doesNotExist();
    }

    @Test
    void aBreakingChangeFailsBeforeAnythingIsWrittenUntilItIsAccepted() throws IOException {
        run(request(), false, true);
        FileTree.age(out);
        FileTree sources = FileTree.of(out);
        FileTree record = FileTree.of(state);
        Path pet = spec.resolveSibling("schemas/pet.yaml");
        Files.writeString(pet, Files.readString(pet)
                .replace("status: {$ref: '#/Status'}", "status: {$ref: '#/Status'}\n    age: {type: integer}")
                .replace("enum: [available, sold]", "enum: [available, reserved]"));

        BreakingChangeException e = assertThatExceptionOfType(BreakingChangeException.class)
                .isThrownBy(() -> run(request(), false, true)).actual();

        assertThat(e.report().changes()).map(ApiChange::toString).containsExactly(
                "added property Pet.age: Long",
                "added enum constant Status.RESERVED",
                "BREAKING removed enum constant Status.SOLD");
        assertThat(e.getMessage()).isEqualTo("1 breaking change to the generated API (removed enum constant Status.SOLD); "
                + "failOnBreakingChange is set, so the previous sources were left as they were");
        assertThat(FileTree.of(out)).isEqualTo(sources);
        assertThat(FileTree.of(state)).isEqualTo(record);
        assertThatExceptionOfType(BreakingChangeException.class).isThrownBy(() -> run(request(), false, true)); // again

        Generated accepted = (Generated) run(request(), false, false);

        assertThat(accepted.changes().orElseThrow().breaking()).map(ApiChange::describe)
                .containsExactly("removed enum constant Status.SOLD");
        assertThat(accepted.result().written().written()).containsExactlyInAnyOrder(
                out.resolve("com/example/pets/model/Pet.java"), out.resolve("com/example/pets/model/Status.java"));
        assertThat(run(request(), false, true)).isInstanceOf(UpToDate.class);
    }

    @Test
    void aChangeThatBreaksNothingPassesEvenWhenBreakingChangesFail() throws IOException {
        run(request(), false, true);
        Path pet = spec.resolveSibling("schemas/pet.yaml");
        Files.writeString(pet, Files.readString(pet).replace("status: {$ref: '#/Status'}", "status: {$ref: '#/Status'}\n    age: {type: integer}"));

        Generated generated = (Generated) run(request(), false, true);

        assertThat(generated.changes().orElseThrow().changes()).map(ApiChange::toString).containsExactly("added property Pet.age: Long");
    }

    private GenerationRequest request() {
        return new GenerationRequest(spec, List.of(overlay), "com.example.pets", null, out);
    }

    private Outcome run(GenerationRequest request, boolean force, boolean failOnBreakingChange) {
        return IncrementalGenerator.run(request, new IncrementalGenerator.Options(state, GENERATOR, force, failOnBreakingChange));
    }

    private static Arguments change(String name, Edit edit) {
        return Arguments.of(name, edit);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }
}
