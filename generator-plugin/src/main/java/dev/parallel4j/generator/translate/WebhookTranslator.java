package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.translate.Pointers.child;

import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.WebhooksDef;
import dev.parallel4j.generator.ir.WebhooksDef.WebhookDef;
import dev.parallel4j.generator.translate.SchemaTranslator.Hint;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a document's {@code webhooks} into the event union and the service that reads deliveries. Each webhook's
 * JSON request body is a payload type; the union {@code WebhookEvent} joins them all. When every payload fixes
 * its {@code type} property (the event type, as Standard Webhooks names it) with a {@code const} or an enum, and
 * no two payloads claim the same value, the union dispatches on it; otherwise by shape. Either way an event of a
 * type no payload describes is kept raw in the union's unknown variant.
 */
final class WebhookTranslator {
    /** The payload property Standard Webhooks names the event type with. */
    static final String TYPE_PROPERTY = "type";

    private final SchemaTranslator schemas;
    private final OperationTranslator operations;
    private final Problems problems;

    WebhookTranslator(SchemaTranslator schemas, OperationTranslator operations, Problems problems) {
        this.schemas = schemas;
        this.operations = operations;
        this.problems = problems;
    }

    /**
     * Translates the webhooks of a document, if it has any.
     *
     * @param webhooks the document's {@code webhooks}, or {@code null}
     * @param services the services, whose accessors and classes the webhooks service must not clash with
     */
    Optional<WebhooksDef> translate(Map<String, PathItem> webhooks, List<ServiceDef> services) {
        if (webhooks == null || webhooks.isEmpty()) {
            return Optional.empty();
        }
        List<WebhookDef> defs = new ArrayList<>();
        Set<TypeName> models = new LinkedHashSet<>();
        new TreeMap<>(webhooks).forEach((name, item) -> {
            WebhookDef webhook = webhook(name, item);
            defs.add(webhook);
            models.addAll(objectModels(webhook, child("/webhooks", name)));
        });
        String accessor = accessor(services);
        TypeName event = schemas.topLevel().allocate("WebhookEvent");
        Map<String, TypeName> mapping = mapping(models);
        Docs docs = Docs.of("An event the API delivers to a webhook endpoint. `client." + accessor + "().unwrap(...)` checks"
                + " that a delivery was signed with the webhook secret, then reads it as one.");
        schemas.unions().combine(event, docs, List.copyOf(models), mapping.isEmpty() ? null : TYPE_PROPERTY, mapping);
        return Optional.of(new WebhooksDef(Naming.typeName(accessor) + "Service", accessor, event, defs));
    }

    private WebhookDef webhook(String name, PathItem item) {
        String pointer = child("/webhooks", name);
        Map<PathItem.HttpMethod, Operation> byMethod = item == null ? Map.of() : item.readOperationsMap();
        Map.Entry<PathItem.HttpMethod, Operation> chosen = byMethod.containsKey(PathItem.HttpMethod.POST)
                ? Map.entry(PathItem.HttpMethod.POST, byMethod.get(PathItem.HttpMethod.POST))
                : byMethod.entrySet().stream().filter(e -> e.getValue().getRequestBody() != null).findFirst().orElse(null);
        if (chosen == null) {
            throw problems.at(pointer, "webhook '" + name + "' has no operation with a request body to describe its payload");
        }
        Operation operation = chosen.getValue();
        String at = child(pointer, chosen.getKey().name().toLowerCase(Locale.ROOT), "requestBody");
        RequestBody body = operations.dereference(operation.getRequestBody(), at);
        String json = body == null ? null : OperationTranslator.jsonMediaType(body.getContent());
        if (json == null) {
            throw problems.at(at, "webhook '" + name + "' has no JSON request body: its payload must be described as JSON");
        }
        String schemaAt = child(at, "content", json, "schema");
        Docs docs = new Docs(operation.getSummary(), operation.getDescription(), Boolean.TRUE.equals(operation.getDeprecated()));
        TypeRef payload = schemas.resolve(body.getContent().get(json).getSchema(), new Hint(schemas.topLevel(), payloadName(name), docs),
                schemaAt).type();
        if (!(payload instanceof TypeRef.Named named)
                || !(schemas.definition(named.name()) instanceof ObjectDef || schemas.definition(named.name()) instanceof UnionDef)) {
            throw problems.at(schemaAt, "the payload of webhook '" + name + "' must be a JSON object (or a union of objects)");
        }
        return new WebhookDef(name, docs, named.name());
    }

    /** The type name of an inline payload: the webhook's name, ending in {@code Event}. */
    private static String payloadName(String webhook) {
        String name = Naming.typeName(webhook);
        return name.endsWith("Event") ? name : name + "Event";
    }

    /** The object models a payload stands for: itself, or the object variants of a union. */
    private List<TypeName> objectModels(WebhookDef webhook, String pointer) {
        TypeDef payload = schemas.definition(webhook.payload());
        if (payload instanceof ObjectDef) {
            return List.of(webhook.payload());
        }
        List<TypeName> models = ((UnionDef) payload).variants().stream().filter(v -> !v.isWrapped())
                .map(v -> ((TypeRef.Named) v.type()).name()).toList();
        if (models.isEmpty()) {
            throw problems.at(pointer, "the payload of webhook '" + webhook.name() + "' must be a JSON object (or a union of objects)");
        }
        return models;
    }

    /**
     * The event types each model fixes with its {@code type} property; empty unless every model fixes at least
     * one and no value belongs to two models.
     */
    private Map<String, TypeName> mapping(Set<TypeName> models) {
        Map<String, TypeName> mapping = new LinkedHashMap<>();
        for (TypeName model : models) {
            List<String> values = typeValues((ObjectDef) schemas.definition(model));
            for (String value : values) {
                if (mapping.putIfAbsent(value, model) != null) {
                    return Map.of();
                }
            }
            if (values.isEmpty()) {
                return Map.of();
            }
        }
        return mapping;
    }

    private List<String> typeValues(ObjectDef model) {
        for (PropertyDef property : model.properties()) {
            if (!property.jsonName().equals(TYPE_PROPERTY)) {
                continue;
            }
            if (property.constant() != null) {
                return List.of(property.constant());
            }
            if (property.type() instanceof TypeRef.Named named && schemas.definition(named.name()) instanceof EnumDef values) {
                return values.constants().stream().map(EnumDef.Constant::value).toList();
            }
        }
        return List.of();
    }

    /**
     * The client accessor of the service: {@code webhooks}, unless a service of the document has that accessor or
     * the class name (an API managing its webhook subscriptions), then {@code webhookEvents}, numbered if need be.
     */
    private static String accessor(List<ServiceDef> services) {
        Set<String> accessors = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (ServiceDef service : services) {
            accessors.add(service.accessor().toLowerCase(Locale.ROOT));
            classes.add(service.className().toLowerCase(Locale.ROOT));
            service.operations().stream().map(OperationDef::paramsClassName).filter(Objects::nonNull)
                    .forEach(c -> classes.add(c.toLowerCase(Locale.ROOT)));
        }
        String accessor = "webhooks";
        for (int n = 1; accessors.contains(accessor.toLowerCase(Locale.ROOT))
                || classes.contains((Naming.typeName(accessor) + "Service").toLowerCase(Locale.ROOT)); n++) {
            accessor = "webhookEvents" + (n == 1 ? "" : n);
        }
        return accessor;
    }
}
