package dev.parallel4j.runtime.error;

import java.util.Optional;

/**
 * An event stream broke and was not resumed: its connection dropped and the stream cannot resume, or every
 * reconnect allowed in a row failed. {@link #lastEventId()} is where to pick it up again later, if the operation
 * takes a resume point.
 */
public final class StreamInterruptedException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    private final String lastEventId;
    private final int reconnects;

    /**
     * Creates an exception.
     *
     * @param request the request of the stream, e.g. {@code GET /v1/runs/r1/events}
     * @param lastEventId the id of the last event delivered, or {@code null}
     * @param reconnects how many reconnects were tried in a row before giving up
     * @param cause the last failure
     */
    public StreamInterruptedException(String request, String lastEventId, int reconnects, Throwable cause) {
        super(message(request, lastEventId, reconnects, cause), cause);
        this.lastEventId = lastEventId;
        this.reconnects = reconnects;
    }

    /**
     * The id of the last event delivered before the stream broke, if one had an id.
     *
     * @return the last delivered event's id, or empty if no delivered event had one
     */
    public Optional<String> lastEventId() {
        return Optional.ofNullable(lastEventId);
    }

    /**
     * How many reconnects in a row were tried and failed; 0 when the stream cannot resume.
     *
     * @return the number of failed reconnects in a row
     */
    public int reconnects() {
        return reconnects;
    }

    private static String message(String request, String lastEventId, int reconnects, Throwable cause) {
        String after = lastEventId == null ? "" : " after event " + lastEventId;
        String tried = reconnects == 0 ? "" : " and " + reconnects + (reconnects == 1 ? " reconnect" : " reconnects") + " failed";
        return "The event stream of " + request + " broke" + after + tried + ": " + cause.getMessage();
    }
}
