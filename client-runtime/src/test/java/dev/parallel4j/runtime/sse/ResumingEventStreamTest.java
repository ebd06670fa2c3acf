package dev.parallel4j.runtime.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiStatusException;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.error.ResponseSummary;
import dev.parallel4j.runtime.error.StreamInterruptedException;
import dev.parallel4j.runtime.sse.TestBodies.BreakingInputStream;
import dev.parallel4j.runtime.sse.TestBodies.RecordingInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link EventStream} with a {@link Resumption}: after a dropped connection it reconnects from the last event
 * delivered, within a bounded number of failed reconnects in a row. Connections are in-memory bodies handed out by
 * a scripted reconnector.
 */
class ResumingEventStreamTest {
    private static final String REQUEST = "GET /v1/runs/r1/events";
    private static final EventStream.Decoder<String> DATA = SseEvent::data;

    /** Hands out scripted connections (or failures) in order and records what each reconnect asked for. */
    private static final class ScriptedReconnector implements Resumption.Reconnector<String> {
        final Deque<Object> script = new ArrayDeque<>();
        final List<Optional<String>> resumedAfter = new ArrayList<>();
        final List<Integer> attempts = new ArrayList<>();
        final List<Optional<Duration>> serverDelays = new ArrayList<>();
        final List<RecordingInputStream> opened = new ArrayList<>();

        ScriptedReconnector then(Object bodyOrFailure) {
            script.add(bodyOrFailure);
            return this;
        }

        @Override
        public EventStream.Connection<String> reconnect(Optional<String> lastEventId, int attempt, Optional<Duration> serverDelay) {
            resumedAfter.add(lastEventId);
            attempts.add(attempt);
            serverDelays.add(serverDelay);
            Object next = script.remove();
            if (next instanceof RuntimeException failure) {
                throw failure;
            }
            RecordingInputStream body = (RecordingInputStream) next;
            opened.add(body);
            return connection(body);
        }
    }

    private static EventStream.Connection<String> connection(InputStream body) {
        return new EventStream.Connection<>(new SseParser(body), DATA);
    }

    private static EventStream<String> resuming(InputStream first, int maxReconnects, ScriptedReconnector reconnector) {
        return new EventStream<>(connection(first), Resumption.of("event_id", maxReconnects, reconnector), REQUEST);
    }

    private static String event(String id) {
        return "data: {\"event_id\":\"" + id + "\",\"n\":" + id.substring(1) + "}\n\n";
    }

    private static String data(String id) {
        return "{\"event_id\":\"" + id + "\",\"n\":" + id.substring(1) + "}";
    }

    private static ApiConnectionException refused() {
        return new ApiConnectionException(REQUEST + " failed: java.net.ConnectException: Connection refused", null);
    }

    private static ApiStatusException status(int code) {
        return ApiStatusException.of(new ResponseSummary("GET", "/v1/runs/r1/events", code, Map.of(), ""), null, null);
    }

    @Test
    void aConnectionDroppedMidEventResumesAfterTheLastEventDeliveredAndLosesOrRepeatsNothing() {
        BreakingInputStream first = new BreakingInputStream(event("e1") + event("e2") + "data: {\"event_id\":\"e3\",\"n\"");
        ScriptedReconnector reconnector = new ScriptedReconnector()
                .then(new RecordingInputStream(event("e3") + event("e4")));

        List<String> seen;
        try (EventStream<String> events = resuming(first, 3, reconnector)) {
            seen = events.stream().toList();
            assertThat(events.lastEventId()).contains("e4");
        }

        assertThat(seen).containsExactly(data("e1"), data("e2"), data("e3"), data("e4"));
        assertThat(reconnector.resumedAfter).containsExactly(Optional.of("e2"));
        assertThat(reconnector.attempts).containsExactly(1);
        assertThat(first.closeCount).as("the broken connection is released").isEqualTo(1);
        assertThat(reconnector.opened.get(0).closeCount).isEqualTo(1);
    }

    @Test
    void aBodyThatEndsInsideAnEventIsACutNotTheEnd() {
        RecordingInputStream first = new RecordingInputStream(event("e1") + "data: {\"event_id\":\"e2\"");
        ScriptedReconnector reconnector = new ScriptedReconnector().then(new RecordingInputStream(event("e2")));

        try (EventStream<String> events = resuming(first, 3, reconnector)) {
            assertThat(events.stream().toList()).containsExactly(data("e1"), data("e2"));
        }
        assertThat(reconnector.resumedAfter).containsExactly(Optional.of("e1"));
    }

    @Test
    void aBodyThatEndsBetweenEventsIsTheServersEnd() {
        ScriptedReconnector reconnector = new ScriptedReconnector();
        try (EventStream<String> events = resuming(new RecordingInputStream(event("e1") + ": bye\n"), 3, reconnector)) {
            assertThat(events.stream().toList()).containsExactly(data("e1"));
            assertThat(events.isClosed()).isTrue();
        }
        assertThat(reconnector.resumedAfter).isEmpty();
    }

    @Test
    void beforeAnyEventWithAnIdTheReconnectRepeatsTheOriginalRequest() {
        ScriptedReconnector reconnector = new ScriptedReconnector().then(new RecordingInputStream(event("e1")));
        try (EventStream<String> events = resuming(new BreakingInputStream(": opened\n\n"), 3, reconnector)) {
            assertThat(events.stream().toList()).containsExactly(data("e1"));
        }
        assertThat(reconnector.resumedAfter).containsExactly(Optional.empty());
    }

