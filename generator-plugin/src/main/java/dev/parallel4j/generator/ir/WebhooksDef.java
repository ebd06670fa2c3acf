package dev.parallel4j.generator.ir;

import java.util.List;

/**
 * The webhooks of a document ({@code webhooks} in OpenAPI 3.1): the events the API sends to endpoints of the
 * user's, read by one service of the client that verifies a delivery and reads its body as one event union.
 *
 * @param className the service class, e.g. {@code WebhooksService}
 * @param accessor the client method returning it, e.g. {@code webhooks}
 * @param event the union of every webhook's payload
 * @param webhooks the webhooks, sorted by name
 */
public record WebhooksDef(String className, String accessor, TypeName event, List<WebhookDef> webhooks) {
    /** Copies the list. */
    public WebhooksDef {
        webhooks = List.copyOf(webhooks);
    }

    /**
     * One webhook of the document.
     *
     * @param name its key under {@code webhooks}, often the event type it delivers
     * @param docs its operation's summary and description
     * @param payload the type of its body
     */
    public record WebhookDef(String name, Docs docs, TypeName payload) {}
}
