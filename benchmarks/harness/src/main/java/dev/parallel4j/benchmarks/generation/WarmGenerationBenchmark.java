package dev.parallel4j.benchmarks.generation;

import dev.parallel4j.benchmarks.process.TimedCommand;
import dev.parallel4j.benchmarks.stats.MarkdownTable;
import dev.parallel4j.benchmarks.stats.Results;
import dev.parallel4j.benchmarks.stats.Summary;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times generation in a warm JVM: each generator's program in {@code benchmarks/warm-generation} generates a client
 * from the same document many times in one JVM, with only that generator on its class path (parallel4j's shaded
 * plugin jar; OpenAPI Generator's library with the dependency tree its Maven plugin resolves). The first half of
 * each process's runs pays class loading and the JIT's warm-up and is left out; the second half is measured. The
 * processes alternate, and the order reverses every round.
 *
 * <p>System properties: {@code bench.root} (the repository, required), those of {@link MavenProject.Maven#configured}
 * and {@code bench.reference}, {@code bench.warmRounds} (3), {@code bench.warmRuns} (50 per process),
 * {@code bench.results}.
 */
public final class WarmGenerationBenchmark {
    private static final String PARALLEL4J = "parallel4j";
    private static final String OPENAPI_GENERATOR = "OpenAPI Generator";
    private static final Pattern RUN = Pattern.compile("^run (\\d+) ([0-9.]+)$", Pattern.MULTILINE);

    private WarmGenerationBenchmark() {}

    /** A generator's program and the class path it runs with. */
    private record Program(String generator, String mainClass, String classPath) {}

    /** Runs both programs on each document and publishes the section. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve("benchmarks/target/generation");
        Path module = root.resolve("benchmarks/warm-generation");
        int rounds = Integer.getInteger("bench.warmRounds", 3);
        int runs = Integer.getInteger("bench.warmRuns", 50);

        Map<String, Path> documents = new LinkedHashMap<>();
        documents.put("FindAll subset", GenerationBenchmark.findAllSubset(root, work));
        Path reference = GenerationBenchmark.referenceDocument(root);
        if (Files.isRegularFile(reference)) {
            documents.put("published document", reference);
        }
        String classes = module.resolve("target/classes").toString();
        List<Program> programs = List.of(
                new Program(PARALLEL4J, "dev.parallel4j.benchmarks.warm.Parallel4jWarmGeneration",
                        classes + File.pathSeparator + read(module.resolve("target/classpath.txt"))),
                new Program(OPENAPI_GENERATOR, "dev.parallel4j.benchmarks.warm.OpenApiGeneratorWarmGeneration",
                        classes + File.pathSeparator + openApiGeneratorClassPath(MavenProject.Maven.configured(root), work.resolve("warm"))));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<Double>> warm = new LinkedHashMap<>();
        Map<String, List<Double>> first = new LinkedHashMap<>();
        List<Program> order = new ArrayList<>(programs);
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Path> document : documents.entrySet()) {
                for (Program program : order) {
                    Path log = work.resolve("warm/" + program.generator().replace(' ', '-') + ".log");
                    new TimedCommand(List.of(java, "-cp", program.classPath(), program.mainClass(), document.getValue().toString(),
                            String.valueOf(runs)), module, log).run();
                    List<Double> times = runTimes(read(log), runs);
                    String key = document.getKey() + ": " + program.generator();
                    first.computeIfAbsent(key, k -> new ArrayList<>()).add(times.get(0));
                    warm.computeIfAbsent(key, k -> new ArrayList<>()).addAll(times.subList(runs / 2, runs));
                    System.err.printf(Locale.ROOT, "round %d: %s first %.0f ms, last %.1f ms%n", round, key, times.get(0),
                            times.get(runs - 1));
                }
            }
            Collections.reverse(order);
        }

        MarkdownTable table = new MarkdownTable("document", "generator", "first run, ms", "warm run, ms",
                "OpenAPI Generator ÷ parallel4j (warm)");
        for (String document : documents.keySet()) {
            double ours = Summary.of(warm.get(document + ": " + PARALLEL4J)).median();
            for (Program program : programs) {
                String key = document + ": " + program.generator();
                Summary time = Summary.of(warm.get(key));
                table.row(document, program.generator(), Summary.of(first.get(key)).format(0), time.format(1),
                        program.generator().equals(PARALLEL4J) ? MarkdownTable.ratio(
                                Summary.of(warm.get(document + ": " + OPENAPI_GENERATOR)).median() / ours) : "");
            }
        }
        Results.publish("warm-generation", String.format(Locale.ROOT, "## Generation in a warm JVM%n%n"
                + "Each generator generates the client %d times in one JVM (`benchmarks/warm-generation`), into a new "
                + "folder each time, %d processes each in alternation; first run: median over the processes; warm run: "
                + "median (min–max) of the second half of every process's runs. No Maven: the generators alone.%n%n%s",
                runs, rounds, table));
    }

    /** OpenAPI Generator's class path as its Maven plugin resolves it, asked of Maven in a one-pom project. */
    private static String openApiGeneratorClassPath(MavenProject.Maven maven, Path directory) {
        MavenProject project = MavenProject.write("OpenAPI Generator's class path", "openapi-generator-classpath", null, directory);
        Path file = directory.resolve("classpath.txt");
        project.build(maven, true, "dependency:build-classpath", "-Dmdep.outputFile=" + file).run();
        return read(file);
    }

    /**
     * The time of each run a program printed ({@code run <i> <milliseconds>} lines among whatever else it wrote), in
     * order.
     *
     * @throws IllegalStateException if it did not print exactly {@code runs} of them
     */
    static List<Double> runTimes(String output, int runs) {
        Matcher matcher = RUN.matcher(output);
        List<Double> times = new ArrayList<>();
        while (matcher.find()) {
            times.add(Double.parseDouble(matcher.group(2)));
        }
        if (times.size() != runs) {
            throw new IllegalStateException("the program reports " + times.size() + " runs, not " + runs + ":\n" + output);
        }
        return times;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
