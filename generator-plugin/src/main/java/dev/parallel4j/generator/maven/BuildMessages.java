package dev.parallel4j.generator.maven;

import dev.parallel4j.generator.Generator;
import dev.parallel4j.generator.write.SourceWriter;
import java.util.List;

/** The lines the goal logs, worded and counted in one place. */
final class BuildMessages {
    private BuildMessages() {}

    /** E.g. {@code 1 service, 3 types from chores.yaml: 2 files written, 3 unchanged, 1 deleted}. */
    static String generated(Generator.Result result, String document) {
        SourceWriter.Result written = result.written();
        return count(result.model().services().size(), "service") + ", " + count(result.model().types().size(), "type")
                + " from " + document + ": " + count(written.written().size(), "file") + " written, "
                + written.unchanged().size() + " unchanged, " + written.deleted().size() + " deleted";
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
