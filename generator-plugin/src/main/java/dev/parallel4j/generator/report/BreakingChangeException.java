package dev.parallel4j.generator.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The generated API would change in a way that breaks callers, and the run was asked to fail then
 * ({@code failOnBreakingChange}). Nothing has been written: the previous sources and the record of the last
 * generation are as they were, so the next run reports the same changes until they are accepted.
 */
public final class BreakingChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int NAMED = 3;

    private final transient ChangeReport report;

    /** Creates the exception for a report with at least one breaking change. */
    public BreakingChangeException(ChangeReport report) {
        super(message(report));
        this.report = report;
    }

    /** Every change, breaking or not. */
    public ChangeReport report() {
        return report;
    }

    private static String message(ChangeReport report) {
        List<ApiChange> breaking = report.breaking();
        String named = breaking.stream().limit(NAMED)
                .map(ApiChange::describe)
                .collect(Collectors.joining("; "));
        return (breaking.size() == 1 ? "1 breaking change" : breaking.size() + " breaking changes")
                + " to the generated API (" + named + (breaking.size() > NAMED ? "; ..." : "")
                + "); failOnBreakingChange is set, so the previous sources were left as they were";
    }
}
