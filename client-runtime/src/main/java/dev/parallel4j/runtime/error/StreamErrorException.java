package dev.parallel4j.runtime.error;

import dev.parallel4j.runtime.json.JsonValue;
import java.util.Optional;

/**
 * The server reported a failure inside an event stream with an error event, such as FindAll's
 * {@code {"type": "error", "error": {"ref_id", "message", "detail"}}}. Iterating the stream raises it where the
 * event arrived, and the stream is closed. The error object is available typed ({@link #error(Class)}), and the
 * whole event as JSON.
 *
 * <p>To receive error events as ordinary events instead, ask for it per call with
 * {@code RequestOptions.builder().deliverErrorEvents(true)}.
 */
public final class StreamErrorException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final ResponseSummary response;
    private final transient Object error;
    private final transient Object event;
    private final transient JsonValue json;

    /**
     * Creates an exception.
     *
     * @param response the stream's response; its body excerpt is the error event's data
     * @param event the error event, decoded
     * @param error the error object it carries, decoded
     * @param json the error event as JSON
     */
    public StreamErrorException(ResponseSummary response, Object event, Object error, JsonValue json) {
        super(message(response, json), null, response);
        this.response = response;
        this.event = event;
        this.error = error;
        this.json = json;
    }

    /**
     * The response of the stream the event arrived on: request line, headers, request id.
     *
     * @return the summary of the stream's response
     */
    public ResponseSummary response() {
        return response;
    }

    /**
     * The error object the event carries, as its generated type (e.g. {@code ErrorObject}).
     *
     * @return the decoded error object
     */
    public Object error() {
        return error;
    }

    /**
     * The error object as a given type, e.g. {@code e.error(ErrorObject.class)}.
     *
     * @param <T> the error object's type
     * @param type the class of the error object's type
     * @return the error, if it is of that type
     */
    public <T> Optional<T> error(Class<T> type) {
        return type.isInstance(error) ? Optional.of(type.cast(error)) : Optional.empty();
    }

    /**
     * The whole error event, as its generated type (e.g. {@code ErrorEvent}).
     *
     * @return the decoded error event
     */
    public Object event() {
        return event;
    }

    /**
     * The error event as JSON.
     *
     * @return the error event as JSON
     */
    public JsonValue json() {
        return json;
    }

    /**
     * The server's message ({@code error.message}), if it gave one.
     *
     * @return the server's error message, or empty if the event has none
     */
    public Optional<String> errorMessage() {
        return ApiStatusException.errorMessage(json);
    }

    /**
     * The reference id the server gave the error ({@code error.ref_id}), to quote to its support.
     *
     * @return the error's reference id, or empty if the event has none
     */
    public Optional<String> refId() {
        return ApiStatusException.refId(json);
    }

    private static String message(ResponseSummary response, JsonValue json) {
        String request = response.method() + " " + response.path()
                + response.requestId().map(id -> " (request id " + id + ")").orElse("");
        String detail = ApiStatusException.errorMessage(json).orElseGet(json::toJson);
        return "The event stream of " + request + " sent an error event: " + detail
                + ApiStatusException.refId(json).map(id -> " [ref_id " + id + "]").orElse("");
    }
}
