package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.DEFAULT_BETAS;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunStatus.TerminationReason;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.error.WaitTimeoutException;
import dev.parallel4j.runtime.wait.WaitOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code findAll().awaitCompletion}: following the run's event stream to its final status, polling the run when the
 * stream is refused or keeps breaking, reporting progress as generated/matched counts, and giving up in time. The
 * client's clock and sleeper are the test's ({@link RecordedApi#time()}), so nothing waits for real.
 */
@ExtendWith(RecordedApiExtension.class)
final class AwaitingRunsTest {
    private final List<String> progress = new ArrayList<>();

    /** What a progress line shows: the status and the generated/matched counts. */
    private void report(FindAllRun run) {
        progress.add(run.status().status().asString() + " " + run.status().metrics().generatedCandidatesCount() + "/"
                + run.status().metrics().matchedCandidatesCount());
    }

    @Test
    @Scenario(value = "events", live = Live.NOT_RECORDED)
    void theEventStreamIsFollowedUntilAStatusEventShowsTheRunFinished(RecordedApi api) {
        FindAllRun finished = api.client().findAll().awaitCompletion(RUN_ID, WaitOptions.defaults(), this::report);

        assertThat(finished.status().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(finished.status().isActive()).isFalse();
        assertThat(finished.status().terminationReason()).contains(TerminationReason.CANDIDATES_EXHAUSTED);
        assertThat(progress).as("each new status once: the heartbeat repeating the run is not reported again")
                .containsExactly("running 0/0", "running 2/0", "completed 3/1");
        assertThat(api.time().sleeps()).isEmpty();
        assertThatRequest(api.requests().stream().filter(r -> r.getUrl().contains("/events")).findFirst().orElseThrow())
                .is("GET", "/v1beta/findall/runs/" + RUN_ID + "/events?timeout=3600")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasHeader("Accept", "text/event-stream");
        assertThat(api.requests()).as("no poll: the stream told everything").hasSize(1);
    }

    @Test
    @Scenario(value = "await-polled", live = Live.NOT_RECORDED)
    void whenTheEventsCallIsRefusedTheRunIsPolledUntilItFinishes(RecordedApi api) {
        FindAllRun finished = api.client().findAll().awaitCompletion(RUN_ID,
                WaitOptions.builder().pollInterval(Duration.ofSeconds(15)).build(), this::report);

        assertThat(finished.status().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(progress).containsExactly("running 2/0", "running 3/1", "completed 3/1");
        assertThat(api.time().sleeps()).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(4);
        assertThatRequest(requests.get(0)).is("GET", "/v1beta/findall/runs/" + RUN_ID + "/events?timeout=3600");
        for (LoggedRequest poll : requests.subList(1, 4)) {
            assertThatRequest(poll).is("GET", "/v1beta/findall/runs/" + RUN_ID).hasApiKey(api.apiKey()).hasBetas(DEFAULT_BETAS);
        }
    }

    @Test
    @Scenario(value = "await-stream-broken", live = Live.NOT_RECORDED)
    void whenTheStreamKeepsBreakingTheRunIsPolledAfterTheLastReconnect(RecordedApi api) {
        FindAllRun finished = api.client().findAll().awaitCompletion(RUN_ID, WaitOptions.defaults(), this::report);

        assertThat(finished.status().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(progress).containsExactly("completed 3/1");
        assertThat(api.time().sleeps()).as("the stream's five reconnects, then no wait before the poll").containsExactly(
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).extracting(LoggedRequest::getUrl).hasSize(7).last().isEqualTo("/v1beta/findall/runs/" + RUN_ID);
        assertThat(requests.subList(0, 6)).allSatisfy(events -> assertThat(events.getUrl()).contains("/events?timeout="));
    }

    @Test
    @Scenario(value = "await-polled", live = Live.NOT_RECORDED)
    void theWaitGivesUpWhenItsTimeRunsOutWithTheLastRunSeen(RecordedApi api) {
        WaitOptions fiveSeconds = WaitOptions.builder().timeout(Duration.ofSeconds(5)).build();

        WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class,
                () -> api.client().findAll().awaitCompletion(RUN_ID, fiveSeconds, this::report));

        assertThat(e).hasMessage("findAll().awaitCompletion(" + RUN_ID + ") gave up after PT5S: status.is_active == false"
                + " did not hold yet");
        assertThat(e.lastState(FindAllRun.class).orElseThrow().status().metrics().matchedCandidatesCount()).isEqualTo(1);
        assertThat(progress).containsExactly("running 2/0", "running 3/1");
        assertThat(api.time().sleeps()).as("the wait stops at its deadline").containsExactly(Duration.ofSeconds(5));
        assertThat(api.requests()).hasSize(3);
    }
}
