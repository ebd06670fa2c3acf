package dev.parallel4j.runtime.error;

import java.util.Optional;

/**
 * Base of every exception a generated client throws for a call that did not produce a usable response. It is
 * unchecked: catch the subtype you can act on, or this type for all of them.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ResponseSummary response;

    /**
     * Creates an exception about a call that got no response.
     *
     * @param message what went wrong, never containing credentials
     * @param cause the underlying failure, or {@code null}
     */
    public ApiException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /**
     * Creates an exception.
     *
     * @param message what went wrong, never containing credentials
     * @param cause the underlying failure, or {@code null}
     * @param response the response the failure is about, or {@code null} if there was none
     */
    protected ApiException(String message, Throwable cause, ResponseSummary response) {
        super(message, cause);
        this.response = response;
    }

    /**
     * The request id the server gave the response this failure is about (from {@code x-request-id} or
     * {@code request-id}), to quote to its support: present whenever a response with one arrived, whether its
     * status was an error, its body could not be read or the connection broke while reading it.
     *
     * @return the server's request id, or empty if no response arrived or it had none
     */
    public Optional<String> requestId() {
        return response == null ? Optional.empty() : response.requestId();
    }

    /** The response the failure is about, or {@code null}. */
    final ResponseSummary summary() {
        return response;
    }
}
