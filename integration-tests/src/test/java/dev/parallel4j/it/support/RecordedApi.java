package dev.parallel4j.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.runtime.client.RequestExecutor;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One test's view of the API: a client pointed at the local server serving the test's scenario, what that server
 * received, and the difference between replaying (every value is ours and asserted) and recording (values are
 * live, so only their shape and the requests are asserted). When replaying, the client's clock and sleeper are a
 * {@link ManualTime}: its waits (between retries, before stream reconnects, between polls) are recorded
 * ({@link #time()}, {@link #waitedWithBackoff()}) and skipped, so a scenario answering 429 or 5xx takes no time.
 */
public final class RecordedApi {
    /** Live streams reach the client only once the recording proxy has read them whole. */
    static final Duration RECORDING_TIMEOUT = Duration.ofMinutes(20);
    private static final String RETRY_COUNT = RequestExecutor.RETRY_COUNT_HEADER;

    private final ParallelClient client;
    private final RecordingSettings settings;
    private final Scenario scenario;
    private final Supplier<List<LoggedRequest>> journal;
    private final ManualTime time = new ManualTime();

    RecordedApi(String baseUrl, RecordingSettings settings, Scenario scenario, Supplier<List<LoggedRequest>> journal) {
        ParallelClient.Builder builder = ParallelClient.builder().apiKey(settings.apiKey()).baseUrl(baseUrl);
        this.client = settings.recording() ? builder.timeout(RECORDING_TIMEOUT).build()
                : builder.clock(time.clock()).sleeper(time.sleeper()).build();
        this.settings = settings;
        this.scenario = scenario;
        this.journal = journal;
    }

    /** The client under test. */
    public ParallelClient client() {
        return client;
    }

    /**
     * The client's time when replaying: the waits it asked for, and a clock that moved only by them. (When
     * recording, the client waits for real and nothing is noted here.)
     */
    public ManualTime time() {
        return time;
    }

    /** The API key the client sends. */
    public String apiKey() {
        return settings.apiKey();
    }

    /**
     * The FindAll run, Task run, Task Group or monitor the scenario is about: the recorded one when replaying, the
     * one named with the scenario's {@link Scenario.Live} property (such as {@code -Dparallel4j.record.findall-id})
     * when recording.
     *
     * @param recordedId the id in our recording
     */
    public String existingId(String recordedId) {
        return settings.recording() ? settings.existingId(scenario.live(), scenario.value()) : recordedId;
    }

    /**
     * Runs assertions on values only our recording has (names, counts, texts). Skipped when recording, where the
     * values come from the live API; assertions outside such a block hold in both modes.
     */
    public void replayedValues(Runnable assertions) {
        if (!settings.recording()) {
            assertions.run();
        }
    }

    /** The requests the server received, oldest first. */
    public List<LoggedRequest> requests() {
        return journal.get();
    }

    /** The one request the server received, its first attempt, failing if there were more or none. */
    public SentRequestAssert onlyRequest() {
        List<LoggedRequest> requests = requests();
        assertThat(requests).as("requests received by the server").hasSize(1);
        return SentRequestAssert.assertThatRequest(requests.get(0)).hasHeader(RETRY_COUNT, "0");
    }

    /**
     * The request of a call the client retried until it gave up, failing unless the server received it
     * {@code attempts} times, the same each time but for its retry count ({@code 0}, {@code 1}, ...).
     */
    public SentRequestAssert retriedRequest(int attempts) {
        List<LoggedRequest> requests = requests();
        assertThat(requests).as("attempts received by the server").hasSize(attempts);
        assertThat(requests).extracting(request -> request.getHeader(RETRY_COUNT))
                .containsExactlyElementsOf(IntStream.range(0, attempts).mapToObj(Integer::toString).toList());
        assertThat(requests).extracting(request -> request.getMethod() + " " + request.getUrl() + " " + request.getBodyAsString())
                .containsOnly(requests.get(0).getMethod() + " " + requests.get(0).getUrl() + " " + requests.get(0).getBodyAsString());
        return SentRequestAssert.assertThatRequest(requests.get(0));
    }

    /**
     * Checks, when replaying, that the client waited before each of its two retries as its backoff says: 0.5 s,
     * then 1 s, each minus up to a quarter (the waits themselves are skipped).
     */
    public void waitedWithBackoff() {
        replayedValues(() -> {
            List<Duration> waits = time.sleeps();
            assertThat(waits).hasSize(2);
            assertThat(waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
            assertThat(waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
        });
    }
}
