package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.translate.Pointers.child;

import dev.parallel4j.generator.Extensions;
import dev.parallel4j.generator.ir.Constraints;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides the Java type of every schema: built-in types, lists, maps, free-form JSON, and generated object
 * models, open enums and unions, each named once. Component schemas that are objects, enums or unions become
 * top-level types named after the component; the others are aliases, replaced by their type where used. Inline
 * objects, enums and unions become types nested in the model that uses them.
 */
final class SchemaTranslator {
    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    /** Methods every object model and builder has, which properties must not take. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "builder", "toBuilder", "build", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll",
            "wait", "clone", "finalize", "additionalProperties", "putAdditionalProperty", "validate", "checkRequired",
            "buildFromJson", "jsonExtras", "markNull", "nullProperties", "isValid", "isExplicitNull",
            "sameExtras", "extrasHashCode");

    private final Map<String, Schema<?>> components;
    private final Problems problems;
    private final TypeScope topLevel = TypeScope.topLevel();
    private final Map<String, TypeName> componentTypes = new HashMap<>();
    private final Map<String, Resolved> aliases = new HashMap<>();
    private final Set<String> resolvingAliases = new HashSet<>();
    /** Components whose definition is being built: a recursive schema reaches them again before they are done. */
    private final Set<String> building = new HashSet<>();
    private final Map<TypeName, TypeDef> definitions = new TreeMap<>();
    private final Map<String, NamedInline> namedInline = new HashMap<>();
    /** Object types marked as error events, with the property holding the error. */
    private final Map<TypeName, PropertyDef> errorEvents = new HashMap<>();
    private final UnionTranslator unions;

    /**
     * A schema's Java type and whether {@code null} is allowed.
     *
     * @param type the type
     * @param nullable whether JSON {@code null} is an allowed value
     */
    record Resolved(TypeRef type, boolean nullable) {}

    /**
     * Where an inline type would be declared and what it would be called.
     *
     * @param scope the namespace
     * @param name the preferred simple name
     */
    record Hint(TypeScope scope, String name, Docs docs) {
        Hint(TypeScope scope, String name) {
            this(scope, name, Docs.NONE);
        }

        Hint item() {
            return new Hint(scope, Naming.singular(name), docs);
        }

        Hint value() {
            return new Hint(scope, name + "Value", docs);
        }

        /** The schema's own docs, or the docs of where it is used when it has none. */
        Docs docsOf(Schema<?> schema) {
            Docs own = SchemaTranslator.docs(schema);
            return own.isEmpty() ? docs : own;
        }
    }

    SchemaTranslator(Map<String, Schema<?>> components, Problems problems) {
        this.components = components;
        this.problems = problems;
        this.unions = new UnionTranslator(this);
        nameComponents();
    }

    /** The top-level namespace, for inline types of operations. */
    TypeScope topLevel() {
        return topLevel;
    }

    /** Builds every component type; call once, after translating operations or before. */
    void translateComponents() {
        componentTypes.keySet().stream().sorted().forEach(this::componentDefinition);
    }

    /** The top-level types, sorted by name. */
    List<TypeDef> topLevelTypes() {
        return topLevel.declared();
    }

    /** The Java type of a schema. */
    Resolved resolve(Schema<?> schema, Hint hint, String pointer) {
        if (schema == null) {
            return new Resolved(new TypeRef.AnyJson(), false);
        }
        String typeName = schema.get$ref() == null ? Schemas.extension(schema, Extensions.TYPE_NAME) : null;
        if (typeName == null) {
            return resolveUnnamed(schema, hint, pointer);
        }
        NamedInline earlier = namedInline.get(typeName);
        if (earlier != null && earlier.schema().equals(schema)) {
            return earlier.resolved(); // the same inline schema written twice, given the same name: one type
        }
        Resolved resolved = resolveUnnamed(schema, new Hint(hint.scope(), typeName, hint.docs()), pointer);
        namedInline.putIfAbsent(typeName, new NamedInline(schema, resolved));
        return resolved;
    }

    /** An inline schema named with {@code x-parallel4j-type-name}, and what it became. */
    private record NamedInline(Schema<?> schema, Resolved resolved) {}

