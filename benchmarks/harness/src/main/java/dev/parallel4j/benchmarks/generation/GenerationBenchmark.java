package dev.parallel4j.benchmarks.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.benchmarks.documents.DocumentMultiplier;
import dev.parallel4j.benchmarks.documents.FindAllSubset;
import dev.parallel4j.benchmarks.documents.OpenApiDocuments;
import dev.parallel4j.benchmarks.stats.MarkdownTable;
import dev.parallel4j.benchmarks.stats.Results;
import dev.parallel4j.benchmarks.stats.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times {@code mvn -o -q generate-sources} on equivalent one-pom projects: an empty pom, a plugin that does nothing
 * (what any plugin costs before its own work), parallel4j's plugin and
 * OpenAPI Generator's (java, native), on the FindAll subset of our document and on Parallel's published document;
 * parallel4j's plugin also a second time on the unchanged document, and on the published document made 2, 4 and 8
 * times bigger. Two floors run beside them on each document, plugins that only read it (with Jackson; with
 * swagger-parser, as parallel4j does first): what no generator reading documents that way can go below, and so the
 * largest ratio to OpenAPI Generator such a generator could reach. Runs alternate (the order reverses every round)
 * and every figure is the median of its rounds; net times subtract the empty pom's median, which is Maven's own
 * start-up.
 *
 * <p>System properties: {@code bench.root} (the repository, required), {@code bench.maven} (default
 * {@code <root>/mvnw}), {@code bench.repository} (default {@code <root>/benchmarks/target/repo}),
 * {@code bench.sharedRepository} (default {@code ~/.m2/repository}), {@code bench.reference} (default
 * {@code <root>/../shared/reference/parallel/public-openapi.json}), {@code bench.rounds} (5),
 * {@code bench.scalingRounds} (3), {@code bench.results}.
 */
public final class GenerationBenchmark {
    private static final List<Integer> FACTORS = List.of(1, 2, 4, 8);
    /** The floor of any plugin's cost: resolving, loading and configuring one that then does nothing. */
    private static final String NO_OP = "no-op plugin (maven-clean-plugin, skipped)";
    /** The target: net time at least this many times less than OpenAPI Generator's. */
    private static final double TARGET_RATIO = 10;
    private static final String JACKSON_FLOOR = "floor: reads it with Jackson, nothing else";
    private static final String SWAGGER_PARSER_FLOOR = "floor: loads it with swagger-parser, nothing else";
    /** The floors of a generator's cost on a document, plugins that only read it (floor-plugin), and their poms. */
    private static final Map<String, String> FLOORS = Map.of(
            JACKSON_FLOOR, "floor-jackson",
            SWAGGER_PARSER_FLOOR, "floor-swagger-parser");
    /** The builds timed on each document, in the table's order. */
    private static final List<String> BUILDS = List.of("parallel4j", "parallel4j, unchanged document", JACKSON_FLOOR,
            SWAGGER_PARSER_FLOOR, "OpenAPI Generator");

    private final MavenProject.Maven maven;
    private final Map<String, List<Double>> samples = new LinkedHashMap<>();

    private GenerationBenchmark(MavenProject.Maven maven) {
        this.maven = maven;
    }

    /** Runs the generation and scaling benchmarks and publishes their sections. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve("benchmarks/target/generation");
        MavenProject.Maven maven = MavenProject.Maven.configured(root);
        Path reference = referenceDocument(root);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int scalingRounds = Integer.getInteger("bench.scalingRounds", 3);

        Path findAll = findAllSubset(root, work);
        boolean hasReference = Files.isRegularFile(reference);

        GenerationBenchmark benchmark = new GenerationBenchmark(maven);
        StringBuilder text = new StringBuilder("## Generation\n\n");
        text.append(benchmark.compare(work, findAll, hasReference ? reference : null, rounds));
        text.append("\n## Generation time against document size\n\n");
        if (hasReference) {
            text.append(benchmark.scaling(work, reference, scalingRounds));
        } else {
            text.append("Skipped: the published document is not at ").append(reference).append(".\n");
        }
        Results.publish("generation", text.toString());
    }

    /** Parallel's published document: the system property {@code bench.reference}, by default in {@code ../shared}. */
    static Path referenceDocument(Path root) {
        return Path.of(System.getProperty("bench.reference", root.resolveSibling("shared/reference/parallel/public-openapi.json").toString()));
    }

