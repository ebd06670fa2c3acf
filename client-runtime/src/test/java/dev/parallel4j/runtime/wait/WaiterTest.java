package dev.parallel4j.runtime.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parallel4j.runtime.error.ApiException;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.error.ResponseSummary;
import dev.parallel4j.runtime.error.WaitTimeoutException;
import dev.parallel4j.runtime.sse.EventStream;
import dev.parallel4j.runtime.sse.SseParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link Waiter} with scripted calls and a clock that moves only when the waiter sleeps (or an event says so):
 * following the stream, falling back to polling, reporting progress, and giving up in time. Nothing waits for real.
 */
class WaiterTest {
    /** A resource: its status, whether it is still working, and a counter of what it found. */
    record Run(String status, boolean active, int found) {}

    private static final String DESCRIPTION = "runs().awaitCompletion(r1)";

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-04T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final TestClock clock = new TestClock();
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<Run> progress = new ArrayList<>();
    private final Deque<Run> polls = new ArrayDeque<>();
    private final List<Long> streamSeconds = new ArrayList<>();
    private int retrieves;
    private EventStream<String> opened;

    private static Run run(String status, int found) {
        return new Run(status, !status.equals("completed"), found);
    }

    /** An event carrying a run reads {@code run <status> <found>}; other events carry none. */
    private static Run snapshot(String event) {
        if (!event.startsWith("run ")) {
            return null;
        }
        String[] parts = event.split(" ");
        return new Run(parts[1], !parts[1].equals("completed"), Integer.parseInt(parts[2]));
    }

    private static String events(String... data) {
        StringBuilder body = new StringBuilder();
        for (String event : data) {
            body.append("data: ").append(event).append("\n\n");
        }
        return body.toString();
    }

    private EventStream<String> stream(String body, EventStream.Decoder<String> decoder) {
        InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        opened = new EventStream<>(new SseParser(in), decoder, "GET /v1/runs/r1/events");
        return opened;
    }

    private WaitTarget<Run, String> target(String body) {
        return target(seconds -> {
            streamSeconds.add(seconds);
            return stream(body, event -> event.data());
        });
    }

    private WaitTarget<Run, String> target(LongFunction<EventStream<String>> events) {
        return new WaitTarget<>(DESCRIPTION, "active == false", () -> {
            retrieves++;
            return polls.remove();
        }, events, WaiterTest::snapshot, run -> !run.active());
    }

    private Run await(WaitTarget<Run, String> target, WaitOptions options) {
        return Waiter.await(target, options, progress::add, clock, duration -> {
            sleeps.add(duration);
            clock.advance(duration);
            return CompletableFuture.completedFuture(null);
        });
    }

    private void willPoll(Run... runs) {
        polls.addAll(List.of(runs));
    }

    @Test
    void theStreamIsFollowedToTheFirstFinalStateAndEachNewStateIsReportedOnce() {
        WaitTarget<Run, String> target = target(events("run queued 0", "candidate a", "run running 1", "run running 1",
                "candidate b", "run running 2", "run completed 2", "run completed 2"));

        Run finished = await(target, WaitOptions.defaults());

        assertThat(finished).isEqualTo(run("completed", 2));
        assertThat(progress).containsExactly(run("queued", 0), run("running", 1),
                run("running", 2), run("completed", 2));
        assertThat(retrieves).as("no poll needed").isZero();
        assertThat(sleeps).isEmpty();
        assertThat(opened.isClosed()).as("the stream is released on return").isTrue();
        assertThat(streamSeconds).as("the stream may stay open as long as the wait").containsExactly(3600L);
    }

    @Test
    void whenTheEventsCallFailsItPollsUntilTheStateIsFinal() {
        willPoll(run("running", 1), run("running", 1), run("running", 4), run("completed", 5));
        WaitTarget<Run, String> target = target(seconds -> {
            throw new NotFoundException(new ResponseSummary("GET", "/v1/runs/r1/events", 404, Map.of(), ""), null, null);
        });

        Run finished = await(target, WaitOptions.defaults());

        assertThat(finished).isEqualTo(run("completed", 5));
        assertThat(retrieves).isEqualTo(4);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(progress).containsExactly(run("running", 1), run("running", 4),
                run("completed", 5));
    }

