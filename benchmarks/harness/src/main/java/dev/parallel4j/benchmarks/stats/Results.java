package dev.parallel4j.benchmarks.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where each part of the benchmarks leaves its section of the table: printed at once, and written to
 * {@code <bench.results>/<part>.md} for {@code run.sh} to put together at the end.
 */
public final class Results {
    private Results() {}

    /** The results directory: the system property {@code bench.results}, by default {@code target/results}. */
    public static Path directory() {
        return Path.of(System.getProperty("bench.results", "target/results"));
    }

    /** Prints a section and writes it as {@code <part>.md} in the results directory. */
    public static void publish(String part, String markdown) {
        System.out.println(markdown);
        try {
            Files.createDirectories(directory());
            Files.writeString(directory().resolve(part + ".md"), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results of " + part, e);
        }
    }
}