    /** Writes the FindAll subset of {@code spec/} to {@code <work>/documents/findall.json} and returns that file. */
    static Path findAllSubset(Path root, Path work) {
        Path findAll = work.resolve("documents/findall.json");
        FindAllSubset.main(new String[] {root.resolve("spec/src/main/openapi/parallel-openapi.yaml").toString(), findAll.toString()});
        return findAll;
    }

    private String compare(Path work, Path findAll, Path reference, int rounds) {
        MavenProject empty = MavenProject.write("empty pom", "empty", null, work.resolve("empty"));
        MavenProject noOp = MavenProject.write(NO_OP, "noop-plugin", null, work.resolve("noop-plugin"));
        List<List<MavenProject>> units = new ArrayList<>();
        units.add(List.of(empty));
        units.add(List.of(noOp));
        Map<String, Path> documents = new LinkedHashMap<>();
        documents.put("FindAll subset", findAll);
        if (reference != null) {
            documents.put("published document", reference);
        }
        documents.forEach((document, file) -> {
            String slug = document.replace(' ', '-');
            MavenProject ours = MavenProject.write(document + ": parallel4j", "parallel4j", file, work.resolve("parallel4j-" + slug));
            units.add(List.of(ours, new MavenProject(document + ": parallel4j, unchanged document", ours.directory())));
            FLOORS.forEach((build, template) -> units.add(List.of(MavenProject.write(document + ": " + build, template, file,
                    work.resolve(template + "-" + slug)))));
            units.add(List.of(MavenProject.write(document + ": OpenAPI Generator", "openapi-generator", file,
                    work.resolve("openapi-generator-" + slug))));
        });
        run(units, rounds);

        double bare = Summary.of(samples.get(empty.name())).median();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "`mvn -o -q generate-sources` on one-pom projects, %d alternating rounds; "
                + "seconds, median (min–max); net = median − empty pom's median (%.2f s).%n%n", rounds, bare));
        MarkdownTable table = new MarkdownTable("document", "build", "seconds", "net seconds", "OpenAPI Generator ÷ parallel4j (net)");
        table.row("—", "empty pom", Summary.of(samples.get(empty.name())).format(2), "—", "—");
        table.row("—", NO_OP, Summary.of(samples.get(NO_OP)).format(2), seconds(net(NO_OP, bare)), "—");
        for (String document : documents.keySet()) {
            double ours = net(document + ": parallel4j", bare);
            double theirs = net(document + ": OpenAPI Generator", bare);
            for (String build : BUILDS) {
                String name = document + ": " + build;
                double net = net(name, bare);
                String ratio = build.equals("parallel4j") ? ratio(theirs, ours)
                        : FLOORS.containsKey(build) && net > 0 ? "at most " + ratio(theirs, net) : "";
                table.row(document, build, Summary.of(samples.get(name)).format(2), seconds(net), ratio);
            }
        }
        text.append(table);
        text.append("\nA floor's ratio is the most any generator could reach that reads the document that way before it "
                + "generates anything: its net time is at least the floor's. What the target leaves for everything after "
                + "the reading (translating, emitting, writing the files):\n\n");
        for (String document : documents.keySet()) {
            double target = net(document + ": OpenAPI Generator", bare) / TARGET_RATIO;
            double afterJackson = target - net(document + ": " + JACKSON_FLOOR, bare);
            double afterSwaggerParser = target - net(document + ": " + SWAGGER_PARSER_FLOOR, bare);
            text.append(String.format(Locale.ROOT, "- %s: %.0f× less than OpenAPI Generator's net time is %s s; after the "
                    + "floor, %s s are left to a generator reading with Jackson, %s s to one loading with swagger-parser "
                    + "(parallel4j's net time: %s s).%n", document, TARGET_RATIO, seconds(target), seconds(afterJackson),
                    seconds(afterSwaggerParser), seconds(net(document + ": parallel4j", bare))));
        }
        if (reference == null) {
            text.append("\nThe published document row is skipped: ../shared/reference/parallel/public-openapi.json is absent.\n");
        }
        return text.toString();
    }

    private String scaling(Path work, Path reference, int rounds) {
        ObjectNode document = OpenApiDocuments.read(reference);
        MavenProject empty = new MavenProject("empty pom", work.resolve("empty"));
        List<List<MavenProject>> units = new ArrayList<>();
        units.add(List.of(empty));
        Map<Integer, ObjectNode> scaled = new LinkedHashMap<>();
        for (int factor : FACTORS) {
            ObjectNode copy = DocumentMultiplier.multiply(document, factor);
            scaled.put(factor, copy);
            Path file = work.resolve("documents/published-x" + factor + ".json");
            OpenApiDocuments.write(copy, file);
            units.add(List.of(MavenProject.write(factor + "×", "parallel4j", file, work.resolve("parallel4j-x" + factor))));
        }
        samples.remove(empty.name());
        run(units, rounds);

        double bare = Summary.of(samples.get(empty.name())).median();
        double base = net("1×", bare);
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "parallel4j's `mvn -o -q generate-sources` on the published document and on "
                + "copies with every path, schema, operationId and tag repeated under new names; %d alternating rounds; "
                + "net = median − empty pom's median (%.2f s) in the same rounds.%n%n", rounds, bare));
        MarkdownTable table = new MarkdownTable("size", "schemas", "operations", "seconds", "net seconds",
                "net ÷ net at 1×", "net ms per schema");
        boolean linear = true;
        for (Map.Entry<Integer, ObjectNode> entry : scaled.entrySet()) {
            String name = entry.getKey() + "×";
            double net = net(name, bare);
            int schemas = entry.getValue().path("components").path("schemas").size();
            linear &= net <= base * entry.getKey() * 1.1;
            table.row(name, String.valueOf(schemas), String.valueOf(operations(entry.getValue())),
                    Summary.of(samples.get(name)).format(2), seconds(net),
                    MarkdownTable.ratio(net / base), String.format(Locale.ROOT, "%.1f", net * 1000 / schemas));
        }
        text.append(table);
        text.append(linear
                ? "\nLinear or better: at every size the net time is at most the size factor times the 1× net time (+10%).\n"
                : "\nWorse than linear at some size: the net time grew faster than the document (beyond 10%).\n");
        return text.toString();
    }

    /** One online warm-up run of each project (resolves the plugins), then timed offline rounds, alternating. */
    private void run(List<List<MavenProject>> units, int rounds) {
        for (List<MavenProject> unit : units) {
            unit.get(0).clean();
            unit.get(0).generateSources(maven, false).run();
        }
        List<List<MavenProject>> order = new ArrayList<>(units);
        for (int round = 0; round < rounds; round++) {
            for (List<MavenProject> unit : order) {
                unit.get(0).clean();
                for (MavenProject project : unit) {
                    double seconds = project.generateSources(maven, true).run();
                    samples.computeIfAbsent(project.name(), n -> new ArrayList<>()).add(seconds);
                    System.err.printf(Locale.ROOT, "round %d: %s %.2f s%n", round + 1, project.name(), seconds);
                }
            }
            Collections.reverse(order);
        }
    }

    /** Seconds to two decimals, without a sign on what rounds to zero. */
    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f", Math.abs(seconds) < 0.005 ? 0 : seconds);
    }

    private static String ratio(double theirs, double ours) {
        return ours > 0 ? MarkdownTable.ratio(theirs / ours) : "n/a (net ≤ 0)";
    }

    private double net(String name, double bare) {
        return Summary.of(samples.get(name)).median() - bare;
    }

    private static int operations(JsonNode document) {
        int count = 0;
        for (Map.Entry<String, JsonNode> path : OpenApiDocuments.fields(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : OpenApiDocuments.fields(path.getValue())) {
                count += operation.getValue().has("responses") ? 1 : 0;
            }
        }
        return count;
    }
}
