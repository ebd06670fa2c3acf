package dev.parallel4j.benchmarks.generation;

import dev.parallel4j.benchmarks.process.TimedCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A one-pom user project, written from a template in this package, whose {@code generate-sources} is timed.
 *
 * @param name what the tables call it
 * @param directory where its pom is
 */
public record MavenProject(String name, Path directory) {
    /**
     * Writes {@code <directory>/pom.xml} from the template {@code <template>.pom.xml}, naming {@code inputSpec} as
     * the document to generate from.
     */
    public static MavenProject write(String name, String template, Path inputSpec, Path directory) {
        try (InputStream in = MavenProject.class.getResourceAsStream(template + ".pom.xml")) {
            if (in == null) {
                throw new IllegalArgumentException("no pom template '" + template + "'");
            }
            String pom = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__INPUT_SPEC__", inputSpec == null ? "" : inputSpec.toAbsolutePath().toString());
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("pom.xml"), pom);
            return new MavenProject(name, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the project " + name, e);
        }
    }

    /** Deletes {@code target/}, so that the next run generates everything. */
    public void clean() {
        Path target = directory.resolve("target");
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + target, e);
        }
    }

    /**
     * The timed build: {@code <maven> [-o] -q -B generate-sources} with the benchmarks' private local repository
     * in front of the shared one, which is only read.
     */
    public TimedCommand generateSources(Maven maven, boolean offline) {
        return build(maven, offline, "generate-sources");
    }

    /**
     * A build of this project: {@code <maven> [-o] -q -B <arguments>} with the benchmarks' private local repository
     * in front of the shared one, which is only read; its output goes to {@code build.log} beside the pom.
     */
    public TimedCommand build(Maven maven, boolean offline, String... arguments) {
        List<String> command = new ArrayList<>(List.of(maven.executable().toString()));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of("-q", "-B"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-Dmaven.repo.local=" + maven.repository(), "-Dmaven.repo.local.tail=" + maven.sharedRepository()));
        return new TimedCommand(command, directory, directory.resolve("build.log"));
    }

    /**
     * The Maven the builds run with.
     *
     * @param executable the wrapper ({@code mvnw}) or {@code mvn}
     * @param repository the benchmarks' own local repository, which holds parallel4j's plugin
     * @param sharedRepository the user's repository, read for everything else and never written
     */
    public record Maven(Path executable, Path repository, Path sharedRepository) {
        /**
         * The Maven the system properties name: {@code bench.maven} (default {@code <root>/mvnw}),
         * {@code bench.repository} (default {@code <root>/benchmarks/target/repo}) and {@code bench.sharedRepository}
         * (default {@code ~/.m2/repository}).
         */
        public static Maven configured(Path root) {
            return new Maven(Path.of(System.getProperty("bench.maven", root.resolve("mvnw").toString())),
                    Path.of(System.getProperty("bench.repository", root.resolve("benchmarks/target/repo").toString())),
                    Path.of(System.getProperty("bench.sharedRepository", System.getProperty("user.home") + "/.m2/repository")));
        }
    }
}
