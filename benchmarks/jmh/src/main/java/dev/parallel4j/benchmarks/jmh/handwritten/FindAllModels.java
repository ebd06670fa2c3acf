package dev.parallel4j.benchmarks.jmh.handwritten;

import java.util.List;
import java.util.Map;

/**
 * Hand-written records for the FindAll responses, every documented property included so that they parse as much as
 * the generated models do. Properties are snake_case in JSON (the mapper's naming strategy).
 */
public final class FindAllModels {
    private FindAllModels() {}

    /** A run. */
    public record Run(String findallId, Status status, String generator, Map<String, Object> metadata, String createdAt,
            String modifiedAt) {}

    /** A run's state. */
    public record Status(String status, boolean isActive, Metrics metrics, String terminationReason) {}

    /** A run's counters. */
    public record Metrics(long generatedCandidatesCount, long matchedCandidatesCount) {}

    /** A run's result. */
    public record RunResult(Run run, List<Candidate> candidates, String lastEventId) {}

    /** A candidate and its evaluation. */
    public record Candidate(String candidateId, String name, String url, String description, String matchStatus,
            Map<String, Object> output, List<FieldBasis> basis) {}

    /** The evidence for one output field. */
    public record FieldBasis(String field, List<Citation> citations, String reasoning, String confidence) {}

    /** A source. */
    public record Citation(String title, String url, List<String> excerpts) {}
}