    private Resolved resolveUnnamed(Schema<?> schema, Hint hint, String pointer) {
        boolean nullable = Schemas.admitsNull(schema);
        if (schema.get$ref() != null) {
            Resolved target = reference(schema.get$ref(), child(pointer, "$ref"));
            return new Resolved(target.type(), nullable || target.nullable());
        }
        if (!Schemas.alternatives(schema).isEmpty()) {
            return unions.resolve(schema, hint, pointer, nullable);
        }
        List<Schema<?>> allOf = Schemas.allOf(schema);
        if (allOf.size() == 1 && Schemas.properties(schema).isEmpty()) {
            Resolved only = resolve(allOf.get(0), hint, child(pointer, "allOf", "0"));
            return new Resolved(only.type(), nullable || only.nullable());
        }
        if (!allOf.isEmpty()) {
            return new Resolved(objectType(schema, hint, pointer), nullable);
        }
        if (isStringEnum(schema)) {
            TypeName name = hint.scope().allocate(hint.name());
            return new Resolved(named(enumType(List.of(schema), name, hint.docsOf(schema), hint.scope())), nullable);
        }
        Set<String> types = Schemas.nonNullTypes(schema);
        if (types.size() > 1) {
            return unions.resolveTypeList(schema, types, hint, pointer, nullable);
        }
        String type = types.isEmpty() ? inferType(schema) : types.iterator().next();
        return new Resolved(typeOf(type, schema, hint, pointer), nullable || "null".equals(type));
    }

    private TypeRef typeOf(String type, Schema<?> schema, Hint hint, String pointer) {
        switch (type) {
            case "object":
                if (!Schemas.properties(schema).isEmpty()) {
                    return objectType(schema, hint, pointer);
                }
                Object additional = Schemas.additionalProperties(schema);
                if (additional instanceof Schema<?> values) {
                    return new TypeRef.MapOf(resolve(values, hint.value(), child(pointer, "additionalProperties")).type());
                }
                return new TypeRef.MapOf(new TypeRef.AnyJson());
            case "array":
                return new TypeRef.ListOf(resolve(Schemas.items(schema), hint.item(), child(pointer, "items")).type());
            case "string":
                return TypeRef.scalar(stringKind(schema.getFormat()));
            case "integer":
                return TypeRef.scalar("int32".equals(schema.getFormat()) ? ScalarKind.INT32 : ScalarKind.INT64);
            case "number":
                return TypeRef.scalar("float".equals(schema.getFormat()) ? ScalarKind.FLOAT : ScalarKind.DOUBLE);
            case "boolean":
                return TypeRef.scalar(ScalarKind.BOOLEAN);
            case "any":
            case "null":
                return new TypeRef.AnyJson();
            default:
                throw problems.at(child(pointer, "type"), "unknown schema type '" + type + "'");
        }
    }

    /** The Java type behind a {@code $ref}. */
    Resolved reference(String ref, String pointer) {
        if (!ref.startsWith(COMPONENT_PREFIX) || ref.indexOf('/', COMPONENT_PREFIX.length()) >= 0) {
            throw problems.at(pointer, "schema $ref '" + ref + "' is not supported: a schema reference must name a "
                    + "component (#/components/schemas/<name>)");
        }
        String name = Pointers.unescape(ref.substring(COMPONENT_PREFIX.length()));
        Schema<?> target = components.get(name);
        if (target == null) {
            throw problems.at(pointer, "$ref '" + ref + "' points to no component schema");
        }
        TypeName typeName = componentTypes.get(name);
        if (typeName != null) {
            return new Resolved(new TypeRef.Named(typeName), Schemas.admitsNull(target) || nullWrapper(target));
        }
        Resolved alias = aliases.get(name);
        if (alias != null) {
            return alias;
        }
        if (!resolvingAliases.add(name)) {
            return new Resolved(new TypeRef.AnyJson(), false); // an alias defined through itself: free-form JSON
        }
        Resolved resolved = resolve(target, new Hint(topLevel, Naming.typeName(name)), componentPointer(name));
        resolvingAliases.remove(name);
        aliases.put(name, resolved);
        return resolved;
    }

    /** The component schema a {@code $ref} names, or {@code null}. */
    Schema<?> component(String ref) {
        return ref != null && ref.startsWith(COMPONENT_PREFIX)
                ? components.get(Pointers.unescape(ref.substring(COMPONENT_PREFIX.length())))
                : null;
    }

