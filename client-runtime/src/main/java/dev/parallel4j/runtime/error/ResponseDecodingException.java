package dev.parallel4j.runtime.error;

/**
 * The server answered with a success status but a body the client cannot read as the document describes:
 * not JSON, truncated, missing a required property, or holding a value of the wrong type.
 */
public final class ResponseDecodingException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final ResponseSummary response;

    /**
     * Creates an exception.
     *
     * @param response the response that could not be read
     * @param problem what is wrong with the body, and where in it
     * @param cause the parser's exception, or {@code null}
     */
    public ResponseDecodingException(ResponseSummary response, String problem, Throwable cause) {
        super(response.describe() + " with a body that could not be read: " + problem
                + (response.bodyExcerpt().isEmpty() ? " (empty body)" : "; body starts: " + response.bodyExcerpt()), cause, response);
        this.response = response;
    }

    /**
     * The response that could not be read.
     *
     * @return the response's status, headers and the start of its body
     */
    public ResponseSummary response() {
        return response;
    }
}
