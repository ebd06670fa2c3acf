package dev.parallel4j.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.service.FindAllRetrieveParams;
import dev.parallel4j.it.support.CapturedLog;
import dev.parallel4j.it.support.FaultyServer;
import dev.parallel4j.runtime.client.RawResponse;
import dev.parallel4j.runtime.client.RequestOptions;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiException;
import dev.parallel4j.runtime.error.ApiStatusException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.AuthenticationException;
import dev.parallel4j.runtime.error.ResponseDecodingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API key stays secret: it appears in no log line, no exception (message, cause or stack trace) and no
 * {@code toString()}, whatever happens to a call. The client logs through {@code System.Logger} (captured here from
 * the JDK's logging, where it writes by default) only when asked, and refuses to send the key over plain HTTP to
 * another machine.
 */
final class SafetyAndLoggingTest {
    private static final String PATH = "/v1beta/findall/runs/" + RUN_ID;
    private static final Supplier<MappingBuilder> RETRIEVE = () -> get(urlPathEqualTo(PATH));

    @Test
    void theKeyAppearsInNoLogLineExceptionOrDescriptionWhateverHappens() {
        List<String> texts = new ArrayList<>();
        try (CapturedLog log = CapturedLog.at(Level.ALL); FaultyServer server = FaultyServer.start("retrieve");
                ParallelClient client = server.client().build()) {
            server.failFirst(RETRIEVE, aResponse().withStatus(503));
            server.failAlways(run("findall_html"), aResponse().withStatus(200).withBody("<html>"));
            server.failAlways(run("findall_denied"), aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                    .withBody("{\"type\":\"error\",\"error\":{\"ref_id\":\"r1\",\"message\":\"Invalid API key\"}}"));
            server.failAlways(run("findall_reset"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
            server.failAlways(run("findall_slow"), aResponse().withFixedDelay(2_000));
            RequestOptions options = RequestOptions.builder().header("Authorization", "Bearer " + FaultyServer.API_KEY).build();

            texts.add(describe(catchThrowable(() -> client.findAll().retrieve("findall_html")), ResponseDecodingException.class));
            texts.add(describe(catchThrowable(() -> client.findAll().retrieve("findall_denied", FindAllRetrieveParams.none(), options)),
                    AuthenticationException.class));
            texts.add(describe(catchThrowable(() -> client.findAll().retrieve("findall_reset")), ApiConnectionException.class));
            texts.add(describe(catchThrowable(() -> client.findAll().retrieve("findall_slow", FindAllRetrieveParams.none(),
                    RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build())), ApiTimeoutException.class));
            RawResponse<?> raw = client.findAll().withRawResponse(findAll -> findAll.retrieve(RUN_ID));
            texts.addAll(List.of(raw.toString(), raw.value().toString(), client.toString(), server.client().toString(),
                    options.toString()));
            assertThat(client.toString()).isEqualTo("ParallelClient{baseUrl=" + server.baseUrl()
                    + ", auth=API key in header x-api-key, timeout=PT1M, maxRetries=2}");
            assertThat(log.all()).as("DEBUG and TRACE lines").hasSizeGreaterThan(20);
            texts.addAll(log.all());
        }

        assertThat(texts).noneMatch(text -> text.contains(FaultyServer.API_KEY));
    }

    private static MappingBuilder run(String id) {
        return get(urlPathEqualTo("/v1beta/findall/runs/" + id));
    }

    /** The whole printed stack trace of an exception, causes included, after checking its type. */
    private static String describe(Throwable thrown, Class<? extends ApiException> type) {
        assertThat(thrown).isInstanceOf(type);
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        if (thrown instanceof ApiStatusException status) {
            trace.append(status.response().toString());
        }
        return trace.toString();
    }

    @Test
    void debugSummarisesEachAttemptAndTraceAddsRedactedHeaders() {
        try (CapturedLog log = CapturedLog.at(Level.ALL); FaultyServer server = FaultyServer.start("retrieve");
                ParallelClient client = server.client().build()) {
            server.failFirst(RETRIEVE, aResponse().withStatus(503).withHeader("x-request-id", "req_busy"));

            client.findAll().retrieve(RUN_ID);

            String call = Pattern.quote("GET " + server.baseUrl() + PATH);
            assertThat(log.lines(Level.FINE)).satisfiesExactly(
                    busy -> assertThat(busy).matches(call + " -> HTTP 503 in \\d+ ms \\(attempt 1, request id req_busy\\)"),
                    retry -> assertThat(retry).matches(call + ": retrying in \\d+ ms \\(retry 1 of 2\\) after HTTP 503"),
                    done -> assertThat(done).matches(call + " -> HTTP 200 in \\d+ ms \\(attempt 2, request id "
                            + "req_01JNV3R8D2Z5L0F3J9K4N6XPBE\\)"));
            assertThat(log.lines(Level.FINER)).anySatisfy(line -> assertThat(line)
                    .contains("(attempt 1) request headers: {", "x-api-key=***", "parallel-beta=findall-2025-09-15"));
        }
    }

    @Test
    void nothingIsLoggedUnlessAsked() {
        try (CapturedLog log = CapturedLog.at(null); FaultyServer server = FaultyServer.start("retrieve");
                ParallelClient client = server.client().build()) {
            server.failFirst(RETRIEVE, aResponse().withStatus(503));
            client.findAll().retrieve(RUN_ID);
            assertThat(log.all()).isEmpty();
        }
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedUnlessAllowed() {
        ParallelClient.Builder builder = ParallelClient.builder().apiKey(FaultyServer.API_KEY).baseUrl("http://api.parallel.ai");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Refusing to send credentials over plain HTTP to http://api.parallel.ai; use https, or call"
                        + " allowInsecureHttp(true) if this is intended");
        try (ParallelClient allowed = builder.allowInsecureHttp(true).build();
                ParallelClient local = ParallelClient.builder().apiKey(FaultyServer.API_KEY).baseUrl("http://127.0.0.1:9").build()) {
            assertThat(allowed.toString()).contains("baseUrl=http://api.parallel.ai");
            assertThat(local.toString()).contains("baseUrl=http://127.0.0.1:9");
        }
    }
}