    /** The name in the document of the component schema a generated type stands for, or {@code null} if inline. */
    String componentName(TypeName type) {
        return componentTypes.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The generated type a {@code $ref} names, or {@code null} when the component is an alias. */
    TypeName componentType(String ref) {
        return ref != null && ref.startsWith(COMPONENT_PREFIX)
                ? componentTypes.get(Pointers.unescape(ref.substring(COMPONENT_PREFIX.length())))
                : null;
    }

    /**
     * The definition of a generated type, building a component's on first use; {@code null} while that component
     * is still being built (a schema that reaches itself, e.g. through a union of its own items).
     */
    TypeDef definition(TypeName name) {
        TypeDef def = definitions.get(name);
        if (def == null) {
            componentTypes.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                    .ifPresent(e -> componentDefinition(e.getKey()));
            def = definitions.get(name);
        }
        return def;
    }

    Problems problems() {
        return problems;
    }

    /** Decides unions; also declares the unions no schema of the document spells out. */
    UnionTranslator unions() {
        return unions;
    }

    // ---------------------------------------------------------------------------------------------------------
    // components

    private void nameComponents() {
        for (String name : new TreeSet<>(components.keySet())) {
            Schema<?> schema = components.get(name);
            if (isTypeSchema(schema)) {
                String javaName = Objects.requireNonNullElse(
                        Schemas.extension(schema, Extensions.NAME), Naming.typeName(name));
                TypeName typeName = topLevel.allocate(javaName);
                componentTypes.put(name, typeName);
            }
        }
    }

    private void componentDefinition(String name) {
        TypeName typeName = componentTypes.get(name);
        if (definitions.containsKey(typeName) || !building.add(name)) {
            return;
        }
        Schema<?> schema = unwrapNull(components.get(name));
        String pointer = componentPointer(name);
        if (!Schemas.alternatives(schema).isEmpty()) {
            unions.define(typeName, schema, docs(schema), topLevel, pointer);
        } else if (isStringEnum(schema)) {
            enumType(List.of(schema), typeName, docs(schema), topLevel);
        } else {
            objectDefinition(typeName, schema, docs(schema), pointer, topLevel);
        }
        building.remove(name);
    }

    /** Whether a component becomes a generated type rather than an alias of another type. */
    private boolean isTypeSchema(Schema<?> schema) {
        Schema<?> s = unwrapNull(schema);
        if (s.get$ref() != null) {
            return false;
        }
        if (!Schemas.alternatives(s).isEmpty()) {
            return unions.isTypeUnion(Schemas.alternatives(s));
        }
        return isStringEnum(s) || !Schemas.properties(s).isEmpty() || Schemas.allOf(s).size() > 1
                || !Schemas.allOf(s).isEmpty() && !Schemas.properties(s).isEmpty();
    }

    /** {@code anyOf[X, null]} as a whole component is X, nullable where used. */
    static Schema<?> unwrapNull(Schema<?> schema) {
        List<Schema<?>> alternatives = Schemas.alternatives(schema);
        List<Schema<?>> nonNull = alternatives.stream().filter(s -> !Schemas.isNullOnly(s)).toList();
        return nonNull.size() == 1 && alternatives.size() == 2 && nonNull.get(0).get$ref() == null ? nonNull.get(0) : schema;
    }

    private static boolean nullWrapper(Schema<?> schema) {
        return Schemas.alternatives(schema).stream().anyMatch(Schemas::isNullOnly);
    }

    private static String componentPointer(String name) {
        return "/components/schemas/" + Pointers.escape(name);
    }

    // ---------------------------------------------------------------------------------------------------------
    // objects

    private TypeRef objectType(Schema<?> schema, Hint hint, String pointer) {
        TypeName name = hint.scope().allocate(hint.name());
        return named(objectDefinition(name, schema, hint.docsOf(schema), pointer, hint.scope()));
    }

    private ObjectDef objectDefinition(TypeName name, Schema<?> schema, Docs docs, String pointer, TypeScope declaredIn) {
        TypeScope scope = TypeScope.inside(name, Set.of());
        ObjectShape shape = ObjectShape.of(schema, pointer, this);
        List<PropertyDef> properties = new ArrayList<>();
        Set<String> javaNames = new HashSet<>(RESERVED_MEMBERS);
        for (Map.Entry<String, ObjectShape.Property> entry : shape.properties().entrySet()) {
            properties.add(property(entry.getKey(), entry.getValue(), shape.required().contains(entry.getKey()), scope, javaNames));
        }
        TypeRef additional = Boolean.FALSE.equals(Schemas.additionalProperties(schema)) ? null
                : shape.additionalProperties() == null ? new TypeRef.AnyJson()
                : resolve(shape.additionalProperties(), new Hint(scope, "AdditionalProperty"),
                        child(pointer, "additionalProperties")).type();
        ObjectDef def = new ObjectDef(name, docs, properties, additional, List.of(), scope.declared());
        register(def, declaredIn);
        String errorProperty = Schemas.extension(schema, Extensions.ERROR_EVENT);
        if (errorProperty != null) {
            errorEvents.put(name, properties.stream().filter(p -> p.jsonName().equals(errorProperty)).findFirst()
                    .orElseThrow(() -> problems.at(child(pointer, Extensions.ERROR_EVENT), Extensions.ERROR_EVENT
                            + " names the property '" + errorProperty + "', which the schema does not declare")));
        }
        return def;
    }

    /** The property holding the error of an object type marked as an error event, or {@code null}. */
    PropertyDef errorProperty(TypeName type) {
        return errorEvents.get(type);
    }

    private PropertyDef property(String jsonName, ObjectShape.Property property, boolean required, TypeScope scope, Set<String> javaNames) {
        Schema<?> schema = property.schema();
        String pointer = property.pointer();
        String chosen = Schemas.extension(schema, Extensions.NAME);
        String javaName = unique(chosen != null ? chosen : Naming.memberName(jsonName), javaNames);
        String constant = constant(schema);
        Resolved resolved = constant != null
                ? new Resolved(TypeRef.scalar(ScalarKind.STRING), false)
                : resolve(schema, new Hint(scope, Naming.typeName(jsonName), docs(schema)), pointer);
        Schema<?> target = schema.get$ref() != null ? component(schema.get$ref()) : null;
        Object defaultValue = Defaults.plain(schema.getDefault() != null || target == null ? schema.getDefault() : target.getDefault());
        return new PropertyDef(jsonName, javaName, resolved.type(), required, resolved.nullable(), docs(schema),
                defaultValue, constant, isSecret(schema), constraints(schema));
    }

    private static String unique(String preferred, Set<String> used) {
        String name = preferred;
        if (used.contains(name)) {
            name = preferred + "_";
        }
        for (int n = 2; !used.add(name); n++) {
            name = preferred + n;
        }
        return name;
    }

    /** The value a property is fixed to: {@code const}, which 3.1 documents may pair with a one-value enum. */
    static String constant(Schema<?> schema) {
        Object value = schema.getConst();
        return value instanceof String s ? s : null;
    }

    private boolean isSecret(Schema<?> schema) {
        if ("password".equals(schema.getFormat())) {
            return true;
        }
        Schema<?> unwrapped = unwrapNull(schema);
        Object additional = Schemas.additionalProperties(unwrapped);
        Schema<?> items = Schemas.items(unwrapped);
        return additional instanceof Schema<?> values && "password".equals(values.getFormat())
                || items != null && "password".equals(items.getFormat());
    }

    private static Constraints constraints(Schema<?> schema) {
        return new Constraints(Schemas.minimum(schema), Schemas.exclusiveMinimum(schema), Schemas.maximum(schema),
                Schemas.exclusiveMaximum(schema), schema.getMinLength(), schema.getMaxLength(), schema.getPattern(),
                schema.getMinItems(), schema.getMaxItems());
    }

    // ---------------------------------------------------------------------------------------------------------
    // enums

    static boolean isStringEnum(Schema<?> schema) {
        return schema.getEnum() != null && schema.getConst() == null
                && schema.getEnum().stream().filter(Objects::nonNull).allMatch(v -> v instanceof String)
                && schema.getEnum().stream().anyMatch(Objects::nonNull);
    }

    /** Declares an open enum of the string values of one or more schemas. */
    EnumDef enumType(List<Schema<?>> schemas, TypeName name, Docs docs, TypeScope declaredIn) {
        Set<String> values = new LinkedHashSet<>();
        for (Schema<?> schema : schemas) {
            schema.getEnum().stream().filter(Objects::nonNull).forEach(v -> values.add((String) v));
        }
        Map<String, String> byJavaName = new LinkedHashMap<>();
        List<EnumDef.Constant> constants = new ArrayList<>();
        for (String value : values) {
            String javaName = Naming.constantName(value);
            String unique = javaName;
            for (int n = 2; byJavaName.putIfAbsent(unique, value) != null; n++) {
                unique = javaName + "_" + n;
            }
            constants.add(new EnumDef.Constant(value, unique));
        }
        EnumDef def = new EnumDef(name, docs, constants);
        register(def, declaredIn);
        return def;
    }

    // ---------------------------------------------------------------------------------------------------------
    // shared

    /** Records a finished type and declares it in its namespace. */
    void register(TypeDef def, TypeScope declaredIn) {
        definitions.put(def.name(), def);
        declaredIn.declare(def);
    }

    static TypeRef named(TypeDef def) {
        return new TypeRef.Named(def.name());
    }

    static Docs docs(Schema<?> schema) {
        String description = schema.getDescription();
        if (description == null || description.isBlank()) {
            description = schema.getTitle();
        }
        return new Docs("", description, Boolean.TRUE.equals(schema.getDeprecated()));
    }

    private static String inferType(Schema<?> schema) {
        if (!Schemas.properties(schema).isEmpty() || Schemas.additionalProperties(schema) != null) {
            return "object";
        }
        return schema.getItems() != null ? "array" : "any";
    }

    static ScalarKind stringKind(String format) {
        if (format == null) {
            return ScalarKind.STRING;
        }
        switch (format) {
            case "date-time":
                return ScalarKind.DATE_TIME;
            case "date":
                return ScalarKind.DATE;
            case "uuid":
                return ScalarKind.UUID;
            case "uri":
                return ScalarKind.URI;
            case "binary":
                return ScalarKind.FILE;
            case "byte":
                return ScalarKind.BYTES;
            default:
                return ScalarKind.STRING;
        }
    }
}
