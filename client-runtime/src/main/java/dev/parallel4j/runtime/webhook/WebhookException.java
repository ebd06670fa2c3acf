package dev.parallel4j.runtime.webhook;

/**
 * Base of the exceptions raised while verifying or reading a webhook delivery. Catch it to answer any unusable
 * delivery with a 4xx status; catch a subtype to tell a forged or replayed delivery from a body that could not be
 * read. Messages never contain the webhook secret.
 */
public abstract sealed class WebhookException extends RuntimeException
        permits WebhookVerificationException, WebhookPayloadException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong with the delivery
     * @param cause the underlying failure, or {@code null}
     */
    WebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
