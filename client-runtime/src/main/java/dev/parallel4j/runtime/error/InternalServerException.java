package dev.parallel4j.runtime.error;

import dev.parallel4j.runtime.json.JsonValue;

/** HTTP 5xx: the server failed; the request may succeed if retried. */
public final class InternalServerException extends ApiStatusException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param response the response
     * @param body the body parsed as the declared error schema, or {@code null}
     * @param json the body as JSON, or {@code null} when it is not JSON
     */
    public InternalServerException(ResponseSummary response, Object body, JsonValue json) {
        super(response, body, json);
    }
}