    @Test
    void anEventWithoutTheJsonIdFallsBackToItsSseIdAndOneWithoutEitherKeepsThePreviousId() {
        String body = event("e1") + "id: sse-7\ndata: {\"n\":2}\n\n" + "data: [\"no id at all\"]\n\n";
        ScriptedReconnector reconnector = new ScriptedReconnector().then(new RecordingInputStream(""));
        try (EventStream<String> events = resuming(new BreakingInputStream(body), 3, reconnector)) {
            Iterator<String> it = events.iterator();
            it.next();
            assertThat(events.lastEventId()).contains("e1");
            it.next();
            assertThat(events.lastEventId()).contains("sse-7");
            it.next();
            // the SSE id stays set for later events, as the standard says
            assertThat(events.lastEventId()).contains("sse-7");
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(reconnector.resumedAfter).containsExactly(Optional.of("sse-7"));
    }

    @Test
    void failedReconnectsInARowAreBoundedAndTheLastFailureIsReported() {
        BreakingInputStream first = new BreakingInputStream(event("e1"));
        ScriptedReconnector reconnector = new ScriptedReconnector()
                .then(refused())
                .then(status(503))
                .then(new BreakingInputStream(": connected, then dropped again\n\n"))
                .then(refused());
        EventStream<String> events = resuming(first, 4, reconnector);
        Iterator<String> it = events.iterator();
        assertThat(it.next()).isEqualTo(data("e1"));

        Throwable thrown = catchThrowable(it::hasNext);

        assertThat(thrown).isExactlyInstanceOf(StreamInterruptedException.class)
                .hasMessage("The event stream of " + REQUEST + " broke after event e1 and 4 reconnects failed: "
                        + REQUEST + " failed: java.net.ConnectException: Connection refused");
        StreamInterruptedException interrupted = (StreamInterruptedException) thrown;
        assertThat(interrupted.lastEventId()).contains("e1");
        assertThat(interrupted.reconnects()).isEqualTo(4);
        assertThat(reconnector.attempts).containsExactly(1, 2, 3, 4);
        assertThat(reconnector.resumedAfter).containsOnly(Optional.of("e1"));
        assertThat(events.isClosed()).isTrue();
        assertThat(reconnector.opened.get(0).closeCount).isEqualTo(1);
    }

    @Test
    void aReconnectThatDeliversAnEventStartsTheCountAgain() {
        ScriptedReconnector reconnector = new ScriptedReconnector()
                .then(new BreakingInputStream(event("e2")))
                .then(new BreakingInputStream(event("e3")))
                .then(new RecordingInputStream(event("e4")));
        try (EventStream<String> events = resuming(new BreakingInputStream(event("e1")), 1, reconnector)) {
            assertThat(events.stream().toList()).containsExactly(data("e1"), data("e2"), data("e3"), data("e4"));
        }
        assertThat(reconnector.attempts).containsExactly(1, 1, 1);
        assertThat(reconnector.resumedAfter).containsExactly(Optional.of("e1"), Optional.of("e2"), Optional.of("e3"));
    }

    @Test
    void aStatusThatWillNotChangeEndsTheStreamWithIt() {
        ScriptedReconnector reconnector = new ScriptedReconnector().then(status(404));
        EventStream<String> events = resuming(new BreakingInputStream(event("e1")), 5, reconnector);
        Iterator<String> it = events.iterator();
        it.next();

        assertThat(catchThrowable(it::hasNext)).isExactlyInstanceOf(NotFoundException.class);
        assertThat(reconnector.attempts).containsExactly(1);
        assertThat(events.isClosed()).isTrue();
    }

    @Test
    void theServersRetryFieldIsPassedOnAsTheDelay() {
        ScriptedReconnector reconnector = new ScriptedReconnector().then(new RecordingInputStream(event("e2")));
        try (EventStream<String> events = resuming(new BreakingInputStream("retry: 2500\n" + event("e1")), 2, reconnector)) {
            assertThat(events.stream().toList()).hasSize(2);
        }
        assertThat(reconnector.serverDelays).containsExactly(Optional.of(Duration.ofMillis(2500)));
    }

    @Test
    void zeroReconnectsNeverReconnect() {
        ScriptedReconnector reconnector = new ScriptedReconnector();
        EventStream<String> events = resuming(new RecordingInputStream(event("e1") + "data: {"), 0, reconnector);

        Throwable thrown = catchThrowable(() -> events.stream().toList());

        assertThat(thrown).isExactlyInstanceOf(StreamInterruptedException.class).hasCauseInstanceOf(EOFException.class)
                .hasMessageEndingWith("broke after event e1: the response ended in the middle of an event");
        assertThat(reconnector.resumedAfter).isEmpty();
    }

    @Test
    void closingWhileAReconnectIsUnderwayReleasesTheNewConnection() {
        List<EventStream<String>> holder = new ArrayList<>();
        RecordingInputStream second = new RecordingInputStream(event("e2"));
        Resumption.Reconnector<String> closesFirst = (lastEventId, attempt, serverDelay) -> {
            holder.get(0).close(); // another thread closing the stream during the wait before reconnecting
            return connection(second);
        };
        EventStream<String> events = new EventStream<>(connection(new BreakingInputStream(event("e1"))),
                Resumption.of("event_id", 3, closesFirst), REQUEST);
        holder.add(events);

        assertThat(events.stream().toList()).containsExactly(data("e1"));
        assertThat(events.isClosed()).isTrue();
        assertThat(second.closeCount).isEqualTo(1);
    }
}
