package dev.parallel4j.benchmarks.warm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs one generation many times in this JVM, each into a new temporary folder, and prints the time of each run
 * as {@code run <i> <milliseconds>}: the first runs pay class loading and the JIT's warm-up, the last ones show the
 * generator's own work.
 */
final class WarmRuns {
    /** A generation into a folder. */
    @FunctionalInterface
    interface Generation {
        void into(Path folder) throws Exception;
    }

    private WarmRuns() {}

    /**
     * Times {@code runs} generations.
     *
     * @param args the program's arguments: the document, then the number of runs
     * @param generation the generation to time
     */
    static void time(String[] args, Generation generation) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("arguments: <document> <runs>");
        }
        int runs = Integer.parseInt(args[1]);
        for (int run = 1; run <= runs; run++) {
            Path folder = Files.createTempDirectory("warm-generation");
            long start = System.nanoTime();
            generation.into(folder);
            long elapsed = System.nanoTime() - start;
            System.out.printf("run %d %.3f%n", run, elapsed / 1e6);
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
