package dev.parallel4j.runtime.error;

import java.util.Optional;

/**
 * The request could not be sent or its response could not be read: DNS, TCP, TLS, a dropped connection or a
 * response that is not valid HTTP. Such failures are retried (see the client's {@code maxRetries}) before this is
 * thrown.
 */
public class ApiConnectionException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed, naming the request
     * @param cause the I/O failure
     */
    public ApiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception about a response whose status and headers arrived but whose body did not.
     *
     * @param message what failed, naming the request
     * @param cause the I/O failure
     * @param response the status and headers received, with an empty body excerpt
     */
    public ApiConnectionException(String message, Throwable cause, ResponseSummary response) {
        super(message, cause, response);
    }

    /**
     * The status and headers received before the connection broke, if it broke while reading the body.
     *
     * @return the response's status and headers, or empty if the connection broke before they arrived
     */
    public Optional<ResponseSummary> response() {
        return Optional.ofNullable(summary());
    }
}
