package dev.parallel4j.runtime.error;

/**
 * Base of every exception a generated client throws for a call that did not produce a usable response. It is
 * unchecked: catch the subtype you can act on, or this type for all of them.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, never containing credentials
     * @param cause the underlying failure, or {@code null}
     */
    public ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
