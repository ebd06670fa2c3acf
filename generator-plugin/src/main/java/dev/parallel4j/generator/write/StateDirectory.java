package dev.parallel4j.generator.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 */
public final class StateDirectory {
    private static final String FINGERPRINT = "fingerprint.json";
    private static final String API = "api.json";
    private static final int FORMAT = 1;

    private final Path directory;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The state kept in a directory, created when first written. */
    public StateDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /**
     * The last successful generation, or empty when there was none, or its record cannot be read (written by
     * another version, or damaged): then the next run simply regenerates.
     */
    public Optional<GenerationState> lastGeneration() {
        return readText(FINGERPRINT).flatMap(this::parseState);
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
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("fingerprint", state.fingerprint());
        ArrayNode inputs = root.putArray("inputs");
        state.inputs().forEach(input -> inputs.add(input.toString()));
        ObjectNode outputs = root.putObject("outputs");
        state.outputs().forEach((file, output) -> outputs.putObject(file)
                .put("size", output.size())
                .put("lastModified", output.lastModified())
                .put("sha256", output.sha256()));
        try {
            SourceWriter.replace(directory.resolve(API), api.getBytes(StandardCharsets.UTF_8));
            SourceWriter.replace(directory.resolve(FINGERPRINT), json.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the generation state to " + directory + " failed: " + e.getMessage(), e);
        }
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

    private Optional<GenerationState> parseState(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root.path("format").asInt() != FORMAT || !root.path("fingerprint").isTextual()) {
            return Optional.empty();
        }
        List<Path> inputs = new ArrayList<>();
        root.path("inputs").forEach(input -> inputs.add(Path.of(input.asText())));
        Map<String, GenerationState.OutputFile> outputs = new TreeMap<>();
        root.path("outputs").properties().forEach(output -> outputs.put(output.getKey(), new GenerationState.OutputFile(
                output.getValue().path("size").asLong(-1), output.getValue().path("lastModified").asLong(-1),
                output.getValue().path("sha256").asText())));
        return Optional.of(new GenerationState(root.path("fingerprint").asText(), inputs, outputs));
    }
}
