package dev.parallel4j.generator;

import dev.parallel4j.generator.report.ApiSurface;
import dev.parallel4j.generator.report.BreakingChangeException;
import dev.parallel4j.generator.report.ChangeReport;
import dev.parallel4j.generator.write.Fingerprint;
import dev.parallel4j.generator.write.GenerationState;
import dev.parallel4j.generator.write.StateDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs the {@link Generator} only when something changed since its last successful run, and says what changed in
 * the generated API. Between runs it keeps a {@link StateDirectory}: the fingerprint of the last successful
 * generation with the list of files it read, and a snapshot of the API it generated.
 *
 * <p>A run (1) unless forced, hashes the files the last run read and, if the fingerprint is the same and the
 * output directory still holds exactly the files written then, returns {@link UpToDate} without parsing
 * anything; (2) otherwise generates in memory and compares the new API with the last snapshot; (3) if asked to,
 * fails on a breaking change before writing anything; (4) forgets the last fingerprint, writes the sources, then
 * the snapshot, then the new fingerprint last, so that a run stopped half-way is never taken for a complete one.
 */
public final class IncrementalGenerator {
    private IncrementalGenerator() {}

    /**
     * How to run.
     *
     * @param stateDirectory where this run keeps its state between builds; one per configuration (Maven execution)
     * @param generator identifies the generator's code: its version, and for a snapshot a checksum of its jar
     * @param force whether to generate even when nothing changed
     * @param failOnBreakingChange whether a breaking change to the generated API fails the run before writing
     */
    public record Options(Path stateDirectory, String generator, boolean force, boolean failOnBreakingChange) {}

    /** What a run did. */
    public sealed interface Outcome permits UpToDate, Generated {}

    /**
     * Nothing changed since the last successful generation, whose sources are in place: nothing was done.
     *
     * @param inputs the files that generation read, hashed again to tell
     */
    public record UpToDate(List<Path> inputs) implements Outcome {}

    /**
     * The sources were generated.
     *
     * @param result what was generated and written
     * @param changes what changed in the API since the last successful generation, or empty when there was none
     *     to compare with
     */
    public record Generated(Generator.Result result, Optional<ChangeReport> changes) implements Outcome {}

    /**
     * Generates if needed.
     *
     * @throws SpecException if the input cannot become a client; nothing has been written then
     * @throws BreakingChangeException if {@code failOnBreakingChange} and the API would break callers; nothing has
     *     been written then
     * @throws java.io.UncheckedIOException if the file system refuses
     */
    public static Outcome run(GenerationRequest request, Options options) {
        StateDirectory state = new StateDirectory(options.stateDirectory());
        String configuration = request.configuration();
        Optional<GenerationState> last = state.lastGeneration();
        if (!options.force() && last.isPresent() && isCurrent(last.get(), options.generator(), configuration, request.outputDirectory())) {
            return new UpToDate(last.get().inputs());
        }
        Generator.Prepared prepared = Generator.prepare(request);
        ApiSurface api = ApiSurface.of(prepared.model(), request.packageName());
        Optional<ChangeReport> changes = state.lastApi().flatMap(ApiSurface::fromJson).map(before -> ChangeReport.compare(before, api));
        if (options.failOnBreakingChange() && changes.isPresent() && !changes.get().breaking().isEmpty()) {
            throw new BreakingChangeException(changes.get());
        }
        state.forget();
        Generator.Result result = Generator.write(request, prepared);
        String fingerprint = Fingerprint.of(options.generator(), configuration, prepared.inputs());
        state.record(api.toJson(), new GenerationState(fingerprint, result.inputs(), GenerationState.describe(request.outputDirectory())));
        return new Generated(result, changes);
    }

    private static boolean isCurrent(GenerationState last, String generator, String configuration, Path outputDirectory) {
        return Fingerprint.ofFilesOnDisk(generator, configuration, last.inputs()).filter(last.fingerprint()::equals).isPresent()
                && last.outputIntact(outputDirectory);
    }
}
