package dev.parallel4j.runtime.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.BadRequestException;
import dev.parallel4j.runtime.error.InternalServerException;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.error.RateLimitException;
import dev.parallel4j.runtime.error.UnprocessableEntityException;
import dev.parallel4j.runtime.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries and timeouts of {@link RequestExecutor} against a real HTTP server, its waits recorded rather than slept. */
final class RetriesTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String OK = "{\"name\":\"done\"}";
    private static final ApiRequest GET = ApiRequest.builder("GET", "/v1/things/t1").build();
    private static final ApiRequest POST = ApiRequest.builder("POST", "/v1/things").jsonBody(java.util.Map.of("name", "x")).build();
    private static final ResponseSpec<JsonValue> JSON = ResponseSpec.of(JsonValue.class);

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @TempDir
    Path dir;

    private TestClientBuilder builder() {
        return new TestClientBuilder().baseUrl(server.baseUrl()).auth(Auth.apiKeyHeader("x-api-key", "sk-retries"))
                .sleeper(sleeper);
    }

    private JsonValue fetch(RequestExecutor executor, RequestOptions options) {
        return executor.execute(GET, JSON, options);
    }

    /** Serves the responses in order, the last one again for any later request. */
    private static void sequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder step = request.get().inScenario("sequence").whenScenarioStateIs(i == 0 ? STARTED : "step " + i);
            if (i < responses.length - 1) {
                step = step.willSetStateTo("step " + (i + 1));
            }
            server.stubFor(step.willReturn(responses[i]));
        }
    }

    private static List<String> retryCounts() {
        return server.findAll(anyRequestedFor(anyUrl())).stream()
                .map(request -> request.getHeader(RequestExecutor.RETRY_COUNT_HEADER)).toList();
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"status " + status + "\"}}");
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndTheRetryCountOnEachAttempt() {
        sequence(() -> get(anyUrl()), status(503), status(502), okJson(OK));

        assertThat(fetch(builder().build(), RequestOptions.none())).isEqualTo(JsonValue.parse(OK));

        assertThat(retryCounts()).containsExactly("0", "1", "2");
        assertThat(sleeper.waits()).hasSize(2);
        assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 504})
    void aFailureThatOutlastsTheRetriesIsThrownAfterTheLastAttempt(int status) {
        server.stubFor(get(anyUrl()).willReturn(status(status)));

        Throwable thrown = catchThrowableOfType(dev.parallel4j.runtime.error.ApiStatusException.class,
                () -> fetch(builder().build(), RequestOptions.none()));

        assertThat(thrown).hasMessage("GET /v1/things/t1 returned HTTP " + status + ": status " + status);
        assertThat(retryCounts()).containsExactly("0", "1", "2");
    }

    @Test
    void theClientAndEachCallChooseHowOftenToRetry() {
        server.stubFor(get(anyUrl()).willReturn(status(500)));

        assertThatThrownBy(() -> fetch(builder().maxRetries(0).build(), RequestOptions.none()))
                .isInstanceOf(InternalServerException.class);
        assertThat(retryCounts()).containsExactly("0");

        server.resetRequests();
        assertThatThrownBy(() -> fetch(builder().maxRetries(4).build(), RequestOptions.none()))
                .isInstanceOf(InternalServerException.class);
        assertThat(retryCounts()).containsExactly("0", "1", "2", "3", "4");

        server.resetRequests();
        assertThatThrownBy(() -> fetch(builder().maxRetries(4).build(), RequestOptions.builder().maxRetries(1).build()))
                .isInstanceOf(InternalServerException.class);
        assertThat(retryCounts()).containsExactly("0", "1");
    }

    @Test
    void retryDelaysCanBeConfigured() {
        server.stubFor(get(anyUrl()).willReturn(status(500)));
        RequestExecutor executor = builder().maxRetries(3).retryDelays(Duration.ofMillis(100), Duration.ofMillis(250)).build();

        assertThatThrownBy(() -> fetch(executor, RequestOptions.none())).isInstanceOf(InternalServerException.class);

        assertThat(sleeper.waits()).hasSize(3);
        assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(75), Duration.ofMillis(100));
        assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(150), Duration.ofMillis(200));
        assertThat(sleeper.waits().get(2)).isBetween(Duration.ofMillis(187), Duration.ofMillis(250));
    }

    @Test
    void errorsThatRetryingCannotFixAreThrownAtOnce() {
        server.stubFor(get("/v1/400").willReturn(status(400)));
        server.stubFor(get("/v1/404").willReturn(status(404)));
        server.stubFor(get("/v1/422").willReturn(status(422)));
        RequestExecutor executor = builder().build();

        assertThatThrownBy(() -> executor.execute(ApiRequest.builder("GET", "/v1/400").build(), JSON, RequestOptions.none()))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> executor.execute(ApiRequest.builder("GET", "/v1/404").build(), JSON, RequestOptions.none()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> executor.execute(ApiRequest.builder("GET", "/v1/422").build(), JSON, RequestOptions.none()))
                .isInstanceOf(UnprocessableEntityException.class);
        assertThat(retryCounts()).containsExactly("0", "0", "0");
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void theServerDecidesWithXShouldRetry() {
        server.stubFor(get("/v1/no").willReturn(status(503).withHeader("x-should-retry", "false")));
        sequence(() -> get("/v1/yes"), status(400).withHeader("x-should-retry", "true"), okJson(OK));
        RequestExecutor executor = builder().build();

        assertThatThrownBy(() -> executor.execute(ApiRequest.builder("GET", "/v1/no").build(), JSON, RequestOptions.none()))
                .isInstanceOf(InternalServerException.class);
        assertThat(executor.execute(ApiRequest.builder("GET", "/v1/yes").build(), JSON, RequestOptions.none()))
                .isEqualTo(JsonValue.parse(OK));
        assertThat(retryCounts()).containsExactly("0", "0", "1");
    }

    @Test
    void theWaitTheServerAsksForIsHonouredWhenItIsShort() {
        sequence(() -> get(anyUrl()), status(429).withHeader("retry-after", "3"), status(429).withHeader("retry-after-ms", "1500"),
                okJson(OK));

        assertThat(fetch(builder().build(), RequestOptions.none())).isEqualTo(JsonValue.parse(OK));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(1500));
    }

    @Test
    void aWaitOfMoreThanAMinuteIsNotHonouredAndTheLastAnswerCarriesIt() {
        server.stubFor(get(anyUrl()).willReturn(status(429).withHeader("retry-after", "1260")));

        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> fetch(builder().build(), RequestOptions.none()));

        assertThat(e.headers()).containsEntry("retry-after", List.of("1260"));
        assertThat(sleeper.waits()).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(retryCounts()).hasSize(3);
    }

    /**
     * POST, because the JDK's client itself sends an idempotent request once more when a connection closes before
     * any response (as with an empty response or a reset), which would double the counts below.
     */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
            "RANDOM_DATA_THEN_CLOSE"})
    void brokenConnectionsAreRetried(Fault fault) {
        sequence(() -> post(anyUrl()), aResponse().withFault(fault), okJson(OK));

        assertThat(builder().build().execute(POST, JSON, RequestOptions.none())).isEqualTo(JsonValue.parse(OK));

        assertThat(retryCounts()).containsExactly("0", "1");
        assertThat(sleeper.waits()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
            "RANDOM_DATA_THEN_CLOSE"})
    void aConnectionThatStaysBrokenFailsAfterTheLastAttempt(Fault fault) {
        server.stubFor(post(anyUrl()).willReturn(aResponse().withFault(fault)));
        RequestExecutor executor = builder().build();

        ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
                () -> executor.execute(POST, JSON, RequestOptions.none()));

        assertThat(e).isExactlyInstanceOf(ApiConnectionException.class);
        assertThat(e.getMessage()).startsWith("POST /v1/things failed").endsWith("(attempt 3)").doesNotContain("sk-retries");
        assertThat(retryCounts()).containsExactly("0", "1", "2");
    }

    @Test
    void aTimedOutAttemptIsRetried() {
        sequence(() -> get(anyUrl()), okJson(OK).withFixedDelay(5_000), okJson(OK));
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();

        assertThat(fetch(builder().build(), options)).isEqualTo(JsonValue.parse(OK));

        assertThat(retryCounts()).containsExactly("0", "1");
    }

    @Test
    void theTimeoutCoversTheBodyNotOnlyTheHeaders() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"name\":\"" + "x".repeat(2_000) + "\"}")
                .withHeader("x-request-id", "req_slow").withChunkedDribbleDelay(20, 10_000)));
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(1)).maxRetries(0).build();

        ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class, () -> fetch(builder().build(), options));

        assertThat(e).hasMessage("GET /v1/things/t1 timed out after 1 s while reading the body of HTTP 200 (request id req_slow)");
        assertThat(e.requestId()).contains("req_slow");
        assertThat(e.response()).hasValueSatisfying(response -> assertThat(response.statusCode()).isEqualTo(200));
    }

    @Test
    void aFileFromDiskIsSentAgainOnRetry() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "line one\nline two\n");
        sequence(() -> post(anyUrl()), status(503), okJson(OK));
        ApiRequest upload = ApiRequest.builder("POST", "/v1/files")
                .formBody(FormBody.multipart().field("purpose", "notes").field("file", FileUpload.of(file)).build())
                .build();

        assertThat(builder().build().execute(upload, JSON, RequestOptions.none())).isEqualTo(JsonValue.parse(OK));

        List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getBodyAsString()).contains("line one\nline two\n").isEqualTo(sent.get(1).getBodyAsString());
    }

    @Test
    void aStreamedBodyIsSentOnceAndNeverRetried() {
        server.stubFor(post(anyUrl()).willReturn(status(503)));
        byte[] content = "streamed content".getBytes(StandardCharsets.UTF_8);
        FileUpload stream = FileUpload.of("data.bin", new ByteArrayInputStream(content));
        ApiRequest upload = ApiRequest.builder("POST", "/v1/blobs").rawBody(stream, "application/octet-stream").build();
        RequestExecutor executor = builder().build();

        assertThatThrownBy(() -> executor.execute(upload, JSON, RequestOptions.none())).isInstanceOf(InternalServerException.class);

        List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).extracting(LoggedRequest::getBody).singleElement()
                .satisfies(body -> assertThat(Arrays.equals(body, content)).isTrue());
        assertThat(sleeper.waits()).isEmpty();
        assertThatThrownBy(() -> executor.execute(upload, JSON, RequestOptions.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("FileUpload{data.bin, application/octet-stream, stream} has already been sent: a stream can be sent once");
    }

    @Test
    void aStreamOpenIsRetriedLikeAnyCall() {
        sequence(() -> get(anyUrl()), status(503), aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody("data: {\"n\":1}\n\n"));

        try (var events = builder().build().stream(GET, JSON, RequestOptions.none())) {
            assertThat(events.stream().map(Function.identity()).toList()).containsExactly(JsonValue.parse("{\"n\":1}"));
        }
        assertThat(retryCounts()).containsExactly("0", "1");
    }

    @Test
    void aConnectionThatCannotBeOpenedInTimeIsATimeoutAndRetried() throws IOException {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = new ArrayList<>();
            try {
                Assumptions.assumeTrue(fillAcceptQueue(full, queued), "this system does not hold back connections to a full queue");
                RequestExecutor executor = builder().baseUrl("http://127.0.0.1:" + full.getLocalPort())
                        .connectTimeout(Duration.ofMillis(200)).maxRetries(1).build();

                assertThatThrownBy(() -> fetch(executor, RequestOptions.none()))
                        .isExactlyInstanceOf(ApiTimeoutException.class)
                        .hasMessageStartingWith("GET /v1/things/t1 could not connect in time: ")
                        .hasMessageEndingWith("(attempt 2)");
                assertThat(sleeper.waits()).hasSize(1);
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    /**
     * Opens connections nobody accepts until the server's queue is full, so that the next connection cannot be
     * opened; returns whether that happened (where the system drops connections beyond the queue).
     */
    private static boolean fillAcceptQueue(ServerSocket server, List<Socket> queued) throws IOException {
        for (int i = 0; i < 8; i++) {
            Socket socket = new Socket();
            queued.add(socket);
            try {
                socket.connect(server.getLocalSocketAddress(), 200);
            } catch (SocketTimeoutException queueFull) {
                return true;
            }
        }
        return false;
    }
}
