package dev.parallel4j.runtime.sse;

import dev.parallel4j.runtime.json.TopLevelScalar;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and how an {@link EventStream} resumes after its connection drops: where each event's id is found, how
 * many reconnects in a row may fail, and how a new connection is opened after a given event. Immutable.
 *
 * @param <E> the event type
 */
public final class Resumption<E> {
    private final String idProperty;
    private final int maxReconnects;
    private final Reconnector<E> reconnector;

    /**
     * Opens a new connection of a stream whose last one broke.
     *
     * @param <E> the event type
     */
    @FunctionalInterface
    public interface Reconnector<E> {
        /**
         * Opens the connection, after waiting as long as the reconnect policy asks.
         *
         * @param lastEventId the id of the last event delivered, to resume after it; empty to send the original
         *     request again, when no event with an id was delivered yet
         * @param attempt 1 for the first reconnect after a break, 2 if that one failed too, and so on
         * @param serverDelay the reconnection delay the server asked for with an SSE {@code retry} field, if any
         * @return the new connection
         * @throws dev.parallel4j.runtime.error.ApiException if it could not be opened
         */
        EventStream.Connection<E> reconnect(Optional<String> lastEventId, int attempt, Optional<Duration> serverDelay);
    }

    private Resumption(String idProperty, int maxReconnects, Reconnector<E> reconnector) {
        this.idProperty = idProperty;
        this.maxReconnects = maxReconnects;
        this.reconnector = reconnector;
    }

    /**
     * A stream that cannot resume: a dropped connection ends it with an exception. Ids come from SSE {@code id} fields.
     *
     * @param <E> the event type
     * @return the resumption of a stream that does not resume
     */
    public static <E> Resumption<E> never() {
        return new Resumption<>(null, 0, null);
    }

    /**
     * A stream that reconnects after a dropped connection, resuming after the last event delivered.
     *
     * @param idProperty the top-level property of each event's JSON data that holds its id (e.g. {@code event_id}),
     *     or {@code null} to take ids from SSE {@code id} fields only; an event whose data lacks it falls back to
     *     its SSE id
     * @param maxReconnects how many reconnects in a row may fail before the stream gives up; a reconnect that
     *     delivers an event starts the count again
     * @param reconnector opens the new connections
     * @param <E> the event type
     * @return the resumption of a stream that reconnects through {@code reconnector}
     * @throws IllegalArgumentException if {@code maxReconnects} is negative
     */
    public static <E> Resumption<E> of(String idProperty, int maxReconnects, Reconnector<E> reconnector) {
        if (maxReconnects < 0) {
            throw new IllegalArgumentException("maxReconnects must not be negative: " + maxReconnects);
        }
        return new Resumption<>(idProperty, maxReconnects, Objects.requireNonNull(reconnector, "reconnector"));
    }

    /**
     * Whether the operation can resume, so that a body ending inside an event is a cut connection and a reconnect
     * is worth trying (if {@link #maxReconnects()} allows one).
     */
    boolean resumable() {
        return reconnector != null;
    }

    int maxReconnects() {
        return maxReconnects;
    }

    Reconnector<E> reconnector() {
        return reconnector;
    }

    /** The id of an event: its JSON id property when there is one, else its SSE id; {@code null} if it has none. */
    String idOf(SseEvent event) {
        if (idProperty != null) {
            String id = TopLevelScalar.find(event.data(), idProperty);
            if (id != null && !id.isEmpty()) {
                return id;
            }
        }
        return event.id().isEmpty() ? null : event.id();
    }
}
