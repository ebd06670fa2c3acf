package dev.parallel4j.runtime.sse;

import dev.parallel4j.runtime.error.ApiConnectionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A live stream of typed events from a Server-Sent Events endpoint. Iterate it once, as an {@link Iterator} or a
 * {@link Stream}, and close it when done: closing releases the HTTP connection, and so does reaching the end.
 *
 * <pre>{@code
 * try (EventStream<FindAllEvent> events = client.findAll().events(runId)) {
 *     for (FindAllEvent event : events) { ... }
 * }
 * }</pre>
 *
 * @param <E> the event type
 */
public final class EventStream<E> implements Iterable<E>, AutoCloseable {
    private final SseParser parser;
    private final Decoder<E> decoder;
    private final String description;
    private boolean iterated;
    private volatile boolean closed;

    /**
     * Turns each raw event into a typed one.
     *
     * @param <E> the event type
     */
    @FunctionalInterface
    public interface Decoder<E> {
        /**
         * Decodes one event.
         *
         * @return the typed event, or {@code null} to skip this one
         * @throws EndOfStream to end the stream here (a sentinel such as {@code [DONE]})
         */
        E decode(SseEvent event);
    }

    /** Thrown by a {@link Decoder} to end the stream normally. */
    public static final class EndOfStream extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Ends the stream. */
        public EndOfStream() {
            super(null, null, false, false);
        }
    }

    /**
     * Wraps an open event stream.
     *
     * @param parser the parser over the response body; closed with this stream
     * @param decoder turns raw events into typed ones
     * @param description the request, for messages (e.g. {@code GET /v1beta/findall/runs/x/events})
     */
    public EventStream(SseParser parser, Decoder<E> decoder, String description) {
        this.parser = parser;
        this.decoder = decoder;
        this.description = description;
    }

    /**
     * The events, read as they arrive. A stream can be iterated only once.
     *
     * @throws IllegalStateException on a second call
     */
    @Override
    public synchronized Iterator<E> iterator() {
        if (iterated) {
            throw new IllegalStateException("An EventStream can be iterated only once");
        }
        iterated = true;
        return new EventIterator();
    }

    /** The events as a sequential {@link Stream}; closing the {@code Stream} closes this. */
    public Stream<E> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** The id of the last event received that carried one, {@code ""} if none did. */
    public String lastEventId() {
        return parser.lastEventId();
    }

    /** Whether the stream has been closed, by the caller or by reaching its end. */
    public boolean isClosed() {
        return closed;
    }

    /** Closes the connection. Safe to call more than once and from another thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the event stream of " + description, e);
        }
    }

    private final class EventIterator implements Iterator<E> {
        private E next;

        @Override
        public boolean hasNext() {
            while (next == null && !closed) {
                SseEvent raw = read();
                if (raw == null) {
                    close();
                    break;
                }
                try {
                    next = decoder.decode(raw);
                } catch (EndOfStream end) {
                    close();
                } catch (RuntimeException undecodable) {
                    close();
                    throw undecodable;
                }
            }
            return next != null;
        }

        @Override
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            E event = next;
            next = null;
            return event;
        }

        private SseEvent read() {
            try {
                return parser.next();
            } catch (IOException e) {
                if (closed) {
                    return null;
                }
                close();
                throw new ApiConnectionException("The event stream of " + description + " broke: " + e.getMessage(), e);
            }
        }
    }
}
