package dev.parallel4j.runtime.error;

import dev.parallel4j.runtime.json.JsonValue;

/** HTTP 402: the account has too little credit for this request. */
public final class PaymentRequiredException extends ApiStatusException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param response the response
     * @param body the body parsed as the declared error schema, or {@code null}
     * @param json the body as JSON, or {@code null} when it is not JSON
     */
    public PaymentRequiredException(ResponseSummary response, Object body, JsonValue json) {
        super(response, body, json);
    }
}
