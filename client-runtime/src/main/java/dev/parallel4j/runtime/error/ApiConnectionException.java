package dev.parallel4j.runtime.error;

/** The request could not be sent or its response could not be read: DNS, TCP, TLS or a dropped connection. */
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
}
