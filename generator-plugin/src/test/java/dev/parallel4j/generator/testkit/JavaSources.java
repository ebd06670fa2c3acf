package dev.parallel4j.generator.testkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles emitted sources in-process with {@code javax.tools.JavaCompiler}, as the generated client's build
 * does: Java 17, {@code -Xlint:all -Xdoclint:all/protected -Werror}, against the runtime and Jackson, so any warning
 * fails, a gap in the public API's Javadoc included.
 */
public final class JavaSources {
    /** The options every compilation uses. */
    public static final List<String> OPTIONS =
            List.of("--release", "17", "-Xlint:all", "-Xdoclint:all/protected", "-Werror", "-encoding", "UTF-8");

    private JavaSources() {}

    /**
     * What a compilation produced.
     *
     * @param success whether javac succeeded
     * @param diagnostics every error and warning, one per line, with file and line
     * @param classes where the class files are
     */
    public record Compilation(boolean success, String diagnostics, Path classes) {
        /** A class loader over the compiled classes, child of the test's, which has the runtime and Jackson. */
        public URLClassLoader classLoader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaSources.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Writes sources under {@code dir/src} and compiles them to {@code dir/classes}.
     *
     * @param sources the text of each file by its path, as {@code Generator.render} gives them
     */
    public static Compilation compile(Map<String, String> sources, Path dir) {
        try {
            Path src = dir.resolve("src");
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = new ArrayList<>(OPTIONS);
                options.addAll(List.of("-classpath", runtimeClasspath(), "-d", classes.toString()));
                boolean success = javac.getTask(null, fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromPaths(files)).call();
                String report = diagnostics.getDiagnostics().stream()
                        .map(d -> describe(d, src))
                        .collect(Collectors.joining("\n"));
                return new Compilation(success, report, classes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic, Path src) {
        String where = diagnostic.getSource() == null ? ""
                : src.relativize(Path.of(diagnostic.getSource().toUri())) + ":" + diagnostic.getLineNumber() + ": ";
        return diagnostic.getKind() + " " + where + diagnostic.getMessage(Locale.ROOT);
    }

    /**
     * The jars generated code compiles against: the runtime, and the Jackson jars it exposes. Read from the
     * classes themselves, because Surefire hides the test classpath behind a manifest-only jar.
     */
    static String runtimeClasspath() {
        return Stream.of(Json.class, JsonProperty.class, ObjectMapper.class, TypeReference.class)
                .map(JavaSources::location)
                .distinct()
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
