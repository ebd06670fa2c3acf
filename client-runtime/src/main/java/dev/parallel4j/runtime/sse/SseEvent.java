package dev.parallel4j.runtime.sse;

import java.util.Objects;

/**
 * One event of a Server-Sent Events stream, as the WHATWG HTML standard dispatches it.
 *
 * @param id the stream's last event id when this event was dispatched ({@code ""} if none was ever set)
 * @param event the event type ({@code "message"} unless the stream named one)
 * @param data the data lines joined with {@code \n}
 */
public record SseEvent(String id, String event, String data) {
    /**
     * Rejects {@code null} fields.
     *
     * @param id the stream's last event id when this event was dispatched ({@code ""} if none was ever set)
     * @param event the event type ({@code "message"} unless the stream named one)
     * @param data the data lines joined with {@code \n}
     */
    public SseEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(data, "data");
    }
}
