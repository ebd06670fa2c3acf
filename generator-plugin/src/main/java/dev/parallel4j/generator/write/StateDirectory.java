package dev.parallel4j.generator.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 * <p>The record is read and written with Jackson's streaming parser and generator only: an up-to-date build reads it
 * and nothing else, and setting up an {@code ObjectMapper} would take longer than the whole check.
 */
public final class StateDirectory {
    private static final String FINGERPRINT = "fingerprint.json";
    private static final String API = "api.json";
    private static final int FORMAT = 1;

    private static final JsonFactory JSON = new JsonFactory();

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

    private static byte[] toJson(GenerationState state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
            out.writeStartObject();
            out.writeNumberField("format", FORMAT);
            out.writeStringField("fingerprint", state.fingerprint());
            out.writeArrayFieldStart("inputs");
            for (Path input : state.inputs()) {
                out.writeString(input.toString());
            }
            out.writeEndArray();
            out.writeObjectFieldStart("outputs");
            for (Map.Entry<String, GenerationState.OutputFile> output : state.outputs().entrySet()) {
                out.writeObjectFieldStart(output.getKey());
                out.writeNumberField("size", output.getValue().size());
                out.writeNumberField("lastModified", output.getValue().lastModified());
                out.writeStringField("sha256", output.getValue().sha256());
                out.writeEndObject();
            }
            out.writeEndObject();
            out.writeEndObject();
        }
        return bytes.toByteArray();
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
        int format = -1;
        String fingerprint = null;
        List<Path> inputs = new ArrayList<>();
        Map<String, GenerationState.OutputFile> outputs = new TreeMap<>();
        try (JsonParser in = JSON.createParser(text)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                if (name.equals("format") && value == JsonToken.VALUE_NUMBER_INT) {
                    format = in.getIntValue();
                } else if (name.equals("fingerprint") && value == JsonToken.VALUE_STRING) {
                    fingerprint = in.getText();
                } else if (name.equals("inputs") && value == JsonToken.START_ARRAY) {
                    for (JsonToken input = in.nextToken(); input != JsonToken.END_ARRAY; input = in.nextToken()) {
                        if (input != JsonToken.VALUE_STRING) {
                            return Optional.empty();
                        }
                        inputs.add(Path.of(in.getText()));
                    }
                } else if (name.equals("outputs") && value == JsonToken.START_OBJECT) {
                    while (in.nextToken() == JsonToken.FIELD_NAME) {
                        String file = in.currentName();
                        in.nextToken();
                        outputs.put(file, outputFile(in));
                    }
                } else {
                    in.skipChildren();
                }
            }
        } catch (IOException | InvalidPathException damaged) {
            return Optional.empty();
        }
        if (format != FORMAT || fingerprint == null) {
            return Optional.empty();
        }
        return Optional.of(new GenerationState(fingerprint, inputs, outputs));
    }

    /** One output file's record, the parser standing at its start; a value that is not one reads as unknown. */
    private static GenerationState.OutputFile outputFile(JsonParser in) throws IOException {
        long size = -1;
        long lastModified = -1;
        String sha256 = "";
        if (in.currentToken() == JsonToken.START_OBJECT) {
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                if (name.equals("size") && value == JsonToken.VALUE_NUMBER_INT) {
                    size = in.getLongValue();
                } else if (name.equals("lastModified") && value == JsonToken.VALUE_NUMBER_INT) {
                    lastModified = in.getLongValue();
                } else if (name.equals("sha256") && value == JsonToken.VALUE_STRING) {
                    sha256 = in.getText();
                } else {
                    in.skipChildren();
                }
            }
        } else {
            in.skipChildren();
        }
        return new GenerationState.OutputFile(size, lastModified, sha256);
    }
}
