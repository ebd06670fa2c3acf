package dev.parallel4j.generator.translate;

import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.OperationDef.BodyDef;
import dev.parallel4j.generator.ir.OperationDef.ErrorDef;
import dev.parallel4j.generator.ir.OperationDef.ErrorEventDef;
import dev.parallel4j.generator.ir.OperationDef.PaginationDef;
import dev.parallel4j.generator.ir.OperationDef.ResultDef;
import dev.parallel4j.generator.ir.OperationDef.StreamDef;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import dev.parallel4j.generator.ir.WaiterDef;
import dev.parallel4j.generator.ir.WaiterDef.Condition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges inline enums and scalar unions that the document writes out identically in several places into one
 * top-level type, so values move between models without conversion: the three {@code generator} enums of
 * {@code FindAllRun}, {@code FindAllRunInput} and {@code FindAllSchema} become one {@code FindAllGenerator}, and
 * a draft's generator can be passed straight to a new run.
 *
 * <p>Types merge when they have the same simple name and the same values (enums) or variants (unions of scalars),
 * or whatever their names when they are unions of the same models (then named after the words the models' names
 * share: {@code TaskRunOutput}), and sit in at least two different owners: models, or operations whose parameter declares the enum inline (a
 * list filter {@code status} takes the same {@code RunStatus} the runs it filters carry). The merged type is named
 * after the words all its model owners' names share (all its operations' when no model has it), leaving out words
 * such as {@code Request} and {@code Create}, then its own name; everything that referred to the originals
 * refers to it.
 */
final class InlineTypeMerger {
    /** Words of owner names that do not tell what a shared type is about. */
    private static final List<String> GENERIC_WORDS = List.of("Create", "Update", "Get", "List", "Request", "Response", "Input",
            "Output", "Params", "Body", "Result");

    private final Map<TypeName, TypeName> renamed = new HashMap<>();

    private InlineTypeMerger() {}

    /**
     * The model after merging.
     *
     * @param types the top-level types, merged types included
     * @param services the services, referring to merged types
     */
    record Result(List<TypeDef> types, List<ServiceDef> services) {}

    /**
     * Merges identical inline types.
     *
     * @param types the top-level types
     * @param services the services
     * @param topLevel the top-level namespace, to name merged types
     */
    static Result merge(List<TypeDef> types, List<ServiceDef> services, TypeScope topLevel) {
        InlineTypeMerger merger = new InlineTypeMerger();
        Map<TypeName, String> parameterEnums = parameterEnums(services);
        Map<String, List<TypeDef>> groups = new LinkedHashMap<>();
        for (TypeDef type : types) {
            merger.collect(type, groups);
            String ownName = parameterEnums.get(type.name());
            if (ownName != null && type instanceof EnumDef e) {
                groups.computeIfAbsent(enumKey(ownName, e), k -> new ArrayList<>()).add(type);
            }
        }
        List<TypeDef> hoisted = new ArrayList<>();
        for (List<TypeDef> group : groups.values()) {
            long owners = group.stream().map(d -> outermost(d.name())).distinct().count();
            if (owners < 2) {
                continue;
            }
            TypeDef model = group.stream().filter(d -> d.name().isNested()).findFirst().orElse(group.get(0));
            String ownName = parameterEnums.getOrDefault(model.name(), model.name().simpleName());
            TypeName merged = topLevel.allocate(isOfModels(model) ? variantWords((UnionDef) model)
                    : sharedWords(group, parameterEnums) + ownName);
            group.forEach(d -> merger.renamed.put(d.name(), merged));
            hoisted.add(rename(model, merged));
        }
        if (hoisted.isEmpty()) {
            return new Result(types, services);
        }
        List<TypeDef> out = new ArrayList<>();
        for (TypeDef type : types) {
            if (!merger.renamed.containsKey(type.name())) {
                out.add(merger.rewrite(type));
            }
        }
        out.addAll(hoisted);
        out.sort((a, b) -> a.name().compareTo(b.name()));
        List<ServiceDef> rewrittenServices = new ArrayList<>();
        for (ServiceDef service : services) {
            rewrittenServices.add(merger.rewrite(service));
        }
        return new Result(out, rewrittenServices);
    }

