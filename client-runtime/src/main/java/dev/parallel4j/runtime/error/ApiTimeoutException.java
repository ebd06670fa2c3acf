package dev.parallel4j.runtime.error;

/** The client gave up waiting: the connect or request timeout passed before the server answered. */
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
}
