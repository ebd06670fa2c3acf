package dev.parallel4j.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.StubMappingTransformer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes credentials from each stub WireMock's recorder makes, before it is saved: request matchers on headers that
 * carry credentials, request body matchers (a body can hold MCP server credentials; the tests check bodies from the
 * request journal instead), response headers that look like cookies, tokens or keys, and any remaining occurrence of
 * the API key itself.
 */
public final class SecretStripper extends StubMappingTransformer {
    /** Header names that may carry a credential. */
    private static final Pattern SECRET_HEADER =
            Pattern.compile("(?i).*(cookie|auth|token|secret|session|api-?key|signature|credential|password).*");
    /** What the API key is replaced with wherever it still appears. */
    static final String REDACTED = "<redacted>";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String apiKey;

    /**
     * Creates the transformer.
     *
     * @param apiKey the key used while recording, scrubbed wherever it appears
     */
    public SecretStripper(String apiKey) {
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        this.apiKey = apiKey;
    }

    @Override
    public String getName() {
        return "parallel4j-secret-stripper";
    }

    /** Applies to every recorded stub, without being named in the record spec. */
    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public StubMapping transform(StubMapping stub, FileSource files, Parameters parameters) {
        ObjectNode json = (ObjectNode) read(StubMapping.buildJsonStringFor(stub));
        if (json.get("request") instanceof ObjectNode request) {
            removeSecretHeaders(request.get("headers"));
            request.remove(List.of("bodyPatterns", "cookies", "basicAuthCredentials"));
        }
        if (json.get("response") instanceof ObjectNode response) {
            removeSecretHeaders(response.get("headers"));
        }
        return StubMapping.buildFrom(json.toString().replace(apiKey, REDACTED));
    }

    private static void removeSecretHeaders(JsonNode headers) {
        if (headers instanceof ObjectNode object) {
            object.properties().removeIf(header -> SECRET_HEADER.matcher(header.getKey()).matches());
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("WireMock wrote a stub that is not JSON", e);
        }
    }
}
