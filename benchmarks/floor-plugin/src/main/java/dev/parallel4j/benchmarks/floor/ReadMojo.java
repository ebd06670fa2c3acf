package dev.parallel4j.benchmarks.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads an OpenAPI document and does nothing else: the part of a generator's work no generator built on these
 * libraries can skip. {@code reader=jackson} parses the JSON into a tree; {@code reader=swagger-parser} then turns
 * the tree into swagger-parser's model with the options parallel4j's loader uses, as parallel4j does before it
 * translates anything.
 */
@Mojo(name = "read", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class ReadMojo extends AbstractMojo {
    /** The document, JSON. */
    @Parameter(required = true)
    private File inputSpec;

    /** {@code jackson} or {@code swagger-parser}. */
    @Parameter(required = true)
    private String reader;

    @Override
    public void execute() throws MojoFailureException {
        getLog().info("read " + inputSpec + " with " + reader + ": " + paths(inputSpec, reader) + " paths");
    }

    /**
     * Reads a document and counts its paths.
     *
     * @param document the document, JSON
     * @param reader {@code jackson} or {@code swagger-parser}
     * @return how many paths it has, as the reader sees them
     * @throws MojoFailureException if the document cannot be read, or the reader is neither
     */
    static int paths(File document, String reader) throws MojoFailureException {
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(document);
        } catch (IOException e) {
            throw new MojoFailureException("cannot read " + document + ": " + e.getMessage(), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new MojoFailureException(document + " is not a JSON object");
        }
        return switch (reader) {
            case "jackson" -> object.path("paths").size();
            case "swagger-parser" -> load(document, object).getPaths().size();
            default -> throw new MojoFailureException("reader must be 'jackson' or 'swagger-parser', not '" + reader + "'");
        };
    }

    private static OpenAPI load(File document, ObjectNode tree) throws MojoFailureException {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setInferSchemaType(false);
        options.setValidateInternalRefs(true);
        OpenAPI api = new OpenAPIDeserializer().deserialize(tree, document.toString(), options).getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new MojoFailureException("swagger-parser could not read " + document);
        }
        return api;
    }
}
