package dev.parallel4j.runtime.wait;

import dev.parallel4j.runtime.sse.EventStream;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a generated waiting method waits on: how to read the resource, how to follow its event stream, which events
 * carry the resource, and when it is finished.
 *
 * @param description the call, for messages, e.g. {@code findAll().awaitCompletion(findall_123)}
 * @param condition the finishing condition as the document states it, for messages, e.g.
 *     {@code status.is_active == false}
 * @param retrieve reads the resource's current state (the polling call)
 * @param events opens the resource's event stream, kept open for at most the given number of seconds where the
 *     operation can be told so
 * @param snapshot the state an event carries, or {@code null} for events that carry none
 * @param finished whether a state is final
 * @param <R> the resource
 * @param <E> the events of its stream
 */
public record WaitTarget<R, E>(
        String description,
        String condition,
        Supplier<R> retrieve,
        LongFunction<EventStream<E>> events,
        Function<? super E, ? extends R> snapshot,
        Predicate<? super R> finished) {
    /**
     * Rejects missing parts.
     *
     * @param description the call, for messages, e.g. {@code findAll().awaitCompletion(findall_123)}
     * @param condition the finishing condition as the document states it, for messages, e.g.
     *     {@code status.is_active == false}
     * @param retrieve reads the resource's current state (the polling call)
     * @param events opens the resource's event stream, kept open for at most the given number of seconds where the
     *     operation can be told so
     * @param snapshot the state an event carries, or {@code null} for events that carry none
     * @param finished whether a state is final
     * @throws NullPointerException if any of them is {@code null}
     */
    public WaitTarget {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(retrieve, "retrieve");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(finished, "finished");
    }
}
