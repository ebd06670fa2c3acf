package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.translate.Pointers.child;

import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.UnionDef.JsonKind;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import dev.parallel4j.generator.translate.SchemaTranslator.Hint;
import dev.parallel4j.generator.translate.SchemaTranslator.Resolved;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what {@code oneOf}/{@code anyOf} (and 3.1 type lists) become: the non-null branch when the rest is
 * {@code null}; one open enum for {@code anyOf[enum, string]}; one built-in type when all branches are the same
 * scalar; otherwise a union whose variants are object models (implementing it) or wrapped values.
 */
final class UnionTranslator {
    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");

    private final SchemaTranslator schemas;

    UnionTranslator(SchemaTranslator schemas) {
        this.schemas = schemas;
    }

    /** Whether a component with these alternatives is a generated type (enum or union) rather than an alias. */
    boolean isTypeUnion(List<Schema<?>> alternatives) {
        List<Schema<?>> branches = nonNull(alternatives);
        if (branches.size() < 2) {
            return false;
        }
        List<Schema<?>> enums = enumSources(branches);
        if (enums != null) {
            return !(enums.size() == 1 && enums.get(0).get$ref() != null);
        }
        return sameScalar(branches) == null;
    }

    /** The type of a schema with alternatives, used in place. */
    Resolved resolve(Schema<?> schema, Hint hint, String pointer, boolean nullable) {
        List<Schema<?>> alternatives = Schemas.alternatives(schema);
        List<Schema<?>> branches = nonNull(alternatives);
        boolean isNullable = nullable || branches.size() < alternatives.size();
        if (branches.isEmpty()) {
            return new Resolved(new TypeRef.AnyJson(), true);
        }
        if (branches.size() == 1) {
            Resolved only = schemas.resolve(branches.get(0), hint, branchPointer(schema, pointer, branches.get(0)));
            return new Resolved(only.type(), isNullable || only.nullable());
        }
        TypeRef scalar = sameScalar(branches);
        if (scalar != null) {
            return new Resolved(scalar, isNullable);
        }
        List<Schema<?>> enums = enumSources(branches);
        if (enums != null && enums.size() == 1 && enums.get(0).get$ref() != null) {
            return new Resolved(new TypeRef.Named(schemas.componentType(enums.get(0).get$ref())), isNullable);
        }
        TypeScope scope = hint.scope();
        String preferred = hint.name();
        if (scope.owner() != null && reaches(branches, TypeName.of(scope.owner().simpleNames().get(0)), new HashSet<>())) {
            // A model cannot implement a union nested in itself (Node.children: oneOf[Node, Leaf] would make Node
            // implement Node.Children, a cyclic inheritance): such a union goes to the top level as NodeChildren.
            preferred = String.join("", scope.owner().simpleNames()) + preferred;
            scope = schemas.topLevel();
        }
        TypeName name = scope.allocate(preferred);
        define(name, schema, hint.docsOf(schema), scope, pointer);
        return new Resolved(new TypeRef.Named(name), isNullable);
    }

    /**
     * The namespace inside a union. Its nested types are inherited by the models implementing the union, where
     * they would hide top-level types of the same name ({@code Leaf implements Shape} with a nested
     * {@code Shape.Text} could no longer refer to the model {@code Text}), so they avoid the top-level names.
     */
    private TypeScope unionScope(TypeName name) {
        return TypeScope.inside(name, schemas.topLevel().taken());
    }

    /** Whether one of the branches is, or flattens to, a reference to the given component type. */
    private boolean reaches(List<Schema<?>> branches, TypeName component, Set<String> seen) {
        for (Schema<?> branch : branches) {
            String ref = branch.get$ref();
            if (ref != null) {
                if (component.equals(schemas.componentType(ref))) {
                    return true;
                }
                Schema<?> target = schemas.component(ref);
                if (target != null && seen.add(ref) && reaches(nonNull(Schemas.alternatives(target)), component, seen)) {
                    return true;
                }
            } else if (reaches(nonNull(Schemas.alternatives(branch)), component, seen)) {
                return true;
            }
        }
        return false;
    }

