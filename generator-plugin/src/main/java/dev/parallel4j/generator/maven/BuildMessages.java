package dev.parallel4j.generator.maven;

import dev.parallel4j.generator.Generator;
import dev.parallel4j.generator.write.SourceWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The lines the goal logs, worded and counted in one place. */
final class BuildMessages {
    private BuildMessages() {}

    /** E.g. {@code 1 service, 3 types from chores.yaml: 2 files written, 3 unchanged, 1 deleted (in 840 ms)}. */
    static String generated(Generator.Result result, String document, Duration took) {
        SourceWriter.Result written = result.written();
        return count(result.model().services().size(), "service") + ", " + count(result.model().types().size(), "type")
                + " from " + document + ": " + count(written.written().size(), "file") + " written, "
                + written.unchanged().size() + " unchanged, " + written.deleted().size() + " deleted (in " + duration(took) + ")";
    }

    /** A duration as a person reads it: {@code 840 ms} below a second, {@code 2.3 s} above. */
    static String duration(Duration took) {
        long millis = took.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** E.g. {@code up to date: chores.yaml and 2 other input files unchanged since the last generation}. */
    static String upToDate(List<?> inputs, String document) {
        int others = inputs.size() - 1;
        return "up to date: " + document + (others == 0 ? "" : " and " + count(others, "other input file"))
                + " unchanged since the last generation";
    }

    /** A count and a noun, plural unless the count is 1: {@code 1 service}, {@code 2 services}, {@code 0 types}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
