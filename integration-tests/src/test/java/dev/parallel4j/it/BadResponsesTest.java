package dev.parallel4j.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.it.support.FaultyServer;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiException;
import dev.parallel4j.runtime.error.InternalServerException;
import dev.parallel4j.runtime.error.ResponseDecodingException;
import dev.parallel4j.runtime.error.ResponseSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers the client cannot use raise a clear exception of the client's own, naming the request, the status, the
 * request id and the start of the body, at a bounded length; never a parser's exception, never a hang. The bodies
 * are the {@code retrieve} recording's, spoiled.
 */
final class BadResponsesTest {
    private static final String PATH = "/v1beta/findall/runs/" + RUN_ID;
    private static final String REQUEST_ID = "req_spoiled_0042";
    private static final String RECORDED = recordedBody();

    private FaultyServer server;
    private ParallelClient client;

    @BeforeEach
    void start() {
        server = FaultyServer.start("retrieve");
        client = server.client().build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static String recordedBody() {
        try (InputStream in = BadResponsesTest.class.getResourceAsStream("/recordings/retrieve/__files/retrieve-running.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The failure of retrieving the run when the server answers this way to every attempt. */
    private ApiException retrieveAnswered(ResponseDefinitionBuilder answer) {
        server.failAlways(get(urlPathEqualTo(PATH)), answer.withHeader("x-request-id", REQUEST_ID));
        Throwable thrown = catchThrowable(() -> client.findAll().retrieve(RUN_ID));
        assertThat(thrown).isInstanceOf(ApiException.class);
        assertThat(thrown.getMessage()).hasSizeLessThan(ResponseSummary.EXCERPT_LIMIT + 400).doesNotContain(FaultyServer.API_KEY);
        return (ApiException) thrown;
    }

    private ResponseDecodingException undecodable(String contentType, String body) {
        ApiException e = retrieveAnswered(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body));
        assertThat(e).isExactlyInstanceOf(ResponseDecodingException.class);
        assertThat(e.requestId()).contains(REQUEST_ID);
        assertThat(e.getMessage()).startsWith("GET " + PATH + " returned HTTP 200 (request id " + REQUEST_ID + ")"
                + " with a body that could not be read: ");
        assertThat(server.retryCounts()).as("a body that cannot be read is not retried").containsExactly("0");
        return (ResponseDecodingException) e;
    }

    @Test
    void aBodyThatIsNotJson() {
        ResponseDecodingException e = undecodable("text/html", "<html><body>Down for maintenance</body></html>");
        assertThat(e.getMessage()).contains("Unexpected character ('<'", "body starts: <html><body>Down for maintenance");
        assertThat(e.response().statusCode()).isEqualTo(200);
    }

    @Test
    void aTruncatedBody() {
        String truncated = RECORDED.substring(0, RECORDED.indexOf("\"metrics\""));
        ResponseDecodingException e = undecodable("application/json", truncated);
        assertThat(e.getMessage()).contains("Unexpected end-of-input", "body starts: {");
    }

    @Test
    void aBodyLackingARequiredProperty() {
        String withoutId = RECORDED.replace("\"findall_id\": \"" + RUN_ID + "\",", "");
        ResponseDecodingException e = undecodable("application/json", withoutId);
        assertThat(e.getMessage()).contains("findall_id", "body starts: {");
    }

    @Test
    void aPropertyOfTheWrongType() {
        String wrongType = RECORDED.replace("\"generated_candidates_count\": 6", "\"generated_candidates_count\": \"six\"");
        ResponseDecodingException e = undecodable("application/json", wrongType);
        assertThat(e.getMessage()).contains("at $.status.metrics.generated_candidates_count: ", "\"six\"");
    }

    @Test
    void anEmptyBody() {
        ResponseDecodingException e = undecodable("application/json", "");
        assertThat(e).hasMessageEndingWith("expected JSON but the body is empty (empty body)");
    }

    @Test
    void aHugeBodyIsQuotedOnlyAsFarAsTheExcerptGoes() {
        ResponseDecodingException e = undecodable("text/plain", "Not JSON. " + "x".repeat(200_000));
        assertThat(e.response().bodyExcerpt()).hasSize(ResponseSummary.EXCERPT_LIMIT).endsWith("…");
    }

    @Test
    void anHtmlErrorPageFromAProxyIsAServerErrorAfterTheRetries() {
        String page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                + "<p>" + "upstream unavailable ".repeat(200) + "</p></body></html>";

        ApiException e = retrieveAnswered(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(page));

        assertThat(e).isExactlyInstanceOf(InternalServerException.class)
                .hasMessageStartingWith("GET " + PATH + " returned HTTP 502 (request id " + REQUEST_ID + "): <html><head><title>502");
        assertThat(e.requestId()).contains(REQUEST_ID);
        assertThat(((InternalServerException) e).response().bodyExcerpt()).hasSize(ResponseSummary.EXCERPT_LIMIT);
        assertThat(server.retryCounts()).containsExactly("0", "1", "2");
    }

    @Test
    void aBodyCutShortOfItsLengthIsAConnectionFailureNamingTheResponse() {
        ApiException e = retrieveAnswered(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Content-Length", "5000").withBody(RECORDED.substring(0, 40)));

        assertThat(e).isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessageStartingWith("GET " + PATH + " failed while reading the body of HTTP 200 (request id " + REQUEST_ID + "): ")
                .hasMessageEndingWith("(attempt 3)");
        assertThat(e.requestId()).contains(REQUEST_ID);
        assertThat(((ApiConnectionException) e).response()).hasValueSatisfying(r -> assertThat(r.statusCode()).isEqualTo(200));
    }

    @Test
    void aBrokenChunkIsAConnectionFailure() {
        ApiException e = retrieveAnswered(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertThat(e).isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessageStartingWith("GET " + PATH + " failed while reading the body of HTTP 200: ")
                .hasMessageEndingWith("(attempt 3)");
    }
}
