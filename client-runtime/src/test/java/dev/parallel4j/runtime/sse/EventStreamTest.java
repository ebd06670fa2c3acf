package dev.parallel4j.runtime.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallel4j.runtime.error.ApiConnectionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    /** A response body that records how often it was closed. */
    private static class RecordingInputStream extends InputStream {
        private final ByteArrayInputStream bytes;
        int closeCount;

        RecordingInputStream(String text) {
            this.bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() throws IOException {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public void close() {
            closeCount++;
        }
    }

    /** A body that delivers some bytes, then fails as a dropped connection does. */
    private static final class BreakingInputStream extends RecordingInputStream {
        private boolean delivered;

        BreakingInputStream(String text) {
            super(text);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                delivered = true;
                return n;
            }
            if (!delivered) {
                return n;
            }
            throw new IOException("connection reset by peer");
        }
    }

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
    void ioFailureMidStreamBecomesApiConnectionExceptionAndCloses() {
        BreakingInputStream body = new BreakingInputStream("data: 1\n\ndata: 2");
        EventStream<String> events = stream(body, DATA);
        Iterator<String> it = events.iterator();
        assertThat(it.next()).isEqualTo("1");
        assertThatThrownBy(it::hasNext)
                .isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessageContaining("GET /v1/things/1/events")
                .hasMessageContaining("connection reset by peer")
                .hasCauseInstanceOf(IOException.class);
        assertThat(events.isClosed()).isTrue();
        assertThat(body.closeCount).isEqualTo(1);
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void lastEventIdFollowsTheParser() {
        EventStream<String> events = stream(new RecordingInputStream("id: a1\ndata: x\n\ndata: y\n\nid: a2\ndata: z\n\n"), DATA);
        assertThat(events.lastEventId()).isEmpty();
        Iterator<String> it = events.iterator();
        it.next();
        assertThat(events.lastEventId()).isEqualTo("a1");
        it.next();
        it.next();
        assertThat(events.lastEventId()).isEqualTo("a2");
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
