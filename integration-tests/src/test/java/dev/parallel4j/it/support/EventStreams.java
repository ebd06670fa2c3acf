package dev.parallel4j.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.runtime.sse.EventStream;
import java.util.List;

/** Reading a whole event stream the way the stream tests do. */
public final class EventStreams {
    private EventStreams() {}

    /**
     * Reads every event until the server ends the stream, checks the stream then closed itself, and closes it
     * whatever happens.
     *
     * @return the events in the order received
     */
    public static <E> List<E> readToEnd(EventStream<E> stream) {
        try (stream) {
            List<E> events = stream.stream().toList();
            assertThat(stream.isClosed()).as("closed once the server ended the stream").isTrue();
            return events;
        }
    }
}
