package dev.parallel4j.runtime.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.InternalServerException;
import dev.parallel4j.runtime.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the client logs through {@code System.Logger}, captured from the JDK's logging (where the default
 * {@code System.Logger} writes): nothing by default, summaries at DEBUG (JUL {@code FINE}), headers at TRACE (JUL
 * {@code FINER}), never a secret.
 */
final class HttpLogTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "sk-log-SECRET-7781";
    private static final ResponseSpec<JsonValue> JSON = ResponseSpec.of(JsonValue.class);

    private final Logger jul = Logger.getLogger(HttpLog.NAME);
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                records.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void capture() {
        capture.setLevel(Level.ALL);
        jul.addHandler(capture);
    }

    @AfterEach
    void release() {
        jul.removeHandler(capture);
        jul.setLevel(null);
    }

    private List<String> lines(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }

    private TestClientBuilder builder(Auth auth) {
        return new TestClientBuilder().baseUrl(server.baseUrl()).auth(auth).sleeper(new RecordingSleeper());
    }

    private static void failOnceThenSucceed() {
        server.stubFor(get(anyUrl()).inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503).withHeader("x-request-id", "req_1")));
        server.stubFor(get(anyUrl()).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("{}").withHeader("x-request-id", "req_2").withHeader("Set-Cookie", "session=" + KEY)));
    }

    @Test
    void nothingIsLoggedByDefault() {
        failOnceThenSucceed();
        builder(Auth.apiKeyHeader("x-api-key", KEY)).build()
                .execute(ApiRequest.builder("GET", "/v1/x").build(), JSON, RequestOptions.none());
        assertThat(records).isEmpty();
    }

    @Test
    void debugSummarisesEachAttemptAndRetryWithoutTheKey() {
        jul.setLevel(Level.FINE);
        failOnceThenSucceed();
        ApiRequest request = ApiRequest.builder("GET", "/v1/runs/r1").query("limit", 5).build();

        builder(Auth.apiKeyQuery("api_key", KEY)).build()
                .execute(request, JSON, RequestOptions.builder().queryParam("token", "t0k3n").build());

        String url = Pattern.quote(server.baseUrl() + "/v1/runs/r1?limit=5&token=***&api_key=***");
        assertThat(lines(Level.FINE)).satisfiesExactly(
                first -> assertThat(first).matches("GET " + url + " -> HTTP 503 in \\d+ ms \\(attempt 1, request id req_1\\)"),
                retry -> assertThat(retry).matches("GET " + url + ": retrying in \\d+ ms \\(retry 1 of 2\\) after HTTP 503"),
                second -> assertThat(second).matches("GET " + url + " -> HTTP 200 in \\d+ ms \\(attempt 2, request id req_2\\)"));
        assertThat(lines(Level.FINER)).as("headers are logged at TRACE only").isEmpty();
        assertThat(records).extracting(LogRecord::getLoggerName).containsOnly("dev.parallel4j");
        assertThat(records).extracting(LogRecord::getMessage).noneMatch(line -> line.contains(KEY) || line.contains("t0k3n"));
    }

    @Test
    void traceAddsHeadersWithCredentialsRedacted() {
        jul.setLevel(Level.ALL);
        failOnceThenSucceed();
        RequestOptions options = RequestOptions.builder().header("Authorization", "Bearer " + KEY).header("x-trace", "abc").build();

        builder(Auth.apiKeyHeader("x-api-key", KEY)).build().execute(ApiRequest.builder("GET", "/v1/x").build(), JSON, options);

        assertThat(lines(Level.FINER)).hasSize(4).anySatisfy(line -> assertThat(line)
                .startsWith("GET " + server.baseUrl() + "/v1/x (attempt 2) request headers: {")
                .contains("Accept=application/json", "Authorization=***", "x-api-key=***", "x-parallel4j-retry-count=1",
                        "x-trace=abc"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("GET " + server.baseUrl() + "/v1/x (attempt 2) response headers: {")
                        .contains("set-cookie=***", "x-request-id=req_2"));
        assertThat(records).extracting(LogRecord::getMessage).noneMatch(line -> line.contains(KEY));
    }

    @Test
    void failuresAndCallsThatCannotBeRetriedAreLogged() {
        jul.setLevel(Level.FINE);
        server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get("/v1/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500)));
        RequestExecutor executor = builder(Auth.apiKeyHeader("x-api-key", KEY)).build();

        assertThatThrownBy(() -> executor.execute(ApiRequest.builder("GET", "/v1/x").build(), JSON,
                RequestOptions.builder().maxRetries(0).build())).isInstanceOf(ApiConnectionException.class);
        assertThatThrownBy(() -> executor.execute(ApiRequest.builder("GET", "/v1/slow").build(), JSON,
                RequestOptions.builder().maxRetries(1).timeout(Duration.ofMillis(100)).build()))
                .isInstanceOf(ApiTimeoutException.class);
        ApiRequest upload = ApiRequest.builder("POST", "/v1/blobs")
                .rawBody(FileUpload.of("b.bin", new ByteArrayInputStream(new byte[] {1})), "application/octet-stream").build();
        assertThatThrownBy(() -> executor.execute(upload, JSON, RequestOptions.none())).isInstanceOf(InternalServerException.class);

        assertThat(lines(Level.FINE)).satisfiesExactly(
                failed -> assertThat(failed).matches("GET " + Pattern.quote(server.baseUrl()) + "/v1/x -> failed in \\d+ ms \\(attempt 1\\): "
                        + "java\\.(io|net)\\.\\w+Exception.*"),
                slow -> assertThat(slow).matches("GET " + Pattern.quote(server.baseUrl()) + "/v1/slow -> failed in \\d+ ms"
                        + " \\(attempt 1\\): no response within 100 ms"),
                retry -> assertThat(retry).matches("GET " + Pattern.quote(server.baseUrl()) + "/v1/slow: retrying in \\d+ ms"
                        + " \\(retry 1 of 1\\) after no response within 100 ms"),
                slowAgain -> assertThat(slowAgain).endsWith("(attempt 2): no response within 100 ms"),
                status -> assertThat(status).startsWith("POST " + server.baseUrl() + "/v1/blobs -> HTTP 500 in "),
                refused -> assertThat(refused).isEqualTo("POST " + server.baseUrl() + "/v1/blobs: not retrying after HTTP 500:"
                        + " the request body is a stream that cannot be sent again"));
    }
}