    /** A 3.1 type list such as {@code type: [string, integer]}: a union of wrapped scalars. */
    Resolved resolveTypeList(Schema<?> schema, Set<String> types, Hint hint, String pointer, boolean nullable) {
        TypeName name = hint.scope().allocate(hint.name());
        TypeScope scope = unionScope(name);
        List<Variant> variants = new ArrayList<>();
        for (String type : types) {
            if (!SCALAR_TYPES.contains(type) && !type.equals("array") && !type.equals("object")) {
                throw schemas.problems().at(child(pointer, "type"), "unknown schema type '" + type + "' in a type list");
            }
            TypeRef ref = type.equals("array") ? new TypeRef.ListOf(new TypeRef.AnyJson())
                    : type.equals("object") ? new TypeRef.MapOf(new TypeRef.AnyJson())
                    : scalarRef(type, schema.getFormat());
            variants.add(wrapped(ref));
        }
        UnionDef def = new UnionDef(name, hint.docsOf(schema), labelled(variants, scope), null, Map.of(), scope.declared());
        schemas.register(def, hint.scope());
        return new Resolved(new TypeRef.Named(name), nullable);
    }

    /**
     * Declares the type of a schema with alternatives under a given name: an open enum for
     * {@code anyOf[enum, string]}, else a union. Branches that accept any JSON add no variant: such values land
     * in the union's {@code Unknown} variant.
     */
    void define(TypeName name, Schema<?> schema, Docs docs, TypeScope declaredIn, String pointer) {
        List<Schema<?>> branches = nonNull(Schemas.alternatives(schema));
        List<Schema<?>> enums = enumSources(branches);
        if (enums != null) {
            List<Schema<?>> values = enums.stream().map(e -> e.get$ref() != null ? schemas.component(e.get$ref()) : e).toList();
            schemas.enumType(values, name, docs, declaredIn);
            return;
        }
        TypeScope scope = unionScope(name);
        List<Variant> variants = new ArrayList<>();
        for (Schema<?> branch : branches) {
            addVariants(branch, scope, branchPointer(schema, pointer, branch), variants, new HashSet<>());
        }
        Discriminator discriminator = schema.getDiscriminator();
        String property = discriminator == null ? null : discriminator.getPropertyName();
        Map<String, TypeName> mapping = property == null ? Map.of() : mapping(discriminator, variants, child(pointer, "discriminator"));
        UnionDef def = new UnionDef(name, docs, labelled(variants, scope), property, mapping, scope.declared());
        schemas.register(def, declaredIn);
    }

    /**
     * Declares a union of object models translated already: the events of a document's webhooks, which no schema
     * of the document joins. It dispatches on the discriminator with the given mapping, or by shape without one.
     *
     * @param name its name, at top level
     * @param docs its Javadoc
     * @param models the object models, in the order of their variants
     * @param discriminator the property whose value selects the variant, or {@code null}
     * @param mapping discriminator values to the models they select
     */
    void combine(TypeName name, Docs docs, List<TypeName> models, String discriminator, Map<String, TypeName> mapping) {
        TypeScope scope = unionScope(name);
        List<Variant> variants = new ArrayList<>();
        for (TypeName model : models) {
            add(variants, modelVariant((ObjectDef) schemas.definition(model)));
        }
        schemas.register(new UnionDef(name, docs, labelled(variants, scope), discriminator, mapping, scope.declared()), schemas.topLevel());
    }

    private static String branchPointer(Schema<?> schema, String pointer, Schema<?> branch) {
        String keyword = schema.getOneOf() != null ? "oneOf" : "anyOf";
        return child(pointer, keyword, String.valueOf(Schemas.alternatives(schema).indexOf(branch)));
    }

