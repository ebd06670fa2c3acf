package dev.parallel4j.runtime.webhook;

/**
 * A delivery's body could not be read as the event type: it is empty, not JSON, or JSON that does not match the
 * payload the document describes for its event type. An event type the document does not describe is not an
 * error: it is read as the event type's unknown variant.
 */
public final class WebhookPayloadException extends WebhookException {
    private static final long serialVersionUID = 1L;

    WebhookPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
