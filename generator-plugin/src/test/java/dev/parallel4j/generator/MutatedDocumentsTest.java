package dev.parallel4j.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.parallel4j.generator.load.DocumentReader;
import dev.parallel4j.generator.testkit.Documents;
import dev.parallel4j.generator.testkit.FileTree;
import dev.parallel4j.generator.testkit.JavaSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken documents made mechanically from real ones: the project's own {@code spec/parallel-openapi.yaml}, and
 * Parallel's published {@code public-openapi.json} when the shared reference folder beside the checkout is there
 * (skipped otherwise). Each mutation is deterministic, a fixed seed picking where it strikes, and is named with
 * what it did in the test's display name. For each the generator must end in one of two ways: a
 * {@link SpecException} naming the mutated file, the line and a JSON pointer that exists in it (or only the line,
 * for a syntax error), with the previous output left exactly as it was; or output that compiles. Never another
 * exception. {@link BrokenDocumentsTest} has the hand-made cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class MutatedDocumentsTest {
    private static final Path PUBLISHED = Path.of("..", "..", "shared", "reference", "parallel", "public-openapi.json");
    private static final String PACKAGE = "com.example.mutant";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Pattern INDENTED_KEY = Pattern.compile("^ {4,}[A-Za-z_$'\"/-][^:#]*:.*");

    @TempDir
    Path work;

    /** The output generated from each unbroken document, aged, to copy as the "previous output" of each case. */
    private final Map<Path, Path> baselines = new HashMap<>();

    /** How a mutation may end. */
    enum Expect {
        /** With a {@link SpecException}. */
        FAILS,
        /** With a {@link SpecException}, or a client that compiles. */
        FAILS_OR_COMPILES
    }

    /**
     * A broken copy of a document.
     *
     * @param name what was done, for the display name
     * @param source the document it was made from
     * @param text the broken document
     * @param expect how it may end
     * @param problem what the problem must say when it fails, or {@code ""}
     */
    record Mutant(String name, Path source, String text, Expect expect, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Mutant> projectDocument() {
        return mutants(Documents.PARALLEL);
    }

    Stream<Mutant> publishedDocument() {
        if (!Files.isRegularFile(PUBLISHED)) {
            return Stream.of(new Mutant(PUBLISHED + " is absent: the shared reference documents are not part of the project",
                    PUBLISHED, "", Expect.FAILS, ""));
        }
        return mutants(PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectDocument")
    void theProjectsOwnDocumentBrokenFailsClearlyOrStillCompiles(Mutant mutant) throws IOException {
        check(mutant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedDocument")
    void parallelsPublishedDocumentBrokenFailsClearlyOrStillCompiles(Mutant mutant) throws IOException {
        assumeTrue(Files.isRegularFile(PUBLISHED), mutant.name());
        check(mutant);
    }

    private void check(Mutant mutant) throws IOException {
        Path dir = Files.createTempDirectory(work, "mutant");
        Path document = Files.writeString(dir.resolve(mutant.source().getFileName()), mutant.text()).toAbsolutePath();
        Path out = FileTree.copy(baseline(mutant.source()), dir.resolve("out"));
        FileTree before = FileTree.of(out);

        Generator.Result result;
        try {
            result = Generator.generate(new GenerationRequest(document, List.of(), PACKAGE, null, out));
        } catch (SpecException e) {
            assertClear(e, document, mutant);
            assertThat(FileTree.of(out)).as("the previous output").isEqualTo(before);
            return;
        }
        assertThat(mutant.expect()).as("%s should have failed", mutant.name()).isEqualTo(Expect.FAILS_OR_COMPILES);
        assertThat(result.written().written()).isNotEmpty();
        JavaSources.Compilation compilation = JavaSources.compile(sources(out), dir.resolve("compiled"));
        assertThat(compilation.success()).as("%s:%n%s", mutant.name(), compilation.diagnostics()).isTrue();
    }

    private static void assertClear(SpecException e, Path document, Mutant mutant) {
        SourceLocation at = e.location();
        assertThat(at.file()).isEqualTo(document);
        assertThat(at.line()).as("the line of %s", at).isPositive();
        assertThat(e.getMessage()).isEqualTo(at + ": " + e.problem()).doesNotContain("\n");
        assertThat(e.problem()).contains(mutant.problem());
        if (!at.pointer().isEmpty()) {
            assertThat(new DocumentReader().read(document).at(JsonPointer.compile(at.pointer())).isMissingNode())
                    .as("%s names a place in the document", at.pointer()).isFalse();
        }
    }

    private Path baseline(Path source) {
        return baselines.computeIfAbsent(source, s -> {
            Path out = work.resolve("baseline-" + s.getFileName());
            Generator.generate(new GenerationRequest(s, List.of(), PACKAGE, null, out));
            FileTree.age(out);
            return out;
        });
    }

    private static Map<String, String> sources(Path out) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (String path : FileTree.of(out).paths()) {
            sources.put(path, Files.readString(out.resolve(path)));
        }
        return sources;
    }

    // The mutations. Each picks its target among candidates sorted by JSON pointer, with a SplittableRandom of a
    // fixed seed (which, unlike Random, gives unrelated first values for neighbouring seeds).

    private static Stream<Mutant> mutants(Path source) {
        Document document = Document.read(source);
        List<Mutant> mutants = new ArrayList<>();
        for (int seed : new int[] {1, 2}) {
            mutants.add(deleteReferencedSchema(document, seed));
            mutants.add(corruptReference(document, seed + 2));
        }
        mutants.add(unknownType(document, 5));
        for (int third = 0; third < 3; third++) {
            mutants.add(truncate(document, third, 6 + third));
        }
        mutants.add(duplicateOperationId(document, 9));
        for (int seed : new int[] {10, 11}) {
            mutants.add(document.json() ? dropComma(document, seed) : unindent(document, seed));
        }
        return mutants.stream();
    }

    private static Mutant deleteReferencedSchema(Document document, int seed) {
        List<String> referenced = new ArrayList<>(new TreeSet<>(document.references().values()));
        String name = pick(referenced, seed);
        String text = document.edit(tree -> ((ObjectNode) tree.path("components").path("schemas")).remove(name));
        return document.mutant("delete the referenced schema " + name, seed, text, Expect.FAILS, "points to nothing");
    }

    private static Mutant corruptReference(Document document, int seed) {
        String pointer = pick(List.copyOf(document.references().keySet()), seed);
        String ref = SCHEMA_REF + document.references().get(pointer);
        String text = document.edit(tree -> ((ObjectNode) tree.at(pointer)).put("$ref", ref + "Typo"));
        return document.mutant("change $ref '" + ref + "' at " + pointer + " to '" + ref + "Typo'", seed, text, Expect.FAILS,
                "points to nothing");
    }

    private static Mutant unknownType(Document document, int seed) {
        List<String> strings = new ArrayList<>();
        document.walk((pointer, node) -> {
            if ("string".equals(node.path("type").asText(null)) && (pointer.startsWith("/paths/") || pointer.startsWith("/components/schemas/"))) {
                strings.add(pointer);
            }
        });
        String pointer = pick(strings, seed);
        String text = document.edit(tree -> ((ObjectNode) tree.at(pointer)).put("type", "strng"));
        return document.mutant("change type string at " + pointer + " to strng", seed, text, Expect.FAILS, "unknown schema type 'strng'");
    }

    /** Cuts the text in one of three stretches (10-38%, 38-67%, 67-95% of it), so that the cuts fall far apart. */
    private static Mutant truncate(Document document, int third, int seed) {
        int length = document.text().length();
        int at = (int) (length * (0.1 + 0.85 * (third + new SplittableRandom(seed).nextDouble()) / 3));
        return document.mutant("truncate after " + at + " of " + length + " characters", seed, document.text().substring(0, at),
                Expect.FAILS_OR_COMPILES, "");
    }

    private static Mutant duplicateOperationId(Document document, int seed) {
        List<String> operations = new ArrayList<>();
        document.walk((pointer, node) -> {
            if (pointer.startsWith("/paths/") && node.path("operationId").isTextual()) {
                operations.add(pointer);
            }
        });
        String first = pick(operations, seed);
        String second = pick(operations.stream().filter(op -> !op.equals(first)).toList(), seed);
        String id = document.tree().at(first).path("operationId").asText();
        String text = document.edit(tree -> ((ObjectNode) tree.at(second)).put("operationId", id));
        return document.mutant("give " + second + " the operationId of " + first, seed, text, Expect.FAILS_OR_COMPILES, "");
    }

    private static Mutant unindent(Document document, int seed) {
        List<String> lines = document.text().lines().toList();
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (INDENTED_KEY.matcher(lines.get(i)).matches()) {
                keys.add(i);
            }
        }
        int line = pick(keys, seed);
        List<String> changed = new ArrayList<>(lines);
        changed.set(line, lines.get(line).substring(1));
        return document.mutant("indent line " + (line + 1) + " one space less", seed, String.join("\n", changed) + "\n",
                Expect.FAILS_OR_COMPILES, "");
    }

    private static Mutant dropComma(Document document, int seed) {
        List<String> lines = document.text().lines().toList();
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(",")) {
                commas.add(i);
            }
        }
        int line = pick(commas, seed);
        List<String> changed = new ArrayList<>(lines);
        changed.set(line, lines.get(line).substring(0, lines.get(line).length() - 1));
        return document.mutant("drop the comma ending line " + (line + 1), seed, String.join("\n", changed) + "\n", Expect.FAILS,
                "not well-formed JSON");
    }

    private static <T> T pick(List<T> candidates, int seed) {
        assertThat(candidates).as("candidates for seed %d", seed).isNotEmpty();
        return candidates.get(new SplittableRandom(seed).nextInt(candidates.size()));
    }

    /** A document to mutate: its text and tree, and how to write a changed tree back in its own format. */
    private record Document(Path source, String text, JsonNode tree, boolean json) {
        static Document read(Path source) {
            try {
                String text = Files.readString(source);
                return new Document(source, text, new DocumentReader().read(source), text.stripLeading().startsWith("{"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Mutant mutant(String what, int seed, String text, Expect expect, String problem) {
            return new Mutant(source.getFileName() + ": " + what + " (seed " + seed + ")", source, text, expect, problem);
        }

        /** The text of a copy of the tree changed by an edit. */
        String edit(Consumer<JsonNode> change) {
            JsonNode copy = tree.deepCopy();
            change.accept(copy);
            try {
                return json ? new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(copy) : new YAMLMapper().writeValueAsString(copy);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Schema references by the pointer of the object holding them, sorted. */
        Map<String, String> references() {
            Map<String, String> references = new TreeMap<>();
            walk((pointer, node) -> {
                String ref = node.path("$ref").asText("");
                if (ref.startsWith(SCHEMA_REF)) {
                    references.put(pointer, ref.substring(SCHEMA_REF.length()));
                }
            });
            return references;
        }

        /** Every object in the tree with its pointer, depth first. */
        void walk(java.util.function.BiConsumer<String, JsonNode> visit) {
            walk("", tree, visit);
        }

        private static void walk(String pointer, JsonNode node, java.util.function.BiConsumer<String, JsonNode> visit) {
            if (node.isObject()) {
                visit.accept(pointer, node);
                node.properties().forEach(e -> walk(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), visit));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(pointer + "/" + i, node.get(i), visit);
                }
            }
        }
    }
}
