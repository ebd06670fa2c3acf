package dev.parallel4j.runtime.error;

/**
 * The client gave up waiting: a connection could not be opened within the connect timeout, or an attempt did not
 * finish (response headers and body; for an event stream, its headers) within the call's timeout. Timeouts are
 * retried like other connection failures before this is thrown.
 */
public final class ApiTimeoutException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message which request timed out, and after how long
     * @param cause the JDK's timeout exception
     */
    public ApiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception about a response whose status and headers arrived but whose body did not in time.
     *
     * @param message which request timed out, and after how long
     * @param cause the timeout
     * @param response the status and headers received, with an empty body excerpt
     */
    public ApiTimeoutException(String message, Throwable cause, ResponseSummary response) {
        super(message, cause, response);
    }
}
