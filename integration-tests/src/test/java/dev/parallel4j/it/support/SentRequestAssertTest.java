package dev.parallel4j.it.support;

import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.demo.RecordedParallelServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request assertions catch the mistakes a client could make: they fail on requests sent slightly wrong. */
final class SentRequestAssertTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RecordedParallelServer server;

    @BeforeEach
    void startServer() {
        server = RecordedParallelServer.start("ingest");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theBetaHeaderMustBeSentOnceAsACommaSeparatedList() throws Exception {
        LoggedRequest twice = send(HttpRequest.newBuilder()
                .header("parallel-beta", "findall-2025-09-15").header("parallel-beta", "field-basis-2025-11-25"));
        LoggedRequest bracketed = send(HttpRequest.newBuilder()
                .header("parallel-beta", "[findall-2025-09-15, field-basis-2025-11-25]"));
        LoggedRequest joined = send(HttpRequest.newBuilder()
                .header("parallel-beta", "findall-2025-09-15,field-basis-2025-11-25"));

        for (LoggedRequest wrong : List.of(twice, bracketed)) {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> assertThatRequest(wrong).hasBetas("findall-2025-09-15,field-basis-2025-11-25"));
        }
        assertThatCode(() -> assertThatRequest(joined).hasBetas("findall-2025-09-15,field-basis-2025-11-25"))
                .doesNotThrowAnyException();
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThatRequest(joined).hasNoBetas());
    }

    @Test
    void aWrongApiKeyFailsWithoutPrintingEitherKey() throws Exception {
        LoggedRequest request = send(HttpRequest.newBuilder().header("x-api-key", "sent-key"));

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRequest(request).hasApiKey("expected-key"))
                .withMessageNotContaining("sent-key")
                .withMessageNotContaining("expected-key");
    }

    @Test
    void theBodyMustHaveExactlyTheExpectedMembersInAnyOrder() throws Exception {
        LoggedRequest request = send(HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"match_limit\": 5, \"objective\": \"frames\"}")));

        assertThatCode(() -> assertThatRequest(request).hasJsonBody("{\"objective\": \"frames\", \"match_limit\": 5}"))
                .doesNotThrowAnyException();
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRequest(request).hasJsonBody("{\"objective\": \"frames\"}"));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(
                () -> assertThatRequest(request).hasJsonBody("{\"objective\": \"frames\", \"match_limit\": 6}"));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThatRequest(request).hasNoBody());
    }

    @Test
    void theUrlMustMatchPathAndQueryExactly() throws Exception {
        String events = "/v1beta/findall/runs/findall_1/events";
        LoggedRequest request = send(HttpRequest.newBuilder(), events + "?timeout=30.0");

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRequest(request).is("GET", events + "?timeout=30"));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatRequest(request).is("POST", events + "?timeout=30.0"));
        assertThatCode(() -> assertThatRequest(request).is("GET", events + "?timeout=30.0"))
                .doesNotThrowAnyException();
    }

    private LoggedRequest send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, "/v1beta/findall/ingest");
    }

    private LoggedRequest send(HttpRequest.Builder request, String url) throws IOException, InterruptedException {
        HTTP.send(request.uri(URI.create(server.baseUrl() + url)).build(),
                HttpResponse.BodyHandlers.discarding());
        List<LoggedRequest> requests = server.requests();
        return requests.get(requests.size() - 1);
    }
}