    /** Adds the variants one branch stands for (several when it is itself a union, none when it is any JSON). */
    private void addVariants(Schema<?> branch, TypeScope scope, String pointer, List<Variant> variants, Set<String> seen) {
        String ref = branch.get$ref();
        if (ref != null) {
            TypeName target = schemas.componentType(ref);
            if (target == null) {
                addWrapped(schemas.reference(ref, child(pointer, "$ref")).type(), variants);
                return;
            }
            TypeDef def = schemas.definition(target);
            Schema<?> component = SchemaTranslator.unwrapNull(schemas.component(ref));
            if (def == null && Schemas.alternatives(component).isEmpty()) {
                // an object still being built: the schema reaches itself (Node.children: oneOf[Node, Leaf])
                add(variants, shapeVariant(target, component, ref));
            } else if (def instanceof ObjectDef object) {
                add(variants, modelVariant(object));
            } else if (def == null || def instanceof UnionDef) {
                if (seen.add(ref)) {
                    for (Schema<?> inner : nonNull(Schemas.alternatives(component))) {
                        addVariants(inner, scope, pointer, variants, seen);
                    }
                }
            } else {
                addWrapped(new TypeRef.Named(target), variants);
            }
            return;
        }
        if (!Schemas.alternatives(branch).isEmpty()) {
            for (Schema<?> inner : nonNull(Schemas.alternatives(branch))) {
                addVariants(inner, scope, branchPointer(branch, pointer, inner), variants, seen);
            }
            return;
        }
        if (!Schemas.properties(branch).isEmpty() || Schemas.allOf(branch).size() > 1) {
            String constant = firstConstant(branch);
            String preferred = branch.getTitle() != null ? Naming.typeName(branch.getTitle())
                    : constant != null ? Naming.typeName(constant) : "Variant" + (variants.size() + 1);
            Resolved inline = schemas.resolve(branch, new Hint(scope, preferred), pointer);
            add(variants, modelVariant((ObjectDef) schemas.definition(((TypeRef.Named) inline.type()).name())));
            return;
        }
        addWrapped(schemas.resolve(branch, new Hint(scope, "Value"), pointer).type(), variants);
    }

    /** The variant of an object component read from its schema, for a component whose model is not built yet. */
    private Variant shapeVariant(TypeName name, Schema<?> component, String ref) {
        String pointer = "/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1);
        ObjectShape shape = ObjectShape.of(component, pointer, schemas);
        Set<String> required = new LinkedHashSet<>();
        Map<String, String> constants = new LinkedHashMap<>();
        Set<String> defaulted = new LinkedHashSet<>();
        shape.properties().forEach((jsonName, property) -> {
            boolean isRequired = shape.required().contains(jsonName);
            if (isRequired) {
                required.add(jsonName);
            }
            String constant = SchemaTranslator.constant(property.schema());
            if (constant != null) {
                constants.put(jsonName, constant);
                if (!isRequired && constant.equals(property.schema().getDefault())) {
                    defaulted.add(jsonName);
                }
            }
        });
        return new Variant(name.simpleName(), new TypeRef.Named(name), JsonKind.OBJECT, null, required,
                shape.properties().keySet(), constants, defaulted);
    }

    private static void addWrapped(TypeRef type, List<Variant> variants) {
        if (!(type instanceof TypeRef.AnyJson)) {
            add(variants, wrapped(type));
        }
    }

    /**
     * Adds a variant unless one of the same type is there already: flattening {@code oneOf[A, AOrB]} reaches
     * {@code A} twice, and a sealed interface may permit a class only once.
     */
    private static void add(List<Variant> variants, Variant variant) {
        if (variants.stream().noneMatch(v -> v.type().equals(variant.type()))) {
            variants.add(variant);
        }
    }

    private static Variant modelVariant(ObjectDef object) {
        Set<String> required = new LinkedHashSet<>();
        Set<String> properties = new LinkedHashSet<>();
        Map<String, String> constants = new LinkedHashMap<>();
        Set<String> defaulted = new LinkedHashSet<>();
        for (PropertyDef property : object.properties()) {
            properties.add(property.jsonName());
            if (property.required()) {
                required.add(property.jsonName());
            }
            if (property.constant() != null) {
                constants.put(property.jsonName(), property.constant());
                if (!property.required() && property.constant().equals(property.defaultValue())) {
                    defaulted.add(property.jsonName());
                }
            }
        }
        return new Variant(object.name().simpleName(), new TypeRef.Named(object.name()), JsonKind.OBJECT, null,
                required, properties, constants, defaulted);
    }

