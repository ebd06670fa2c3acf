package dev.parallel4j.benchmarks.warm;

import dev.parallel4j.generator.GenerationRequest;
import dev.parallel4j.generator.Generator;
import java.nio.file.Path;
import java.util.List;

/** parallel4j's generator, as its Maven goal runs it (without the up-to-date check), many times in one JVM. */
public final class Parallel4jWarmGeneration {
    private Parallel4jWarmGeneration() {}

    /**
     * Generates the client repeatedly.
     *
     * @param args the document, then the number of runs
     */
    public static void main(String[] args) throws Exception {
        Path document = Path.of(args[0]);
        WarmRuns.time(args, folder -> Generator.generate(new GenerationRequest(document, List.of(), "com.example.generated", null, folder)));
    }
}
