package dev.parallel4j.it.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.demo.RecordedParallelServer;
import dev.parallel4j.runtime.client.RequestExecutor;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * A recorded scenario served locally with the faults a test puts in front of it (WireMock's broken connections,
 * error statuses, delays, bad bodies), and clients whose time is a {@link ManualTime}: they record their waits
 * between retries instead of sleeping.
 */
public final class FaultyServer implements AutoCloseable {
    /** The API key the clients send; no log line, message or {@code toString()} may contain it. */
    public static final String API_KEY = "sk-faulty-7Qx2Lm9Vb4Rt";

    private static final int FAULT_PRIORITY = 1;

    private final RecordedParallelServer server;
    private final ManualTime time = new ManualTime();

    private FaultyServer(RecordedParallelServer server) {
        this.server = server;
    }

    /** Serves a scenario of {@code recordings/}. */
    public static FaultyServer start(String scenario) {
        return new FaultyServer(RecordedParallelServer.start(scenario));
    }

    /** Serves a scenario with a given number of server threads, for many concurrent calls. */
    public static FaultyServer start(String scenario, int containerThreads) {
        return new FaultyServer(RecordedParallelServer.start(options()
                .usingFilesUnderClasspath("recordings/" + scenario).containerThreads(containerThreads)));
    }

    /** A client of this server, its waits between retries recorded ({@link #waits()}) and skipped. */
    public ParallelClient.Builder client() {
        return ParallelClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).clock(time.clock()).sleeper(time.sleeper());
    }

    /**
     * Answers the first requests matching {@code request} with {@code answers}, in order, and later ones from the
     * recording.
     *
     * @param request a new builder for each stub, e.g. {@code () -> post(urlPathEqualTo("/v1beta/findall/runs"))}
     */
    public void failFirst(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            server.stubFor(request.get().atPriority(FAULT_PRIORITY).inScenario("faults")
                    .whenScenarioStateIs(i == 0 ? STARTED : "answered " + i)
                    .willSetStateTo("answered " + (i + 1))
                    .willReturn(answers[i]));
        }
    }

    /** Answers every request matching {@code request} with {@code answer} instead of the recording. */
    public void failAlways(MappingBuilder request, ResponseDefinitionBuilder answer) {
        server.stubFor(request.atPriority(FAULT_PRIORITY).willReturn(answer));
    }

    /** The requests received so far, oldest first. */
    public List<LoggedRequest> requests() {
        return server.requests();
    }

    /** The retry count each request received so far carried, oldest first. */
    public List<String> retryCounts() {
        return requests().stream().map(request -> request.getHeader(RequestExecutor.RETRY_COUNT_HEADER)).toList();
    }

    /** The waits between attempts that clients of {@link #client()} asked for. */
    public List<Duration> waits() {
        return time.sleeps();
    }

    /** The port it listens on, on {@code 127.0.0.1}. */
    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.close();
    }
}
