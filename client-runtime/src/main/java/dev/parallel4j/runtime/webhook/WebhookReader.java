package dev.parallel4j.runtime.webhook;

import static dev.parallel4j.runtime.json.JsonProblems.describe;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.json.JsonTextReader;
import java.io.IOException;
import java.util.Objects;

/**
 * Verifies webhook deliveries and reads their bodies as a generated client's event type (a union dispatched on
 * the event's {@code type}, whose unknown variant keeps event types the document does not describe). The
 * generated {@code webhooks()} service of a client delegates to one.
 *
 * @param <E> the event type
 */
public final class WebhookReader<E> {
    private final Class<E> type;
    private final JsonTextReader<E> reader;

    /**
     * Creates a reader.
     *
     * @param type the event type
     * @param mapper the client's mapper, configured as {@link dev.parallel4j.runtime.json.Json#newMapper()} does
     */
    public WebhookReader(Class<E> type, ObjectMapper mapper) {
        this.type = Objects.requireNonNull(type, "type");
        this.reader = JsonTextReader.of(mapper, mapper.constructType(type));
    }

    /**
     * Verifies a delivery, then reads its body.
     *
     * @param body the body exactly as received
     * @param headers the delivery's headers
     * @param verifier holds the webhook secret
     * @return the event
     * @throws WebhookVerificationException if the delivery fails verification; the body is not read then
     * @throws WebhookPayloadException if the body cannot be read as the event type
     */
    public E unwrap(String body, WebhookHeaders headers, WebhookVerifier verifier) {
        Objects.requireNonNull(verifier, "verifier").verify(body, headers);
        return parse(body);
    }

    /**
     * Reads a body without verifying it. Anyone can send anything to a webhook endpoint: use this only for a
     * delivery verified by other means, or in tests.
     *
     * @param body the body
     * @return the event
     * @throws WebhookPayloadException if the body cannot be read as the event type
     */
    public E parse(String body) {
        if (Objects.requireNonNull(body, "body").isBlank()) {
            throw new WebhookPayloadException("The webhook body is empty; expected a JSON " + type.getSimpleName(), null);
        }
        E event;
        try {
            event = reader.read(body);
        } catch (IOException e) {
            throw new WebhookPayloadException("The webhook body is not a valid " + type.getSimpleName() + ": " + describe(e), e);
        }
        if (event == null) {
            throw new WebhookPayloadException("The webhook body is JSON null; expected a JSON " + type.getSimpleName(), null);
        }
        return event;
    }
}
