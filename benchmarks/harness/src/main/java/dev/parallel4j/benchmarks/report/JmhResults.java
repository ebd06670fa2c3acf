package dev.parallel4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.benchmarks.stats.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurements in one or more JMH JSON result files (one per round), by benchmark method name: every measured
 * iteration of every fork of every round, for the primary metric and for {@code -prof gc}'s allocation per op.
 */
public final class JmhResults {
    /** The allocation per operation {@code -prof gc} reports, in bytes. */
    public static final String ALLOCATION = "gc.alloc.rate.norm";

    private final Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();

    /** Reads result files. */
    public static JmhResults read(List<Path> files) {
        ObjectMapper mapper = new ObjectMapper();
        JmhResults results = new JmhResults();
        for (Path file : files) {
            try {
                for (JsonNode benchmark : mapper.readTree(file.toFile())) {
                    String name = benchmark.path("benchmark").asText();
                    String method = name.substring(name.lastIndexOf('.') + 1);
                    results.add(method, "", benchmark.path("primaryMetric"));
                    results.add(method, ALLOCATION, benchmark.path("secondaryMetrics").path(ALLOCATION));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read JMH results " + file, e);
            }
        }
        return results;
    }

    /**
     * The primary metric of a benchmark method (in its output unit).
     *
     * @throws IllegalArgumentException if the results have no such benchmark
     */
    public Summary score(String method) {
        return summary(method, "");
    }

    /** The bytes allocated per operation by a benchmark method. */
    public Summary allocation(String method) {
        return summary(method, ALLOCATION);
    }

    /** Every primary-metric sample of a benchmark method. */
    public List<Double> scores(String method) {
        return samples(method, "");
    }

    private Summary summary(String method, String metric) {
        return Summary.of(samples(method, metric));
    }

    private List<Double> samples(String method, String metric) {
        List<Double> values = samples.getOrDefault(method, Map.of()).get(metric);
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("no " + (metric.isEmpty() ? "score" : metric) + " for benchmark " + method);
        }
        return values;
    }

    private void add(String method, String metric, JsonNode node) {
        List<Double> values = samples.computeIfAbsent(method, m -> new LinkedHashMap<>())
                .computeIfAbsent(metric, m -> new ArrayList<>());
        for (JsonNode fork : node.path("rawData")) {
            fork.forEach(iteration -> values.add(iteration.asDouble()));
        }
    }
}
