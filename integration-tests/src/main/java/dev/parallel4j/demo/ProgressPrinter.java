package dev.parallel4j.demo;

import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunStatus;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints a FindAll run's progress, one line per change: its status and how many candidates were generated and
 * matched so far, and at the end why it finished. States that change nothing it shows (the periodic heartbeats)
 * print nothing.
 */
final class ProgressPrinter {
    private final PrintStream out;
    private String printed;

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    /** Prints the line for a state of the run, if it differs from the last line printed. */
    void print(FindAllRun run) {
        FindAllRunStatus status = run.status();
        String line = String.format("  %-10s %3d generated %3d matched", status.status().asString(),
                status.metrics().generatedCandidatesCount(), status.metrics().matchedCandidatesCount())
                + status.terminationReason().map(reason -> "   finished: " + reason).orElse("");
        if (!Objects.equals(line, printed)) {
            out.println(line);
            printed = line;
        }
    }
}
