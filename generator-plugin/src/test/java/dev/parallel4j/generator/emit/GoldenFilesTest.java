package dev.parallel4j.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every file emitted for each golden case, compared with the expected text under
 * {@code src/test/resources/golden/<case>/}.
 *
 * <p>After an intended change to the output, rewrite the expected files and review their diff before committing:
 * <pre>
 * mvn -B verify -pl generator-plugin -Dgolden.update=true
 * </pre>
 * A failing comparison names the missing, extra and differing files and shows the first differing line of each.
 */
final class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final int CONTEXT = 3;

    static final List<EmitCase> CASES = EmitCase.GOLDEN;

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void emittedSourcesMatchTheGoldenFiles(EmitCase golden) throws IOException {
        Map<String, String> actual = golden.emit(EmitCase.GOLDEN_PACKAGE);
        Path dir = GOLDEN.resolve(golden.name());
        if (UPDATE) {
            rewrite(dir, actual);
        }
        Map<String, String> expected = read(dir);

        List<String> problems = new ArrayList<>();
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        missing.forEach(path -> problems.add("no longer emitted: " + path));
        Set<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        extra.forEach(path -> problems.add("emitted but not in the golden files: " + path));
        for (Map.Entry<String, String> file : new TreeMap<>(actual).entrySet()) {
            String want = expected.get(file.getKey());
            if (want != null && !want.equals(file.getValue())) {
                problems.add(firstDifference(file.getKey(), want, file.getValue()));
            }
        }

        assertThat(problems)
                .as("golden case %s differs from %s (rerun with -Dgolden.update=true if the change is intended)", golden, dir)
                .isEmpty();
    }

    @Test
    void aDifferenceIsShownAtItsFirstLineWithContext() {
        String report = firstDifference("a/B.java", "1\n2\n3\n4\n5\n6\n", "1\n2\n3\nfour\n5\n6\n");

        assertThat(report).startsWith("a/B.java: first difference at line 4\n")
                .contains("  > 4: 4\n", "  > 4: four\n", "    1: 1\n", "    7: \n");
    }

    /** The file's path, the number of the first line that differs, and a few lines around it on both sides. */
    static String firstDifference(String path, String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        StringBuilder out = new StringBuilder(path).append(": first difference at line ").append(line + 1).append('\n');
        int from = Math.max(0, line - CONTEXT);
        out.append("  expected:\n");
        for (int i = from; i < Math.min(want.length, line + CONTEXT + 1); i++) {
            out.append(i == line ? "  > " : "    ").append(i + 1).append(": ").append(want[i]).append('\n');
        }
        out.append("  actual:\n");
        for (int i = from; i < Math.min(got.length, line + CONTEXT + 1); i++) {
            out.append(i == line ? "  > " : "    ").append(i + 1).append(": ").append(got[i]).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                // a checkout with CRLF line endings still compares equal
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                files.put(dir.relativize(file).toString().replace('\\', '/'), text);
            }
        }
        return files;
    }

    private static void rewrite(Path dir, Map<String, String> files) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(GoldenFilesTest::delete);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
