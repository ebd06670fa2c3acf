package dev.parallel4j.generator.ir;

import java.util.List;
import java.util.Optional;

/**
 * Everything the emitters need to write a client, decided once by the translator: names, types, services.
 * The contract between {@code translate} and {@code emit}; emitters never see the OpenAPI document.
 *
 * @param client the entry point
 * @param services the services, sorted by accessor
 * @param types the top-level types, sorted by name
 * @param webhooks the service reading webhook deliveries, when the document has webhooks
 */
public record ApiModel(ClientDef client, List<ServiceDef> services, List<TypeDef> types, Optional<WebhooksDef> webhooks) {
    /** Copies the lists. */
    public ApiModel {
        services = List.copyOf(services);
        types = List.copyOf(types);
    }
}
