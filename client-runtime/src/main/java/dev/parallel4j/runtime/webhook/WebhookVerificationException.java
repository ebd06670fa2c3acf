package dev.parallel4j.runtime.webhook;

import java.util.Optional;

/**
 * A delivery failed verification: it may be forged, altered, replayed or delivered long after it was sent, or
 * the verifier was given an unusable secret. {@link #reason()} tells which; header problems also name the header.
 */
public final class WebhookVerificationException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    public enum Reason {
        /** A required header ({@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature}) is absent. */
        MISSING_HEADER,
        /** A header is present but unusable: empty, repeated with different values, or not in its format. */
        MALFORMED_HEADER,
        /** No signature in {@code webhook-signature} matches the body, id and timestamp signed with the secret. */
        BAD_SIGNATURE,
        /** The signature is right but {@code webhook-timestamp} is older than the tolerance allows. */
        STALE_TIMESTAMP,
        /** The signature is right but {@code webhook-timestamp} is further in the future than the tolerance allows. */
        FUTURE_TIMESTAMP,
        /** The webhook secret given to the verifier is empty or not in its format. */
        MALFORMED_SECRET
    }

    private final Reason reason;
    private final String header;

    WebhookVerificationException(Reason reason, String header, String message) {
        super(message, null);
        this.reason = reason;
        this.header = header;
    }

    /**
     * Why verification failed.
     *
     * @return the reason verification failed
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The header at fault, for a missing or malformed header; empty otherwise.
     *
     * @return the name of the header at fault, e.g. {@code webhook-signature}, or empty
     */
    public Optional<String> header() {
        return Optional.ofNullable(header);
    }
}