    /** Groups nested enums and scalar unions by name and content. */
    private void collect(TypeDef type, Map<String, List<TypeDef>> groups) {
        for (TypeDef nested : type.nested()) {
            String key = mergeKey(nested);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(nested);
            }
            collect(nested, groups);
        }
    }

    /**
     * The top-level enums operations declared inline for a non-path parameter, each with the name it would have
     * nested in a model: {@code MonitorsListStatus} (parameter {@code status} of {@code monitors().list}) is a
     * {@code Status}.
     */
    private static Map<TypeName, String> parameterEnums(List<ServiceDef> services) {
        Map<TypeName, String> enums = new HashMap<>();
        for (ServiceDef service : services) {
            for (OperationDef op : service.operations()) {
                if (op.paramsClassName() == null) {
                    continue;
                }
                String typePrefix = op.paramsClassName().substring(0, op.paramsClassName().length() - "Params".length());
                for (ParameterDef p : op.otherParameters()) {
                    String ownName = Naming.typeName(p.wireName());
                    TypeRef type = p.type() instanceof TypeRef.ListOf list ? list.element() : p.type();
                    if (type instanceof TypeRef.Named named && !named.name().isNested()
                            && named.name().simpleName().equals(typePrefix + ownName)) {
                        enums.put(named.name(), ownName);
                    }
                }
            }
        }
        return enums;
    }

    private static String mergeKey(TypeDef type) {
        if (type instanceof EnumDef e) {
            return enumKey(e.name().simpleName(), e);
        }
        if (type instanceof UnionDef u && u.nested().isEmpty() && u.variants().stream().allMatch(Variant::isWrapped)
                && u.variants().stream().noneMatch(v -> v.type() instanceof TypeRef.Named)) {
            return "union " + u.name().simpleName() + " " + u.variants();
        }
        if (type instanceof UnionDef u && u.nested().isEmpty() && isOfModels(u)) {
            // named by its variants, not by the properties holding it: TaskRunResult.output, MonitorSnapshotEvent.changed_output
            return "models " + u.discriminator() + " " + u.mapping() + " " + u.variants();
        }
        return null;
    }

    /** Whether a union's variants are all models that implement it (none wrapped): the same union wherever it sits. */
    private static boolean isOfModels(TypeDef type) {
        return type instanceof UnionDef u && !u.variants().isEmpty() && u.variants().stream().noneMatch(Variant::isWrapped);
    }

    /**
     * The name of a merged union of models: the words all its variants' names share ({@code TaskRunTextOutput} and
     * {@code TaskRunJsonOutput} make {@code TaskRunOutput}), or when they share none, its first occurrence's name.
     */
    private static String variantWords(UnionDef union) {
        List<List<String>> names = union.variants().stream()
                .map(v -> Naming.words(((TypeRef.Named) v.type()).name().simpleName())).toList();
        List<String> shared = new ArrayList<>(names.get(0));
        names.forEach(shared::retainAll);
        return shared.isEmpty() ? union.name().simpleName() : String.join("", shared);
    }

    private static String enumKey(String simpleName, EnumDef e) {
        return "enum " + simpleName + " " + e.constants();
    }

    /**
     * The words every owner's name has, in the first owner's order, without those that say nothing about the
     * domain: the owners are the models holding the type, or when none does, the operations (their prefix).
     */
    private static String sharedWords(List<TypeDef> group, Map<TypeName, String> parameterEnums) {
        List<TypeDef> models = group.stream().filter(d -> d.name().isNested()).toList();
        List<List<String>> owners = (models.isEmpty() ? group : models).stream()
                .map(d -> {
                    String own = parameterEnums.get(d.name());
                    String owner = own == null ? outermost(d.name()) : d.name().simpleName().substring(0,
                            d.name().simpleName().length() - own.length());
                    return Naming.words(owner);
                })
                .distinct().toList();
        List<String> shared = new ArrayList<>(owners.get(0));
        owners.forEach(shared::retainAll);
        shared.removeAll(GENERIC_WORDS);
        return String.join("", shared);
    }

    private static String outermost(TypeName name) {
        return name.simpleNames().get(0);
    }

    private static TypeDef rename(TypeDef type, TypeName name) {
        if (type instanceof EnumDef e) {
            return new EnumDef(name, e.docs(), e.constants());
        }
        UnionDef u = (UnionDef) type;
        return new UnionDef(name, u.docs(), u.variants(), u.discriminator(), u.mapping(), u.nested());
    }

    // ---------------------------------------------------------------------------------------------------------
    // rewriting references

    private TypeDef rewrite(TypeDef type) {
        List<TypeDef> nested = new ArrayList<>();
        for (TypeDef inner : type.nested()) {
            if (!renamed.containsKey(inner.name())) {
                nested.add(rewrite(inner));
            }
        }
        if (type instanceof ObjectDef o) {
            List<PropertyDef> properties = new ArrayList<>();
            for (PropertyDef p : o.properties()) {
                properties.add(property(p));
            }
            return new ObjectDef(o.name(), o.docs(), properties, ref(o.additionalProperties()), o.unions(), nested);
        }
        if (type instanceof UnionDef u) {
            List<Variant> variants = new ArrayList<>();
            for (Variant v : u.variants()) {
                variants.add(v.retyped(ref(v.type())));
            }
            return new UnionDef(u.name(), u.docs(), variants, u.discriminator(), u.mapping(), nested);
        }
        return type;
    }

    private ServiceDef rewrite(ServiceDef service) {
        List<OperationDef> operations = new ArrayList<>();
        for (OperationDef op : service.operations()) {
            List<ParameterDef> parameters = new ArrayList<>();
            for (ParameterDef p : op.parameters()) {
                parameters.add(parameter(p));
            }
            BodyDef body = op.body() == null ? null : new BodyDef(ref(op.body().type()), op.body().required(), op.body().docs(),
                    op.body().encoding(), op.body().mediaType());
            ResultDef result = new ResultDef(op.result().kind(), ref(op.result().type()), op.result().docs(), op.result().mediaType());
            List<ErrorDef> errors = new ArrayList<>();
            for (ErrorDef e : op.errors()) {
                errors.add(new ErrorDef(e.status(), ref(e.type()), e.docs()));
            }
            operations.add(new OperationDef(op.methodName(), op.operationId(), op.httpMethod(), op.path(), op.docs(), parameters,
                    body, result, errors, op.paramsClassName(), pagination(op.pagination()), op.streamProperty(),
                    stream(op.stream(), parameters)));
        }
        List<WaiterDef> waiters = new ArrayList<>();
        for (WaiterDef w : service.waiters()) {
            Condition until = w.until();
            waiters.add(new WaiterDef(w.methodName(), w.docs(), w.retrieveMethod(), w.eventsMethod(), w.carrier(),
                    property(w.carrierProperty()),
                    new Condition(until.text(), until.path().stream().map(this::property).toList(), until.equal(), until.value()),
                    w.streamTimeout() == null ? null : parameter(w.streamTimeout())));
        }
        return new ServiceDef(service.className(), service.accessor(), service.docs(), operations, waiters);
    }

    private ParameterDef parameter(ParameterDef p) {
        return new ParameterDef(p.wireName(), p.javaName(), p.location(), ref(p.type()), p.required(), p.docs(),
                p.defaultValue(), p.extendsDefault(), p.serverWait());
    }

    private PaginationDef pagination(PaginationDef pagination) {
        if (pagination == null) {
            return null;
        }
        return new PaginationDef(pagination.cursorParameter(), pagination.nextCursor(), property(pagination.items()),
                ref(pagination.itemType()));
    }

    private StreamDef stream(StreamDef stream, List<ParameterDef> parameters) {
        if (stream == null) {
            return null;
        }
        ParameterDef resume = stream.resumeParameter() == null ? null : parameters.stream()
                .filter(p -> p.wireName().equals(stream.resumeParameter().wireName())
                        && p.location() == stream.resumeParameter().location())
                .findFirst().orElseThrow();
        List<ErrorEventDef> errorEvents = new ArrayList<>();
        for (ErrorEventDef e : stream.errorEvents()) {
            errorEvents.add(new ErrorEventDef(e.type(), property(e.error())));
        }
        return new StreamDef(resume, stream.eventIdProperty(), errorEvents);
    }

    private PropertyDef property(PropertyDef p) {
        return new PropertyDef(p.jsonName(), p.javaName(), ref(p.type()), p.required(), p.nullable(), p.docs(),
                p.defaultValue(), p.constant(), p.secret(), p.constraints());
    }

    private TypeRef ref(TypeRef type) {
        if (type instanceof TypeRef.Named named && renamed.containsKey(named.name())) {
            return new TypeRef.Named(renamed.get(named.name()));
        }
        if (type instanceof TypeRef.ListOf list) {
            return new TypeRef.ListOf(ref(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return new TypeRef.MapOf(ref(map.value()));
        }
        return type;
    }
}
