package dev.parallel4j.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmarks module holding a program that makes one call with one client: its runtime class path, as the
 * module's build wrote it to {@code target/classpath.txt}, and its main class.
 *
 * @param name the client, as the tables call it
 * @param module the module directory
 * @param mainClass the program making the call: its arguments are the server's base URL and {@code id}
 * @param id what the program retrieves (a FindAll run, or a model for the Anthropic SDK)
 * @param clientInModule whether the client's code is compiled in the module itself (a generated peer client) rather
 *     than coming as a dependency
 */
public record ClientProgram(String name, Path module, String mainClass, String id, boolean clientInModule) {
    /** What a user of the client gets: the module's runtime class path, and its own classes if they are the client. */
    public List<Path> footprint() {
        List<Path> files = new ArrayList<>(jars());
        if (clientInModule) {
            files.add(classes());
        }
        return files;
    }

    /** The module's own classes and its runtime class path: what the program runs with. */
    public String classPath() {
        List<String> entries = new ArrayList<>();
        entries.add(classes().toString());
        jars().forEach(jar -> entries.add(jar.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /** The size in bytes of files and directories (everything under them). */
    public static long size(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try (Stream<Path> all = Files.walk(file)) {
                for (Path each : all.filter(Files::isRegularFile).toList()) {
                    total += Files.size(each);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot measure " + file, e);
            }
        }
        return total;
    }

    private Path classes() {
        return module.resolve("target/classes");
    }

    private List<Path> jars() {
        Path file = module.resolve("target/classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build the benchmarks first (benchmarks/run.sh does)");
        }
        try {
            String line = Files.readString(file).trim();
            return line.isEmpty() ? List.of() : Arrays.stream(line.split(File.pathSeparator)).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