    @Test
    void aStreamThatEndsWithoutAFinalStateIsFollowedByPollingAtOnce() {
        willPoll(run("completed", 2));

        Run finished = await(target(events("run running 1", "candidate a")), WaitOptions.defaults());

        assertThat(finished).isEqualTo(run("completed", 2));
        assertThat(sleeps).isEmpty();
        assertThat(progress).containsExactly(run("running", 1), run("completed", 2));
    }

    @Test
    void aStreamThatBreaksOrReportsAnErrorIsReplacedByPolling() {
        willPoll(run("completed", 2));
        WaitTarget<Run, String> target = target(seconds -> stream(events("run running 1", "error"), event -> {
            if (event.data().equals("error")) {
                throw new ApiException("The event stream sent an error event", null);
            }
            return event.data();
        }));

        assertThat(await(target, WaitOptions.defaults())).isEqualTo(run("completed", 2));
        assertThat(opened.isClosed()).isTrue();
        assertThat(retrieves).isEqualTo(1);
    }

    @Test
    void pollingGivesUpWhenTheTimeRunsOutWithTheLastStateSeen() {
        willPoll(run("running", 1), run("running", 2), run("running", 3), run("running", 3), run("running", 9));
        WaitOptions options = WaitOptions.builder().timeout(Duration.ofSeconds(25)).streaming(false).build();

        WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class, () -> await(target(""), options));

        assertThat(e).hasMessage(DESCRIPTION + " gave up after PT25S: active == false did not hold yet");
        assertThat(e.lastState(Run.class)).contains(run("running", 3));
        assertThat(e.lastState(String.class)).isEmpty();
        assertThat(sleeps).as("the last wait ends at the deadline")
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertThat(retrieves).as("a last poll at the deadline").isEqualTo(4);
        assertThat(opened).as("polling only").isNull();
    }

    @Test
    void followingTheStreamGivesUpWhenTheTimeRunsOutAndReleasesTheStream() {
        WaitTarget<Run, String> target = target(seconds -> stream(events("run running 1", "candidate a", "run running 2",
                "candidate b", "run completed 2"), event -> {
                    clock.advance(Duration.ofSeconds(20)); // the events arrive 20 s apart
                    return event.data();
                }));

        WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class,
                () -> await(target, WaitOptions.builder().timeout(Duration.ofSeconds(50)).build()));

        assertThat(e.lastState(Run.class)).contains(run("running", 2));
        assertThat(opened.isClosed()).isTrue();
        assertThat(retrieves).isZero();
    }

    @Test
    void theStreamIsOpenedForTheTimeLeftRoundedUp() {
        await(target(events("run completed 0")), WaitOptions.builder().timeout(Duration.ofMillis(90_001)).build());
        assertThat(streamSeconds).containsExactly(91L);
    }

    @Test
    void anInterruptedWaitStopsCancelsTheSleepAndKeepsTheInterrupt() {
        willPoll(run("running", 1));
        WaitTarget<Run, String> target = target("");
        CompletableFuture<Void> sleep = new CompletableFuture<>();

        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> Waiter.await(target, WaitOptions.builder().streaming(false).build(), progress::add, clock,
                duration -> sleep))
                .isExactlyInstanceOf(ApiException.class)
                .hasMessage(DESCRIPTION + " was interrupted");
        assertThat(Thread.interrupted()).as("the interrupt is kept (and cleared here)").isTrue();
        assertThat(sleep).as("the sleep is cancelled").isCancelled();
    }

    @Test
    void optionsRejectNonPositiveDurations() {
        assertThatThrownBy(() -> WaitOptions.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout must be positive: PT0S");
        assertThatThrownBy(() -> WaitOptions.builder().pollInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pollInterval must be positive: PT-1S");
        assertThat(WaitOptions.defaults().timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(WaitOptions.defaults().pollInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(WaitOptions.defaults().streaming()).isTrue();
    }
}
