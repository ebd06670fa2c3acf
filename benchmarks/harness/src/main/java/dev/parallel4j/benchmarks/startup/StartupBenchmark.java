package dev.parallel4j.benchmarks.startup;

import dev.parallel4j.benchmarks.process.TimedCommand;
import dev.parallel4j.benchmarks.server.FixedResponseServer;
import dev.parallel4j.benchmarks.server.Payloads;
import dev.parallel4j.benchmarks.stats.MarkdownTable;
import dev.parallel4j.benchmarks.stats.Results;
import dev.parallel4j.benchmarks.stats.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Footprint and cold start. For each client (parallel4j, OpenAPI Generator's native client, Anthropic's
 * Stainless-generated SDK): the jars a user gets and their size, and the wall time of a fresh JVM that makes one
 * call to a local server and exits, started several times in alternation (median, min–max).
 *
 * <p>System properties: {@code bench.root} (the repository), {@code bench.runs} (7), {@code bench.results}.
 */
public final class StartupBenchmark {
    private static final double MEBIBYTE = 1024 * 1024;

    private StartupBenchmark() {}

    /** Runs both and publishes the section. */
    public static void main(String[] args) {
        Path benchmarks = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize().resolve("benchmarks");
        int runs = Integer.getInteger("bench.runs", 7);
        List<ClientProgram> programs = List.of(
                new ClientProgram("parallel4j", benchmarks.resolve("coldstart-parallel4j"),
                        "dev.parallel4j.benchmarks.coldstart.Parallel4jFirstCall", Payloads.FINDALL_ID, false),
                new ClientProgram("OpenAPI Generator 7.25.0 (java, native)", benchmarks.resolve("openapi-generator-client"),
                        "dev.parallel4j.benchmarks.openapigenerator.OpenApiGeneratorFirstCall", Payloads.FINDALL_ID, true),
                new ClientProgram("Anthropic Java SDK 3.14.0 (Stainless, OkHttp)", benchmarks.resolve("coldstart-anthropic"),
                        "dev.parallel4j.benchmarks.coldstart.AnthropicFirstCall", Payloads.ANTHROPIC_MODEL, false));

        Map<String, List<Double>> samples = new LinkedHashMap<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (FixedResponseServer server = Payloads.server(1, 1)) {
            List<ClientProgram> order = new ArrayList<>(programs);
            for (int run = 0; run < runs; run++) {
                for (ClientProgram program : order) {
                    TimedCommand command = new TimedCommand(List.of(java, "-cp", program.classPath(), program.mainClass(),
                            server.baseUri().toString(), program.id()), program.module(), program.module().resolve("target/first-call.log"));
                    double seconds = command.run();
                    samples.computeIfAbsent(program.name(), n -> new ArrayList<>()).add(seconds * 1000);
                    System.err.printf(Locale.ROOT, "run %d: %s %.0f ms%n", run + 1, program.name(), seconds * 1000);
                }
                Collections.reverse(order);
            }
        }

        double ours = Summary.of(samples.get(programs.get(0).name())).median();
        MarkdownTable table = new MarkdownTable("client", "runtime jars", "MiB", "first call in a fresh JVM, ms", "÷ parallel4j");
        for (ClientProgram program : programs) {
            List<Path> files = program.footprint();
            Summary time = Summary.of(samples.get(program.name()));
            table.row(program.name(), String.valueOf(files.size()),
                    String.format(Locale.ROOT, "%.2f", ClientProgram.size(files) / MEBIBYTE), time.format(0),
                    MarkdownTable.ratio(time.median() / ours));
        }
        List<Path> ourJars = programs.get(0).footprint();
        String breakdown = ourJars.stream().map(jar -> String.format(Locale.ROOT, "%s %.0f KiB", jar.getFileName(),
                ClientProgram.size(List.of(jar)) / 1024.0)).collect(Collectors.joining(", "));
        Results.publish("startup", String.format(Locale.ROOT, "## Footprint and cold start%n%n"
                + "Runtime jars: the client's runtime class path as Maven resolves it for a user (for OpenAPI Generator, "
                + "its generated code counts as one more entry). Cold start: `java -cp ... Main <url>` making one call "
                + "(FindAll retrieve; for the Anthropic SDK, models.retrieve) to a local server and exiting, wall time "
                + "from process start to exit, %d runs each in alternation.%n%n%s%nparallel4j's jars: %s; "
                + "%,d bytes in all (target ≤ 3 MB: %s).%n", runs, table, breakdown, ClientProgram.size(ourJars),
                ClientProgram.size(ourJars) <= 3_000_000 ? "met" : "missed"));
    }
}
