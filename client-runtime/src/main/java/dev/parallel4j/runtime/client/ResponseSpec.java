package dev.parallel4j.runtime.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an operation's responses look like, as the document declares them: the success body (JSON of a type, text,
 * bytes, or nothing) and the types of error bodies by status ({@code "404"}), status range ({@code "4XX"}) or
 * {@code "default"}; for an event stream, also how it resumes after a dropped connection and which events report
 * a failure.
 *
 * <p>Generated services keep one constant per operation. Immutable.
 *
 * @param <T> the type of the success body ({@link Void} for none), or of each event of a stream
 */
public final class ResponseSpec<T> {
    private final Type successType;
    private final String rawMediaType;
    private final Map<String, Type> errorTypes;
    private final String resumeParameter;
    private final String eventIdProperty;
    private final List<FailureEvent<?>> errorEvents;

    /** Events of a type that report a failure, and how to get the error object out of one. */
    private record FailureEvent<X>(Class<X> type, Function<? super X, ?> error) {
        Object errorOf(Object event) {
            return type.isInstance(event) ? error.apply(type.cast(event)) : null;
        }
    }

    private ResponseSpec(Type successType, String rawMediaType, Map<String, Type> errorTypes) {
        this(successType, rawMediaType, errorTypes, null, null, List.of());
    }

    private ResponseSpec(Type successType, String rawMediaType, Map<String, Type> errorTypes, String resumeParameter,
            String eventIdProperty, List<FailureEvent<?>> errorEvents) {
        this.successType = successType;
        this.rawMediaType = rawMediaType;
        this.errorTypes = Map.copyOf(errorTypes);
        this.resumeParameter = resumeParameter;
        this.eventIdProperty = eventIdProperty;
        this.errorEvents = List.copyOf(errorEvents);
    }

    /**
     * A JSON success body of a plain type.
     *
     * @param <T> the success body's type
     * @param type the class the body is parsed as
     * @return the spec, with no error types declared
     */
    public static <T> ResponseSpec<T> of(Class<T> type) {
        return new ResponseSpec<>(Objects.requireNonNull(type, "type"), null, Map.of());
    }

    /**
     * A JSON success body of a generic type, such as a list.
     *
     * @param <T> the success body's type
     * @param type the type the body is parsed as, e.g. {@code new TypeReference<List<Item>>() {}}
     * @return the spec, with no error types declared
     */
    public static <T> ResponseSpec<T> of(TypeReference<T> type) {
        return new ResponseSpec<>(type.getType(), null, Map.of());
    }

    /**
     * No success body is expected (e.g. 204); whatever the server sends is ignored.
     *
     * @return the spec, with no error types declared
     */
    public static ResponseSpec<Void> noContent() {
        return new ResponseSpec<>(null, null, Map.of());
    }

    /**
     * A text success body (e.g. {@code text/csv}), decoded with the charset the response names, UTF-8 otherwise.
     *
     * @param mediaType the media type asked for in the {@code Accept} header, e.g. {@code text/csv}
     * @return the spec, with no error types declared
     */
    public static ResponseSpec<String> text(String mediaType) {
        return new ResponseSpec<>(String.class, Objects.requireNonNull(mediaType, "mediaType"), Map.of());
    }

    /**
     * A binary success body (e.g. {@code image/png}), returned as its bytes.
     *
     * @param mediaType the media type asked for in the {@code Accept} header, e.g. {@code image/png}
     * @return the spec, with no error types declared
     */
    public static ResponseSpec<byte[]> bytes(String mediaType) {
        return new ResponseSpec<>(byte[].class, Objects.requireNonNull(mediaType, "mediaType"), Map.of());
    }

    /**
     * Declares the type of the error body for a status as the document writes it.
     *
     * @param status {@code "404"}, {@code "4XX"} or {@code "default"}
     * @param type the type to parse that body as
     * @return a copy of this spec with that error type, replacing any declared before for the same status
     */
    public ResponseSpec<T> withError(String status, Class<?> type) {
        Map<String, Type> errors = new LinkedHashMap<>(errorTypes);
        errors.put(status.toUpperCase(Locale.ROOT), Objects.requireNonNull(type, "type"));
        return new ResponseSpec<>(successType, rawMediaType, errors, resumeParameter, eventIdProperty, errorEvents);
    }

    /**
     * Declares that the event stream resumes after a dropped connection: the request is sent again with a query
     * parameter naming the last event received.
     *
     * @param parameter the query parameter, e.g. {@code last_event_id}
     * @param eventIdProperty the top-level property of each event's JSON holding its id, e.g. {@code event_id}, or
     *     {@code null} when ids come in SSE {@code id} fields
     * @return a copy of this spec whose streams resume
     */
    public ResponseSpec<T> resumable(String parameter, String eventIdProperty) {
        return new ResponseSpec<>(successType, rawMediaType, errorTypes, Objects.requireNonNull(parameter, "parameter"),
                eventIdProperty, errorEvents);
    }

    /**
     * Declares events of a type that report a failure: iterating the stream raises
     * {@link dev.parallel4j.runtime.error.StreamErrorException} carrying the error object, unless the call asked
     * for error events to be delivered.
     *
     * @param <X> the event type
     * @param type the event type, e.g. {@code ErrorEvent}
     * @param error reads the error object from such an event, e.g. {@code ErrorEvent::error}
     * @return a copy of this spec with those events added to the ones that report a failure
     */
    public <X extends T> ResponseSpec<T> withErrorEvent(Class<X> type, Function<? super X, ?> error) {
        List<FailureEvent<?>> events = new ArrayList<>(errorEvents);
        events.add(new FailureEvent<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(error, "error")));
        return new ResponseSpec<>(successType, rawMediaType, errorTypes, resumeParameter, eventIdProperty, events);
    }

    /** The query parameter a dropped stream resumes with, or {@code null} when it cannot resume. */
    String resumeParameter() {
        return resumeParameter;
    }

    /** The JSON property holding each event's id, or {@code null} to use SSE ids. */
    String eventIdProperty() {
        return eventIdProperty;
    }

    /** The error object an event reports, or {@code null} when it is not an error event. */
    Object errorOf(Object event) {
        for (FailureEvent<?> errorEvent : errorEvents) {
            Object error = errorEvent.errorOf(event);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    /** The media type of a text or binary success body, or {@code null} for JSON. */
    String rawMediaType() {
        return rawMediaType;
    }

    /** The type of the success body, or {@code null} when none is expected. */
    Type successType() {
        return successType;
    }

    /** The declared type of the error body for a status, most specific first, or {@code null}. */
    Type errorType(int status) {
        Type exact = errorTypes.get(Integer.toString(status));
        if (exact != null) {
            return exact;
        }
        Type range = errorTypes.get(status / 100 + "XX");
        return range != null ? range : errorTypes.get("DEFAULT");
    }
}
