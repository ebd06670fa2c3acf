package dev.parallel4j.runtime.sse;

import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiStatusException;
import dev.parallel4j.runtime.error.StreamInterruptedException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A live stream of typed events from a Server-Sent Events endpoint. Iterate it once, as an {@link Iterator} or a
 * {@link Stream}, and close it when done: closing releases the HTTP connection, and so does reaching the end or
 * an exception raised while iterating.
 *
 * <pre>{@code
 * try (EventStream<FindAllEvent> events = client.findAll().events(runId)) {
 *     for (FindAllEvent event : events) { ... }
 * }
 * }</pre>
 *
 * <p>A stream whose operation can resume (see {@link Resumption}) survives a dropped connection: when the body
 * fails mid-way or ends inside an event, it reconnects and asks for the events after the last one delivered, so
 * none is lost or repeated (an event cut off mid-way was never delivered, and comes again). Otherwise, or once the
 * reconnects allowed in a row have failed, iteration raises {@link StreamInterruptedException}.
 * {@link #lastEventId()} is the resume point for picking the stream up later, in another process if need be.
 *
 * @param <E> the event type
 */
public final class EventStream<E> implements Iterable<E>, AutoCloseable {
    private static final int REQUEST_TIMEOUT = 408;
    private static final int TOO_MANY_REQUESTS = 429;

    private final Resumption<E> resumption;
    private final String description;
    private final Object lock = new Object();
    private volatile Connection<E> connection;
    private volatile boolean closed;
    private volatile String lastEventId;
    private boolean iterated;

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
         * @param event the raw event
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
     * One response of the stream: the parser over its body and how its events are decoded.
     *
     * @param parser the parser over the response body; closed with the connection
     * @param decoder turns its raw events into typed ones
     * @param <E> the event type
     */
    public record Connection<E>(SseParser parser, Decoder<E> decoder) {}

    /**
     * Wraps an open event stream that cannot resume.
     *
     * @param parser the parser over the response body; closed with this stream
     * @param decoder turns raw events into typed ones
     * @param description the request, for messages (e.g. {@code GET /v1beta/findall/runs/x/events})
     */
    public EventStream(SseParser parser, Decoder<E> decoder, String description) {
        this(new Connection<>(parser, decoder), Resumption.never(), description);
    }

    /**
     * Wraps an open event stream.
     *
     * @param first the connection already open
     * @param resumption whether and how it resumes after a dropped connection
     * @param description the request, for messages (e.g. {@code GET /v1beta/findall/runs/x/events})
     */
    public EventStream(Connection<E> first, Resumption<E> resumption, String description) {
        this.connection = first;
        this.resumption = resumption;
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

    /**
     * The events as a sequential {@link Stream}; closing the {@code Stream} closes this.
     *
     * @return the events, as they arrive; like {@link #iterator()}, it can be called only once
     */
    public Stream<E> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /**
     * The id of the last event handed out by the iterator that had one: from the event's JSON (such as FindAll's
     * {@code event_id}) when the operation says where ids live, else from the SSE {@code id} field. Pass it as the
     * operation's resume parameter ({@code last_event_id}) to continue after that event.
     *
     * @return the last delivered event's id, or empty if no delivered event had one
     */
    public Optional<String> lastEventId() {
        return Optional.ofNullable(lastEventId);
    }

    /**
     * Whether the stream has been closed, by the caller, by reaching its end or by an exception.
     *
     * @return {@code true} once the stream is closed
     */
    public boolean isClosed() {
        return closed;
    }

    /** Closes the connection. Safe to call more than once and from another thread. */
    @Override
    public void close() {
        Connection<E> current;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            current = connection;
        }
        try {
            current.parser().close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the event stream of " + description, e);
        }
    }

    /** Closes a connection that is no longer wanted, ignoring failures: its socket is broken or unused. */
    private static void discard(Connection<?> connection) {
        try {
            connection.parser().close();
        } catch (IOException alreadyBroken) {
            // nothing more to release
        }
    }

    private final class EventIterator implements Iterator<E> {
        private E next;
        private String nextId;
        private int failedReconnects;
        private Optional<Duration> serverDelay = Optional.empty();

        @Override
        public boolean hasNext() {
            while (next == null && !closed) {
                SseEvent raw = read();
                if (raw == null) {
                    close();
                    break;
                }
                try {
                    next = connection.decoder().decode(raw);
                } catch (EndOfStream end) {
                    close();
                } catch (RuntimeException undecodable) {
                    close();
                    throw undecodable;
                }
                if (next != null) {
                    nextId = resumption.idOf(raw);
                    failedReconnects = 0;
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
            if (nextId != null) {
                lastEventId = nextId;
            }
            return event;
        }

        /** The next raw event, reconnecting as often as allowed; {@code null} at the end or once closed. */
        private SseEvent read() {
            while (!closed) {
                SseParser parser = connection.parser();
                Exception broke;
                try {
                    SseEvent event = parser.next();
                    if (event != null || !resumption.resumable() || !parser.endedMidEvent()) {
                        return event;
                    }
                    broke = new EOFException("the response ended in the middle of an event");
                } catch (IOException e) {
                    if (closed) {
                        return null;
                    }
                    broke = e;
                }
                serverDelay = parser.retry().or(() -> serverDelay);
                reconnect(broke);
            }
            return null;
        }

        /**
         * Replaces the broken connection by a new one resuming after the last event delivered, or closes the stream
         * and raises when it cannot resume or has failed to as often as allowed.
         */
        private void reconnect(Exception broke) {
            discard(connection);
            Exception cause = broke;
            while (!closed) {
                if (!resumption.resumable() || failedReconnects >= resumption.maxReconnects()) {
                    close();
                    throw new StreamInterruptedException(description, lastEventId, failedReconnects, cause);
                }
                failedReconnects++;
                Connection<E> fresh;
                try {
                    fresh = resumption.reconnector().reconnect(Optional.ofNullable(lastEventId), failedReconnects, serverDelay);
                } catch (ApiConnectionException | ApiStatusException e) {
                    if (Thread.currentThread().isInterrupted() || !isTransient(e)) {
                        close();
                        throw e;
                    }
                    cause = e;
                    continue;
                } catch (RuntimeException e) {
                    close();
                    throw e;
                }
                synchronized (lock) {
                    if (!closed) {
                        connection = fresh;
                        return;
                    }
                }
                discard(fresh); // closed by another thread while reconnecting
            }
        }
    }

    /** Whether a failed reconnect is worth another try: a connection failure, or a status asking to come back. */
    private static boolean isTransient(RuntimeException failure) {
        if (failure instanceof ApiStatusException status) {
            int code = status.statusCode();
            return code == REQUEST_TIMEOUT || code == TOO_MANY_REQUESTS || code >= 500;
        }
        return true;
    }
}
