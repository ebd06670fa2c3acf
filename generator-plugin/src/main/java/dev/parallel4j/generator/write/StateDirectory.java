package dev.parallel4j.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files one generator run keeps between builds (the Maven plugin gives each execution its own, under
 * {@code target/parallel4j/<execution id>/}): {@code fingerprint.json}, the {@link GenerationState} of the last
 * successful generation, and {@code api.json}, a snapshot of the API it generated. The fingerprint is removed
 * before the output directory is touched and written last, after the sources and the snapshot, so it only ever
 * describes a generation that completed.
 *
 * <p>The record is JSON, read and written with {@link Json} rather than Jackson: an up-to-date build reads it and
 * nothing else, and loading even Jackson's streaming parser took longer than the rest of the check.
 */
public final class StateDirectory {
    private static final String FINGERPRINT = "fingerprint.json";
    private static final String API = "api.json";
    private static final int FORMAT = 1;

    private final Path directory;

    /** The state kept in a directory, created when first written. */
    public StateDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /**
     * The last successful generation, or empty when there was none, or its record cannot be read (written by
     * another version, or damaged): then the next run simply regenerates.
     */
    public Optional<GenerationState> lastGeneration() {
        return readText(FINGERPRINT).flatMap(StateDirectory::parseState);
    }

    /** The API snapshot the last successful generation left, or empty. */
    public Optional<String> lastApi() {
        return readText(API);
    }

    /**
     * Forgets the last generation, before the output directory is touched: if the run stops half-way, the next
     * one regenerates.
     */
    public void forget() {
        try {
            Files.deleteIfExists(directory.resolve(FINGERPRINT));
        } catch (IOException e) {
            throw new UncheckedIOException("Removing " + directory.resolve(FINGERPRINT) + " failed: " + e.getMessage(), e);
        }
    }

    /** Records a successful generation: the API snapshot, then the fingerprint, last. */
    public void record(String api, GenerationState state) {
        try {
            SourceWriter.replace(directory.resolve(API), api.getBytes(StandardCharsets.UTF_8));
            SourceWriter.replace(directory.resolve(FINGERPRINT), toJson(state));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the generation state to " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /** The record as JSON, one output file a line. */
    private static byte[] toJson(GenerationState state) {
        StringBuilder json = new StringBuilder("{\n  \"format\": ").append(FORMAT).append(",\n");
        json.append("  \"fingerprint\": ").append(Json.quote(state.fingerprint())).append(",\n");
        json.append("  \"inputs\": [");
        String separator = "\n    ";
        for (Path input : state.inputs()) {
            json.append(separator).append(Json.quote(input.toString()));
            separator = ",\n    ";
        }
        json.append(state.inputs().isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"outputs\": {");
        separator = "\n    ";
        for (Map.Entry<String, GenerationState.OutputFile> output : state.outputs().entrySet()) {
            GenerationState.OutputFile file = output.getValue();
            json.append(separator).append(Json.quote(output.getKey())).append(": {\"size\": ").append(file.size())
                    .append(", \"lastModified\": ").append(file.lastModified()).append(", \"sha256\": ").append(Json.quote(file.sha256())).append('}');
            separator = ",\n    ";
        }
        json.append(state.outputs().isEmpty() ? "}\n}\n" : "\n  }\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Optional<String> readText(String name) {
        try {
            return Optional.of(Files.readString(directory.resolve(name), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + directory.resolve(name) + " failed: " + e.getMessage(), e);
        }
    }

    /** The record, or empty when it is not one this version wrote (then the next run regenerates). */
    private static Optional<GenerationState> parseState(String text) {
        try {
            if (!(Json.parse(text) instanceof Map<?, ?> record) || !(record.get("format") instanceof Long format) || format != FORMAT
                    || !(record.get("fingerprint") instanceof String fingerprint)) {
                return Optional.empty();
            }
            List<Path> inputs = new ArrayList<>();
            if (record.get("inputs") instanceof List<?> files) {
                for (Object input : files) {
                    if (!(input instanceof String path)) {
                        return Optional.empty();
                    }
                    inputs.add(Path.of(path));
                }
            }
            Map<String, GenerationState.OutputFile> outputs = new TreeMap<>();
            if (record.get("outputs") instanceof Map<?, ?> files) {
                for (Map.Entry<?, ?> output : files.entrySet()) {
                    outputs.put((String) output.getKey(), outputFile(output.getValue()));
                }
            }
            return Optional.of(new GenerationState(fingerprint, inputs, outputs));
        } catch (IllegalArgumentException damaged) { // not JSON, or an InvalidPathException
            return Optional.empty();
        }
    }

    /** One output file's record; a value that is not one reads as unknown. */
    private static GenerationState.OutputFile outputFile(Object value) {
        Map<?, ?> fields = value instanceof Map<?, ?> map ? map : Map.of();
        return new GenerationState.OutputFile(fields.get("size") instanceof Long size ? size : -1,
                fields.get("lastModified") instanceof Long lastModified ? lastModified : -1,
                fields.get("sha256") instanceof String sha256 ? sha256 : "");
    }
}
