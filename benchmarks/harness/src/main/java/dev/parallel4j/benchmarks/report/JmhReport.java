package dev.parallel4j.benchmarks.report;

import dev.parallel4j.benchmarks.stats.MarkdownTable;
import dev.parallel4j.benchmarks.stats.Results;
import dev.parallel4j.benchmarks.stats.Summary;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The client-call and event-stream sections, from the JMH result files named as arguments (one per round). */
public final class JmhReport {
    private static final List<String> CALLS = List.of("retrieve", "result");
    private static final List<String> CLIENTS = List.of("HandWritten", "Parallel4j", "OpenApiGenerator");
    private static final int EVENTS = 100_000;

    private JmhReport() {}

    /** {@code JmhReport <result.json>...}. */
    public static void main(String[] args) {
        JmhResults results = JmhResults.read(Arrays.stream(args).map(Path::of).toList());
        Results.publish("clients", calls(results));
        Results.publish("events", events(results));
    }

    static String calls(JmhResults results) {
        MarkdownTable table = new MarkdownTable("call", "client", "µs per call", "÷ hand-written", "KiB allocated per call",
                "÷ OpenAPI Generator");
        StringBuilder verdicts = new StringBuilder();
        for (String call : CALLS) {
            double floor = results.score(call + "HandWritten").median();
            double peerAllocation = results.allocation(call + "OpenApiGenerator").median();
            for (String client : CLIENTS) {
                Summary time = results.score(call + client);
                Summary allocation = results.allocation(call + client).dividedBy(1024);
                table.row(call + "(id)", label(client), time.format(0), MarkdownTable.ratio(time.median() / floor),
                        allocation.format(1), MarkdownTable.ratio(allocation.median() * 1024 / peerAllocation));
            }
            double ours = results.score(call + "Parallel4j").median() / floor;
            double ourAllocation = results.allocation(call + "Parallel4j").median() / peerAllocation;
            verdicts.append(String.format(Locale.ROOT, "- `%s(id)`: parallel4j takes %s the hand-written time (target ≤ 1.10×: %s) "
                    + "and allocates %s what OpenAPI Generator's client does (target ≤ 1.00×: %s).%n", call,
                    MarkdownTable.ratio(ours), ours <= 1.10 ? "met" : "missed", MarkdownTable.ratio(ourAllocation),
                    ourAllocation <= 1.0 ? "met" : "missed"));
        }
        return "## Client calls\n\nJMH, average time per call and `-prof gc` allocation per call (`gc.alloc.rate.norm`), "
                + "median (min–max) over every measured iteration of every round. `result(id)` returns 500 candidates.\n\n"
                + table + "\n" + verdicts;
    }

    static String events(JmhResults results) {
        Summary raw = eventsPerSecond(results.scores("rawLines"));
        Summary typed = eventsPerSecond(results.scores("typedEvents"));
        MarkdownTable table = new MarkdownTable("reading", "events per second", "÷ raw lines", "MiB allocated per stream");
        table.row("raw lines (`BufferedReader` on the response)", raw.format(0), "1.00×",
                results.allocation("rawLines").dividedBy(1024 * 1024).format(1));
        table.row("typed events (parallel4j `findAll().events(id)`)", typed.format(0),
                MarkdownTable.ratio(typed.median() / raw.median()),
                results.allocation("typedEvents").dividedBy(1024 * 1024).format(1));
        double ratio = typed.median() / raw.median();
        return String.format(Locale.ROOT, "## Event stream%n%nOne stream of %,d FindAll events per operation (JMH single-shot), "
                + "events per second median (min–max) over every measured stream of every round.%n%n%s%n"
                + "Typed events at %.0f%% of the raw line rate (target ≥ 50%%: %s).%n", EVENTS, table, ratio * 100, ratio >= 0.5 ? "met" : "missed");
    }

    private static Summary eventsPerSecond(List<Double> millisecondsPerStream) {
        return Summary.of(millisecondsPerStream.stream().map(ms -> EVENTS / (ms / 1000)).toList());
    }

    private static String label(String client) {
        return switch (client) {
            case "HandWritten" -> "(a) hand-written java.net.http + Jackson";
            case "Parallel4j" -> "(b) parallel4j";
            default -> "(c) OpenAPI Generator 7.25.0 native";
        };
    }
}