    private static Variant wrapped(TypeRef type) {
        return new Variant(label(type), type, kind(type), "", Set.of(), Set.of(), Map.of(), Set.of());
    }

    /**
     * Gives the variants their final labels and wrapper names: model variants by class name without the words
     * all of them start and end with ({@code FindAllRunStatusEvent} in a union with {@code FindAllSchemaEvent} is
     * {@code RunStatus}... when every variant shares them), wrapped values by their type; each label unique and
     * not {@code Unknown}.
     */
    private static List<Variant> labelled(List<Variant> variants, TypeScope scope) {
        List<List<String>> modelWords = variants.stream().filter(v -> !v.isWrapped()).map(v -> Naming.words(v.label())).toList();
        int prefix = modelWords.size() > 1 ? sharedWords(modelWords, false) : 0;
        int suffix = modelWords.size() > 1 ? sharedWords(modelWords, true) : 0;
        int shortest = modelWords.stream().mapToInt(List::size).min().orElse(0);
        if (prefix + suffix >= shortest) {
            prefix = 0;
            suffix = 0;
        }
        Set<String> used = new HashSet<>(Set.of("Unknown"));
        List<Variant> out = new ArrayList<>();
        for (Variant v : variants) {
            String label = v.label();
            if (!v.isWrapped() && prefix + suffix > 0) {
                List<String> words = Naming.words(label);
                String stripped = String.join("", words.subList(prefix, words.size() - suffix));
                label = Character.isJavaIdentifierStart(stripped.charAt(0)) ? stripped : label;
            }
            String unique = label;
            for (int n = 2; !used.add(unique); n++) {
                unique = label + n;
            }
            String wrapper = v.isWrapped() ? scope.allocate("Of" + unique).simpleName() : null;
            out.add(v.relabelled(unique, wrapper));
        }
        return out;
    }

    /** How many leading (or trailing) words all word lists share. */
    private static int sharedWords(List<List<String>> lists, boolean fromEnd) {
        int shared = 0;
        while (true) {
            String word = null;
            for (List<String> words : lists) {
                if (shared >= words.size()) {
                    return shared;
                }
                String w = words.get(fromEnd ? words.size() - 1 - shared : shared);
                if (word != null && !word.equals(w)) {
                    return shared;
                }
                word = w;
            }
            shared++;
        }
    }

