package dev.parallel4j.generator.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLAnchorReplayingParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.parallel4j.generator.Digests;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a JSON or YAML file into a Jackson tree, reporting a missing file or a syntax error with its line, and
 * finds the line of a JSON pointer when a later step reports a problem there.
 *
 * <p>YAML aliases ({@code *name}) and merge keys ({@code <<: *name}) are expanded: Jackson's default YAML parser
 * would read an alias as the plain string {@code "name"}.
 *
 * <p>A reader remembers the digest of every file it read, so that the fingerprint of a generation is taken over
 * exactly the bytes the client was generated from, even if a file changes while the generator runs.
 */
public final class DocumentReader {
    /** Large public documents (OpenAI's is ~3 MB of YAML) exceed SnakeYAML's default 3 MB limit. */
    private static final int MAX_YAML_CODE_POINTS = 256 * 1024 * 1024;

    /** JSON; content after the top-level value is an error rather than silently ignored. */
    private final ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** YAML with aliases and merge keys expanded, to read documents. */
    private final ObjectMapper yaml;
    /** YAML as written, to find lines: an expanded alias would report the line of its anchor. */
    private final ObjectMapper yamlAsWritten;
    /** The SHA-256 of each file read. */
    private final Map<Path, String> digests = new HashMap<>();

    /** Creates a reader. */
    public DocumentReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        yaml = new YAMLMapper(new AliasExpandingYamlFactory(options));
        yamlAsWritten = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    /**
     * Reads a document.
     *
     * @throws SpecException if the file is missing, unreadable, not UTF-8, or not well-formed JSON/YAML
     */
    public JsonNode read(Path file) {
        String text = text(file, true);
        try {
            JsonNode node = mapperFor(text).readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new SpecException(SourceLocation.of(file), "the file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            throw new SpecException(SourceLocation.of(file).withLine(Math.max(line, 0)),
                    "not well-formed " + (isJson(text) ? "JSON" : "YAML") + ": " + oneLine(e.getOriginalMessage()), e);
        }
    }

    /**
     * A parser's message on one line. SnakeYAML's spans several: what it was doing, where ({@code in 'reader', line
     * 4783, column 9:}), an excerpt with a caret, then the problem and where; the location already has the line, so
     * only the sentences stay, joined.
     */
    private static String oneLine(String message) {
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(", "));
    }

    /**
     * The line where the value at a JSON pointer starts, or 0 when the file cannot be read or has no such value.
     * Reads the file again: only called when reporting a problem.
     */
    public int lineOf(Path file, String pointer) {
        if (pointer.isEmpty()) {
            return 0;
        }
        try {
            String text = text(file, false);
            JsonFactory factory = (isJson(text) ? json : yamlAsWritten).getFactory();
            try (JsonParser parser = factory.createParser(text)) {
                return findLine(parser, pointer);
            }
        } catch (IOException | RuntimeException e) { // including SpecException: no line then
            return 0;
        }
    }

    private static int findLine(JsonParser parser, String target) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token != JsonToken.FIELD_NAME && !token.isStructEnd()
                    && parser.getParsingContext().pathAsPointer().toString().equals(target)) {
                return parser.currentTokenLocation().getLineNr();
            }
        }
        return 0;
    }

    /**
     * The SHA-256 (as {@link Digests#sha256(byte[])} gives it) of each file {@link #read(Path)} has read, by path;
     * the first read of a file counts.
     */
    public Map<Path, String> digests() {
        return Map.copyOf(digests);
    }

    /**
     * The file's text without a leading byte order mark, which Jackson's JSON parser rejects when given text.
     *
     * @param record whether to remember the digest of the bytes read
     */
    private String text(Path file, boolean record) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (record) {
                digests.putIfAbsent(file, Digests.sha256(bytes));
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new SpecException(SourceLocation.of(file), "the file does not exist");
        } catch (CharacterCodingException e) {
            throw new SpecException(SourceLocation.of(file), "the file is not valid UTF-8", e);
        } catch (IOException e) {
            throw new SpecException(SourceLocation.of(file), "the file cannot be read: " + e, e);
        }
    }

    private ObjectMapper mapperFor(String text) {
        return isJson(text) ? json : yaml;
    }

    private static boolean isJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /** Creates parsers that replay an anchored value where an alias names it, and merge {@code <<} keys. */
    private static final class AliasExpandingYamlFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        AliasExpandingYamlFactory(LoaderOptions options) {
            super(YAMLFactory.builder().loaderOptions(options));
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
            return new YAMLAnchorReplayingParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
                throws IOException {
            return _createParser(new CharArrayReader(data, offset, length), context);
        }
    }
}
