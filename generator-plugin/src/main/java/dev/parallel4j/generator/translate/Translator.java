package dev.parallel4j.generator.translate;

import dev.parallel4j.generator.Extensions;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.ClientDef;
import dev.parallel4j.generator.ir.ClientDef.AuthDef;
import dev.parallel4j.generator.ir.ClientDef.AuthKind;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.WaiterDef;
import dev.parallel4j.generator.ir.WebhooksDef;
import dev.parallel4j.generator.load.LoadedSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code translate} step: turns a loaded OpenAPI document into the {@link ApiModel} the emitters write.
 * Every decision about names, types, nullability, enums and unions is made here, once, and everything is sorted
 * so that the same document always gives the same model.
 */
public final class Translator {
    private static final Map<PathItem.HttpMethod, String> METHODS = new LinkedHashMap<>();

    static {
        for (PathItem.HttpMethod method : PathItem.HttpMethod.values()) {
            METHODS.put(method, method.name());
        }
    }

    private Translator() {}

    /**
     * Translates a document.
     *
     * @param spec the loaded document
     * @param clientName the client class name, or {@code null} to derive it from the document's title
     * @throws dev.parallel4j.generator.SpecException for anything that cannot become Java
     */
    public static ApiModel translate(LoadedSpec spec, String clientName) {
        OpenAPI api = spec.api();
        Problems problems = new Problems(spec::locate);
        Map<String, Schema<?>> components = componentSchemas(api);
        SchemaTranslator schemas = new SchemaTranslator(components, problems);
        schemas.translateComponents();
        OperationTranslator operations = new OperationTranslator(schemas, api.getComponents(), problems);
        List<ServiceDef> services = services(api, operations, new WaiterTranslator(schemas, problems), problems);
        Optional<WebhooksDef> webhooks = new WebhookTranslator(schemas, operations, problems).translate(api.getWebhooks(), services);
        InlineTypeMerger.Result merged = InlineTypeMerger.merge(schemas.topLevelTypes(), services, schemas.topLevel());
        List<TypeDef> types = UnionLinker.link(merged.types(), TypeDef.byName(merged.types()));
        return new ApiModel(client(api, clientName), merged.services(), types, webhooks);
    }

    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-parser's own signature
    private static Map<String, Schema<?>> componentSchemas(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return Map.of();
        }
        return (Map<String, Schema<?>>) (Map) api.getComponents().getSchemas();
    }

    /** One operation of the document, with where it lives. */
    private record Located(String path, String method, Operation operation, PathItem item) {
        String key() {
            return method + " " + path;
        }
    }

    private static List<ServiceDef> services(OpenAPI api, OperationTranslator translator, WaiterTranslator waiters,
            Problems problems) {
        Map<String, List<Located>> byService = new TreeMap<>();
        Map<String, String> byAccessor = new HashMap<>();
        Map<String, Tag> tags = new LinkedHashMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        if (api.getPaths() != null) {
            new TreeMap<>(api.getPaths()).forEach((path, item) -> {
                if (item == null) {
                    return;
                }
                item.readOperationsMap().forEach((method, operation) -> {
                    // names that differ only in case or punctuation ("Responses", "responses") are one service
                    String service = byAccessor.computeIfAbsent(Naming.memberName(serviceName(operation, path, tags)),
                            accessor -> serviceName(operation, path, tags));
                    byService.computeIfAbsent(service, k -> new ArrayList<>())
                            .add(new Located(path, METHODS.get(method), operation, item));
                });
            });
        }
        List<ServiceDef> services = new ArrayList<>();
        for (Map.Entry<String, List<Located>> entry : byService.entrySet()) {
            services.add(service(entry.getKey(), entry.getValue(), tags.get(entry.getKey()), translator, waiters, problems));
        }
        services.sort(Comparator.comparing(ServiceDef::accessor));
        return services;
    }

    private static ServiceDef service(String name, List<Located> located, Tag tag, OperationTranslator translator,
            WaiterTranslator waiterTranslator, Problems problems) {
        String chosen = tag == null || tag.getExtensions() == null ? null : (String) tag.getExtensions().get(Extensions.NAME);
        String base = Naming.typeName(chosen != null ? chosen : name);
        List<OperationNamer.Candidate> candidates = new ArrayList<>();
        for (Located op : located) {
            Object named = op.operation().getExtensions() == null ? null : op.operation().getExtensions().get(Extensions.NAME);
            candidates.add(new OperationNamer.Candidate(op.key(), op.method(), op.path(), op.operation().getOperationId(),
                    named instanceof String s ? s : null));
        }
        Map<String, String> names;
        try {
            names = OperationNamer.name(chosen != null ? chosen : name, candidates);
        } catch (OperationNamer.NameClash clash) {
            throw problems.at(Pointers.child("/paths", clash.second().path(), clash.second().method().toLowerCase(Locale.ROOT)),
                    "in service " + base + ", " + clash.getMessage() + "; choose distinct names with x-parallel4j-name");
        }
        List<OperationDef> operations = new ArrayList<>();
        for (Located op : located) {
            operations.addAll(translator.translate(base, names.get(op.key()), op.method(), op.path(), op.operation(),
                    op.item().getParameters() == null ? List.of() : op.item().getParameters()));
        }
        operations.sort(Comparator.comparing(OperationDef::methodName));
        List<WaiterDef> waiters = new ArrayList<>();
        for (Located op : located) {
            Object declared = op.operation().getExtensions() == null ? null : op.operation().getExtensions().get(Extensions.WAITER);
            if (declared != null) {
                String pointer = WaiterTranslator.pointer(op.path(), op.method());
                OperationDef retrieve = operations.stream().filter(d -> d.methodName().equals(names.get(op.key()))).findFirst()
                        .orElseThrow();
                WaiterDef waiter = waiterTranslator.translate(declared, retrieve, operations, pointer);
                if (waiters.stream().anyMatch(w -> w.methodName().equals(waiter.methodName()))) {
                    throw problems.at(pointer, "in service " + base + ", two waiters are named " + waiter.methodName());
                }
                waiters.add(waiter);
            }
        }
        waiters.sort(Comparator.comparing(WaiterDef::methodName));
        Docs docs = tag == null ? Docs.NONE : Docs.of(tag.getDescription());
        return new ServiceDef(base + "Service", Naming.memberName(chosen != null ? chosen : name), docs, operations, waiters);
    }

    /**
     * The service of an operation: the one {@code x-parallel4j-service} names, else its first tag, else the first
     * path segment after any version.
     */
    private static String serviceName(Operation operation, String path, Map<String, Tag> tags) {
        Object chosen = operation.getExtensions() == null ? null : operation.getExtensions().get(Extensions.SERVICE);
        if (chosen instanceof String service && !service.isBlank()) {
            return service;
        }
        if (operation.getTags() != null && !operation.getTags().isEmpty()) {
            return operation.getTags().get(0);
        }
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !OperationNamer.isVersion(segment) && !OperationNamer.isParameter(segment)) {
                return segment;
            }
        }
        return "default";
    }

    private static ClientDef client(OpenAPI api, String clientName) {
        String title = api.getInfo() == null || api.getInfo().getTitle() == null ? "Api" : api.getInfo().getTitle();
        String base = Naming.pascal(title.replaceAll("(?i)\\b(open)?api\\b", " "));
        if (base.isEmpty()) {
            base = "Api";
        }
        String className = clientName != null ? clientName : Naming.typeName(base) + "Client";
        String envPrefix = Naming.screamingSnake(className.replaceAll("Client$", ""));
        Docs docs = api.getInfo() == null ? Docs.NONE : new Docs(api.getInfo().getTitle(), api.getInfo().getDescription(), false);
        return new ClientDef(className, docs, baseUrl(api), envPrefix, auth(api));
    }

    private static String baseUrl(OpenAPI api) {
        if (api.getServers() == null || api.getServers().isEmpty()) {
            return "";
        }
        Server server = api.getServers().get(0);
        String url = Objects.requireNonNullElse(server.getUrl(), "");
        if (server.getVariables() != null) {
            for (var variable : server.getVariables().entrySet()) {
                url = url.replace("{" + variable.getKey() + "}", Objects.requireNonNullElse(variable.getValue().getDefault(), ""));
            }
        }
        return url.startsWith("http://") || url.startsWith("https://") ? url : "";
    }

    private static AuthDef auth(OpenAPI api) {
        Map<String, SecurityScheme> schemes = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
                ? Map.of() : api.getComponents().getSecuritySchemes();
        String chosen = null;
        if (api.getSecurity() != null && !api.getSecurity().isEmpty() && !api.getSecurity().get(0).isEmpty()) {
            chosen = api.getSecurity().get(0).keySet().iterator().next();
        } else if (!schemes.isEmpty()) {
            chosen = new TreeMap<>(schemes).firstKey();
        }
        SecurityScheme scheme = chosen == null ? null : schemes.get(chosen);
        if (scheme == null || scheme.getType() == null) {
            return new AuthDef(AuthKind.NONE, "", "");
        }
        switch (scheme.getType()) {
            case APIKEY:
                return new AuthDef(scheme.getIn() == SecurityScheme.In.QUERY ? AuthKind.API_KEY_QUERY : AuthKind.API_KEY_HEADER,
                        scheme.getName(), chosen);
            case HTTP:
                return new AuthDef("basic".equalsIgnoreCase(scheme.getScheme()) ? AuthKind.BASIC : AuthKind.BEARER, "", chosen);
            default:
                return new AuthDef(AuthKind.BEARER, "", chosen);
        }
    }
}