    private Map<String, TypeName> mapping(Discriminator discriminator, List<Variant> variants, String pointer) {
        Map<String, TypeName> mapping = new LinkedHashMap<>();
        Set<TypeName> models = variants.stream().filter(v -> !v.isWrapped())
                .map(v -> ((TypeRef.Named) v.type()).name()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (discriminator.getMapping() != null) {
            discriminator.getMapping().forEach((value, ref) -> {
                String full = ref.startsWith("#") ? ref : "#/components/schemas/" + ref;
                TypeName target = schemas.componentType(full);
                if (target == null || !models.contains(target)) {
                    throw schemas.problems().at(child(pointer, "mapping", value),
                            "discriminator value '" + value + "' maps to " + ref + ", which is not an object variant of this union");
                }
                mapping.put(value, target);
            });
        }
        for (Variant variant : variants) {
            if (variant.isWrapped()) {
                continue;
            }
            TypeName model = ((TypeRef.Named) variant.type()).name();
            if (mapping.containsValue(model)) {
                continue;
            }
            // implicit: the value the variant fixes with const, else (as OpenAPI says) the schema's name in the
            // document, which is not the Java name when that had to change (Error -> ErrorObject)
            String constant = variant.constants().get(discriminator.getPropertyName());
            String schemaName = schemas.componentName(model);
            mapping.putIfAbsent(constant != null ? constant : schemaName != null ? schemaName : model.simpleName(), model);
        }
        return mapping;
    }

    /**
     * For branches that are all strings, some with enums (inline or referenced) and at least one plain string:
     * the enum branches. Otherwise {@code null}.
     */
    private List<Schema<?>> enumSources(List<Schema<?>> branches) {
        List<Schema<?>> enums = new ArrayList<>();
        boolean plainString = false;
        for (Schema<?> branch : branches) {
            Schema<?> target = branch.get$ref() != null ? schemas.component(branch.get$ref()) : branch;
            if (target == null) {
                return null;
            }
            if (SchemaTranslator.isStringEnum(target) && Schemas.nonNullTypes(target).stream().allMatch("string"::equals)) {
                enums.add(branch);
            } else if (branch.get$ref() == null && Schemas.nonNullTypes(branch).equals(Set.of("string"))
                    && branch.getEnum() == null && branch.getConst() == null) {
                plainString = true;
            } else {
                return null;
            }
        }
        return plainString && !enums.isEmpty() ? enums : null;
    }

    /** One scalar type when every branch is an inline scalar of the same JSON type, else {@code null}. */
    private static TypeRef sameScalar(List<Schema<?>> branches) {
        Set<String> types = new HashSet<>();
        Set<String> formats = new HashSet<>();
        for (Schema<?> branch : branches) {
            Set<String> t = Schemas.nonNullTypes(branch);
            if (branch.get$ref() != null || branch.getEnum() != null || branch.getConst() != null || t.size() != 1
                    || !SCALAR_TYPES.contains(t.iterator().next())) {
                return null;
            }
            types.add(t.iterator().next());
            formats.add(Objects.requireNonNullElse(branch.getFormat(), ""));
        }
        if (types.size() != 1) {
            return null;
        }
        return scalarRef(types.iterator().next(), formats.size() == 1 ? formats.iterator().next() : null);
    }

    private static TypeRef scalarRef(String type, String format) {
        switch (type) {
            case "string":
                return TypeRef.scalar(SchemaTranslator.stringKind(format == null || format.isEmpty() ? null : format));
            case "integer":
                return TypeRef.scalar("int32".equals(format) ? ScalarKind.INT32 : ScalarKind.INT64);
            case "number":
                return TypeRef.scalar("float".equals(format) ? ScalarKind.FLOAT : ScalarKind.DOUBLE);
            default:
                return TypeRef.scalar(ScalarKind.BOOLEAN);
        }
    }

    private static List<Schema<?>> nonNull(List<Schema<?>> alternatives) {
        return alternatives.stream().filter(s -> !Schemas.isNullOnly(s)).toList();
    }

    private static String firstConstant(Schema<?> schema) {
        return Schemas.properties(schema).values().stream().map(SchemaTranslator::constant).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The JSON shape of a wrapped value; the only generated types that are wrapped are enums, i.e. strings. */
    private static JsonKind kind(TypeRef type) {
        if (type instanceof TypeRef.ListOf) {
            return JsonKind.ARRAY;
        }
        if (type instanceof TypeRef.MapOf) {
            return JsonKind.OBJECT;
        }
        if (type instanceof TypeRef.Scalar scalar) {
            switch (scalar.kind()) {
                case INT32:
                case INT64:
                    return JsonKind.INTEGER;
                case FLOAT:
                case DOUBLE:
                    return JsonKind.NUMBER;
                case BOOLEAN:
                    return JsonKind.BOOLEAN;
                default:
                    return JsonKind.STRING;
            }
        }
        return JsonKind.STRING;
    }

    /** The label of a wrapped value: its type in words, e.g. {@code String}, {@code CitationList}, {@code StringMap}. */
    private static String label(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            switch (scalar.kind()) {
                case INT32:
                    return "Integer";
                case INT64:
                    return "Long";
                case FLOAT:
                    return "Float";
                case DOUBLE:
                    return "Double";
                case BOOLEAN:
                    return "Boolean";
                case DATE_TIME:
                    return "DateTime";
                case DATE:
                    return "Date";
                case UUID:
                    return "Uuid";
                case URI:
                    return "Uri";
                case BYTES:
                    return "Bytes";
                case FILE:
                    return "File";
                default:
                    return "String";
            }
        }
        if (type instanceof TypeRef.ListOf list) {
            return label(list.element()) + "List";
        }
        if (type instanceof TypeRef.MapOf map) {
            return label(map.value()) + "Map";
        }
        if (type instanceof TypeRef.Named named) {
            return named.name().simpleName();
        }
        return "Json";
    }
}
