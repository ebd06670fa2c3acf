package dev.parallel4j.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.ParallelClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One test's view of the API: a client pointed at the local server serving the test's scenario, what that server
 * received, and the difference between replaying (every value is ours and asserted) and recording (values are
 * live, so only their shape and the requests are asserted).
 */
public final class RecordedApi {
    /** Live streams reach the client only once the recording proxy has read them whole. */
    static final Duration RECORDING_TIMEOUT = Duration.ofMinutes(20);

    private final String baseUrl;
    private final ParallelClient client;
    private final RecordingSettings settings;
    private final Scenario scenario;
    private final Supplier<List<LoggedRequest>> journal;

    RecordedApi(String baseUrl, RecordingSettings settings, Scenario scenario, Supplier<List<LoggedRequest>> journal) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.client = client(builder -> builder);
        this.scenario = scenario;
        this.journal = journal;
    }

    /** The client under test. */
    public ParallelClient client() {
        return client;
    }

    /**
     * Another client pointed at the same server, with settings of the test's own (such as a sleeper that records
     * waits instead of making them).
     *
     * @param settings changes the builder, which already has the key, the base URL and (recording) the timeout
     */
    public ParallelClient client(UnaryOperator<ParallelClient.Builder> settings) {
        ParallelClient.Builder builder = ParallelClient.builder().apiKey(this.settings.apiKey()).baseUrl(baseUrl);
        return settings.apply(this.settings.recording() ? builder.timeout(RECORDING_TIMEOUT) : builder).build();
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

    /** The one request the server received, failing if there were more or none. */
    public SentRequestAssert onlyRequest() {
        List<LoggedRequest> requests = requests();
        assertThat(requests).as("requests received by the server").hasSize(1);
        return SentRequestAssert.assertThatRequest(requests.get(0));
    }
}
