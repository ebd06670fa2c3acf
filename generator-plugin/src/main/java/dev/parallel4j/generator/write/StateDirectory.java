package dev.parallel4j.generator.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * <p>The record is JSON, read with {@link Json} rather than Jackson: an up-to-date build reads it and nothing else,
 * and loading even Jackson's streaming parser took longer than the rest of the check.
 */
public final class StateDirectory {
    private static final String FINGERPRINT = "fingerprint.json";
    private static final String API = "api.json";
    private static final int FORMAT = 2;

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

    /**
     * The record as JSON. Written with Jackson, which a generation has loaded anyway; only reading it, which an
     * up-to-date build does and nothing else, avoids Jackson.
     */
    private static byte[] toJson(GenerationState state) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("fingerprint", state.fingerprint());
        ArrayNode inputs = root.putArray("inputs");
        state.inputs().forEach(input -> inputs.add(input.toString()));
        ObjectNode outputs = root.putObject("outputs");
        state.outputs().forEach((file, output) -> outputs.putObject(file)
                .put("size", output.size())
                .put("lastModified", output.lastModified())
                .put("checksum", output.checksum()));
        return json.writeValueAsBytes(root);
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
                fields.get("checksum") instanceof String checksum ? checksum : "");
    }
}
