package dev.parallel4j.runtime.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.StreamInterruptedException;
import dev.parallel4j.runtime.sse.TestBodies.BreakingInputStream;
import dev.parallel4j.runtime.sse.TestBodies.RecordingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link EventStream} over in-memory bodies: iteration, closing, ids, and a dropped connection it cannot resume. */
class EventStreamTest {
    private static final EventStream.Decoder<String> DATA = SseEvent::data;

    private static EventStream<String> stream(InputStream body, EventStream.Decoder<String> decoder) {
        return new EventStream<>(new SseParser(body), decoder, "GET /v1/things/1/events");
    }

    @Test
    void iterationDecodesEachEventInOrder() {
        RecordingInputStream body = new RecordingInputStream("event: a\ndata: 1\n\nevent: b\ndata: 2\n\n");
        List<String> seen = new ArrayList<>();
        try (EventStream<String> events = stream(body, event -> event.event() + "=" + event.data())) {
            for (String event : events) {
                seen.add(event);
            }
        }
        assertThat(seen).containsExactly("a=1", "b=2");
    }

    @Test
    void decoderReturningNullSkipsTheEvent() {
        RecordingInputStream body = new RecordingInputStream("data: keep1\n\ndata: skip\n\ndata: keep2\n\n");
        try (EventStream<String> events = stream(body, event -> event.data().startsWith("skip") ? null : event.data())) {
            assertThat(events.stream().collect(Collectors.toList())).containsExactly("keep1", "keep2");
        }
    }

    @Test
    void endOfStreamFromTheDecoderEndsIterationAndCloses() {
        RecordingInputStream body = new RecordingInputStream("data: 1\n\ndata: [DONE]\n\ndata: 2\n\n");
        EventStream<String> events = stream(body, event -> {
            if (event.data().equals("[DONE]")) {
                throw new EventStream.EndOfStream();
            }
            return event.data();
        });
        Iterator<String> it = events.iterator();
        assertThat(it.next()).isEqualTo("1");
        assertThat(events.isClosed()).isFalse();
        assertThat(it.hasNext()).isFalse();
        assertThat(events.isClosed()).isTrue();
        assertThat(body.closeCount).isEqualTo(1);
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void reachingTheEndClosesTheStream() {
        RecordingInputStream body = new RecordingInputStream("data: only\n\n");
        EventStream<String> events = stream(body, DATA);
        Iterator<String> it = events.iterator();
        assertThat(it.hasNext()).isTrue();
        assertThat(body.closeCount).isZero();
        assertThat(it.next()).isEqualTo("only");
        assertThat(it.hasNext()).isFalse();
        assertThat(events.isClosed()).isTrue();
        assertThat(body.closeCount).isEqualTo(1);
        // hasNext stays false and does not close again
        assertThat(it.hasNext()).isFalse();
        assertThat(body.closeCount).isEqualTo(1);
    }

    @Test
    void canBeIteratedOnlyOnce() {
        EventStream<String> events = stream(new RecordingInputStream("data: x\n\n"), DATA);
        events.iterator();
        assertThatThrownBy(events::iterator).isInstanceOf(IllegalStateException.class).hasMessageContaining("only once");
        assertThatThrownBy(events::stream).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void streamCountsAsTheOneIteration() {
        EventStream<String> events = stream(new RecordingInputStream("data: x\n\n"), DATA);
        try (Stream<String> s = events.stream()) {
            assertThat(s).containsExactly("x");
        }
        assertThatThrownBy(events::iterator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheJavaStreamClosesTheEventStream() {
        RecordingInputStream body = new RecordingInputStream("data: 1\n\ndata: 2\n\ndata: 3\n\n");
        EventStream<String> events = stream(body, DATA);
        try (Stream<String> s = events.stream()) {
            assertThat(s.findFirst()).contains("1");
            assertThat(events.isClosed()).isFalse();
        }
        assertThat(events.isClosed()).isTrue();
        assertThat(body.closeCount).isEqualTo(1);
    }

    @Test
    void closeIsIdempotentAndClosesTheUnderlyingInput() {
        RecordingInputStream body = new RecordingInputStream("data: 1\n\ndata: 2\n\n");
        EventStream<String> events = stream(body, DATA);
        Iterator<String> it = events.iterator();
        assertThat(it.next()).isEqualTo("1");
        events.close();
        events.close();
        assertThat(events.isClosed()).isTrue();
        assertThat(body.closeCount).isEqualTo(1);
        // after close, no more events are read even though the body had one left
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void ioFailureMidStreamOfAStreamThatCannotResumeRaisesStreamInterruptedAndCloses() {
        BreakingInputStream body = new BreakingInputStream("id: 1\ndata: 1\n\ndata: 2");
        EventStream<String> events = stream(body, DATA);
        Iterator<String> it = events.iterator();
        assertThat(it.next()).isEqualTo("1");
        Throwable thrown = catchThrowable(it::hasNext);
        assertThat(thrown)
                .isExactlyInstanceOf(StreamInterruptedException.class)
                .isInstanceOf(ApiConnectionException.class)
                .hasMessage("The event stream of GET /v1/things/1/events broke after event 1: connection reset by peer")
                .hasCauseInstanceOf(IOException.class);
        assertThat(((StreamInterruptedException) thrown).lastEventId()).contains("1");
        assertThat(((StreamInterruptedException) thrown).reconnects()).isZero();
        assertThat(events.isClosed()).isTrue();
        assertThat(body.closeCount).isEqualTo(1);
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void aBodyEndingInsideAnEventEndsAStreamThatCannotResumeQuietly() {
        try (EventStream<String> events = stream(new RecordingInputStream("data: 1\n\ndata: 2"), DATA)) {
            assertThat(events.stream().toList()).containsExactly("1");
        }
    }

    @Test
    void lastEventIdIsTheIdOfTheLastEventHandedOut() {
        EventStream<String> events = stream(new RecordingInputStream("id: a1\ndata: x\n\nid: a2\ndata: y\n\n: no id\n\n"), DATA);
        assertThat(events.lastEventId()).isEmpty();
        Iterator<String> it = events.iterator();
        it.next();
        assertThat(events.lastEventId()).contains("a1");
        assertThat(it.hasNext()).isTrue();
        assertThat(events.lastEventId()).as("read ahead but not yet handed out").contains("a1");
        it.next();
        assertThat(events.lastEventId()).contains("a2");
        assertThat(it.hasNext()).isFalse();
        assertThat(events.lastEventId()).contains("a2");
    }

    @Test
    void decoderFailurePropagates() {
        RecordingInputStream body = new RecordingInputStream("data: 1\n\n");
        EventStream<String> events = stream(body, event -> {
            throw new IllegalArgumentException("bad event " + event.data());
        });
        assertThatThrownBy(() -> events.iterator().hasNext())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad event 1");
    }
}
