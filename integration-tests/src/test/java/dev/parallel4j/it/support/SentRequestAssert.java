package dev.parallel4j.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a request as the server received it: method and URL, the API key, the {@code parallel-beta}
 * header, other headers and the JSON body (compared as JSON, field by field, whatever the order).
 */
public final class SentRequestAssert extends AbstractAssert<SentRequestAssert, LoggedRequest> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SentRequestAssert(LoggedRequest actual) {
        super(actual, SentRequestAssert.class);
    }

    /** Starts assertions on a received request. */
    public static SentRequestAssert assertThatRequest(LoggedRequest request) {
        return new SentRequestAssert(request);
    }

    /**
     * Checks the method and the URL: path and query string, exactly.
     *
     * @param method e.g. {@code GET}
     * @param url e.g. {@code /v1beta/findall/runs/findall_1/events?timeout=30}
     */
    public SentRequestAssert is(String method, String url) {
        isNotNull();
        if (!actual.getMethod().getName().equals(method) || !actual.getUrl().equals(url)) {
            failWithMessage("Expected %s %s but the server received %s %s", method, url, actual.getMethod(),
                    actual.getUrl());
        }
        return this;
    }

    /** Checks that the API key was sent once in {@code x-api-key}; a mismatch is reported without the key. */
    public SentRequestAssert hasApiKey(String apiKey) {
        List<String> values = values("x-api-key");
        if (!values.equals(List.of(apiKey))) {
            failWithMessage("Expected the client's API key once in x-api-key, but the header had %d value(s) and"
                    + " they differ", values.size());
        }
        return this;
    }

    /** Checks the {@code parallel-beta} header: sent once, with exactly this value. */
    public SentRequestAssert hasBetas(String headerValue) {
        return hasHeader("parallel-beta", headerValue);
    }

    /** Checks that no {@code parallel-beta} header was sent. */
    public SentRequestAssert hasNoBetas() {
        if (!values("parallel-beta").isEmpty()) {
            failWithMessage("Expected no parallel-beta header but got %s", values("parallel-beta"));
        }
        return this;
    }

    /** Checks a header: sent once, with exactly this value. */
    public SentRequestAssert hasHeader(String name, String value) {
        List<String> values = values(name);
        if (!values.equals(List.of(value))) {
            failWithMessage("Expected header %s to be sent once as <%s> but got %s", name, value, values);
        }
        return this;
    }

    /** Checks the body: JSON equal to this, member by member, ignoring member order and formatting. */
    public SentRequestAssert hasJsonBody(String expectedJson) {
        hasHeader("Content-Type", "application/json");
        JsonNode expected = parse(expectedJson, "the expected body");
        JsonNode body = parse(actual.getBodyAsString(), "the received body");
        if (!expected.equals(body)) {
            failWithMessage("Expected the JSON body%n  %s%nbut the server received%n  %s", expected, body);
        }
        return this;
    }

    /** Checks that the request had no body. */
    public SentRequestAssert hasNoBody() {
        if (actual.getBody().length > 0) {
            failWithMessage("Expected no body but got <%s>", actual.getBodyAsString());
        }
        return this;
    }

    private List<String> values(String header) {
        HttpHeader values = actual.getHeaders().getHeader(header);
        return values.isPresent() ? values.values() : List.of();
    }

    private JsonNode parse(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw failure("%s is not JSON: %s", what, json);
        }
    }
}
