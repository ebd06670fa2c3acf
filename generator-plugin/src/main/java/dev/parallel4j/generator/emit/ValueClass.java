package dev.parallel4j.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.translate.Naming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes an immutable class with a builder: fields, accessors, a nested {@code Builder}, {@code toBuilder()},
 * {@code equals}, {@code hashCode} and {@code toString}. Object models and operation parameter classes are both
 * written by it; models add Jackson's annotations and keep the JSON properties the document does not declare.
 */
final class ValueClass {
    /** How a field is set and read. */
    enum Kind {
        /** Must be set; read as the plain (possibly primitive) type. */
        REQUIRED,
        /** Must be set, possibly to {@code null}; read as {@code Optional}. */
        REQUIRED_NULLABLE,
        /** May be absent; read as {@code Optional}. */
        OPTIONAL,
        /** May be absent; read as the plain type, the document's default when absent. */
        DEFAULTED,
        /** Fixed by the document; read as that value, checked when read from JSON, never set. */
        CONSTANT
    }

    /**
     * One field.
     *
     * @param jsonName the name on the wire (JSON property, or parameter name)
     * @param javaName the accessor and builder method name
     * @param type its type
     * @param kind how it is set and read
     * @param defaultValue for {@link Kind#DEFAULTED}, the expression of the default
     * @param constant for {@link Kind#CONSTANT}, the value
     * @param nullable whether JSON {@code null} is a value it can hold (then kept apart from absent)
     * @param secret whether {@code toString()} hides it
     * @param docs its Javadoc
     * @param note an extra Javadoc sentence (constraints), or {@code ""}
     */
    record Field(String jsonName, String javaName, TypeRef type, Kind kind, CodeBlock defaultValue, String constant,
            boolean nullable, boolean secret, Docs docs, String note) {}

    private static final String FROM_JSON = "buildFromJson";
    private static final String VALID = "isValid";

    private static final ClassName OBJECTS = ClassName.get(Objects.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);

    private final ClassName name;
    private final List<Field> fields;
    private final boolean json;
    private final boolean acceptsExtras;
    private final JavaTypes types;
    private final ClassName builder;
    /** For a JSON model, the conditions of its validity (see {@link #validity()}); none: nothing to check. */
    private final List<CodeBlock> validityChecks;

    /**
     * Prepares a class.
     *
     * @param name the class
     * @param fields its fields in order
     * @param json whether it is a JSON model (Jackson annotations, additional properties)
     * @param acceptsExtras for a JSON model, whether the document lets callers add undeclared properties
     * @param types the type mapping
     */
    ValueClass(ClassName name, List<Field> fields, boolean json, boolean acceptsExtras, JavaTypes types) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.json = json;
        this.acceptsExtras = acceptsExtras;
        this.types = types;
        this.builder = name.nestedClass("Builder");
        this.validityChecks = json ? collectValidityChecks() : List.of();
    }

    /** The class with everything but its own annotations, Javadoc and nested types. */
    TypeSpec.Builder write() {
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (name.enclosingClassName() != null) {
            type.addModifiers(Modifier.STATIC);
        } else {
            type.addAnnotation(RuntimeTypes.generated());
        }
        if (json) {
            type.superclass(RuntimeTypes.OBJECT_MODEL);
        }
        for (Field field : fields) {
            if (field.kind() != Kind.CONSTANT) {
                type.addField(field(field));
            }
        }
        if (hasChecks()) {
            type.addField(FieldSpec.builder(boolean.class, VALID, Modifier.PRIVATE, Modifier.FINAL).build());
        }
        type.addMethod(constructor());
        for (Field field : fields) {
            type.addMethod(accessor(field));
            if (json && isOptional(field)) {
                type.addMethod(rawAccessor(field));
            }
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A new, empty builder.\n\n@return a builder with nothing set\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this object's values, to derive a changed copy.\n\n"
                        + "@return a builder holding a copy of this object's values\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        if (json) {
            if (hasRequired()) {
                type.addMethod(checkRequired());
            }
            type.addMethod(validate());
            if (hasChecks()) {
                type.addMethod(MethodSpec.methodBuilder(VALID)
                        .addAnnotation(Override.class)
                        .addJavadoc("Whether {@link #validate()} passes, known since this object was made.\n\n"
                                + "@return {@code true} if every required property is present, here and in every model inside\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addStatement("return $N", VALID)
                        .build());
            }
        }
        type.addMethod(equalsMethod());
        type.addMethod(hashCodeMethod());
        type.addMethod(toStringMethod());
        type.addType(builderType());
        return type;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the class

    private FieldSpec field(Field field) {
        FieldSpec.Builder spec = FieldSpec.builder(storedType(field), field.javaName(), Modifier.PRIVATE, Modifier.FINAL);
        if (json) {
            spec.addAnnotation(jsonProperty(field.jsonName()));
        }
        return spec.build();
    }

    private MethodSpec constructor() {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        if (json) {
            constructor.addStatement("super(builder)");
        }
        for (Field field : fields) {
            if (field.kind() == Kind.CONSTANT) {
                continue;
            }
            CodeBlock value = CodeBlock.of("builder.$N", field.javaName());
            if (isCollection(field.type())) {
                value = CodeBlock.of("$T.copyOf($L)", RuntimeTypes.MODEL_CHECKS, value);
            }
            if (!json && field.kind() == Kind.REQUIRED) {
                value = requiredCheck(field, value);
            }
            constructor.addStatement("this.$N = $L", field.javaName(), value);
        }
        if (hasChecks()) {
            constructor.addStatement("this.$N = $L", VALID, validity());
        }
        return constructor.build();
    }

    private MethodSpec accessor(Field field) {
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(field.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n\n@return $L\n", javadoc(field), returnDoc(field));
        deprecate(accessor, field);
        switch (field.kind()) {
            case REQUIRED:
                CodeBlock value = json
                        ? CodeBlock.of("$T.present($N, $S, $S)", RuntimeTypes.MODEL_CHECKS, field.javaName(), name.simpleName(),
                                field.jsonName())
                        : CodeBlock.of("$N", field.javaName());
                return accessor.returns(types.unboxed(field.type())).addStatement("return $L", value).build();
            case DEFAULTED:
                return accessor.returns(types.unboxed(field.type()))
                        .addStatement("return $N != null ? $N : $L", field.javaName(), field.javaName(), field.defaultValue())
                        .build();
            case CONSTANT:
                if (json) {
                    accessor.addAnnotation(jsonProperty(field.jsonName()));
                }
                return accessor.returns(String.class).addStatement("return $S", field.constant()).build();
            default:
                return accessor.returns(ParameterizedTypeName.get(OPTIONAL, types.boxed(field.type())))
                        .addStatement("return $T.ofNullable($N)", OPTIONAL, field.javaName())
                        .build();
        }
    }

    /** {@code _name()}: whether an optional property was absent, {@code null}, or set. */
    private MethodSpec rawAccessor(Field field) {
        CodeBlock explicitNull = tracksNull(field)
                ? CodeBlock.of("isExplicitNull($S)", field.jsonName()) : CodeBlock.of("false");
        return MethodSpec.methodBuilder("_" + field.javaName())
                .addJavadoc("Whether {@code $L} was absent, JSON {@code null}, or a value ({@link #$N()} reads the last two alike).\n\n"
                        + "@return absent, {@code null} or the value\n", Javadocs.escape(field.jsonName()), field.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.JSON_FIELD, types.boxed(field.type())))
                .addStatement("return $T.of($N, $L)", RuntimeTypes.JSON_FIELD, field.javaName(), explicitNull)
                .build();
    }

    /** {@code checkRequired()}: the required values are there, as {@code build()} and {@code validate()} demand. */
    private MethodSpec checkRequired() {
        MethodSpec.Builder check = MethodSpec.methodBuilder("checkRequired").addModifiers(Modifier.PRIVATE).returns(name);
        for (Field field : fields) {
            if (field.kind() == Kind.REQUIRED || field.kind() == Kind.REQUIRED_NULLABLE) {
                check.addStatement("$L", requiredCheck(field, CodeBlock.of("$N", field.javaName())));
            }
        }
        return check.addStatement("return this").build();
    }

    /** {@code validate()}: this model's required values, then every model inside it. */
    private MethodSpec validate() {
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addJavadoc("Checks that every required property is present, here and in every model inside; an object read\n"
                        + "from JSON is not checked while it is read.\n\n@return this object\n"
                        + "@throws $T naming the first missing property and its path\n", RuntimeTypes.MODEL_VALIDATION_EXCEPTION)
                .addModifiers(Modifier.PUBLIC)
                .returns(name);
        if (!hasChecks()) {
            return validate.addStatement("return this").build();
        }
        validate.beginControlFlow("if ($N)", VALID).addStatement("return this").endControlFlow();
        if (hasRequired()) {
            validate.addStatement("checkRequired()");
        }
        for (Field field : modelHolders()) {
            validate.addStatement("$T.validate($N, $S)", RuntimeTypes.MODEL_CHECKS, field.javaName(), field.jsonName());
        }
        return validate.addStatement("return this").build();
    }

    /**
     * What {@code validate()} would decide, worked out in the constructor while the values are at hand (a response
     * is then checked without walking it again): the required values are there and the models inside are valid.
     */
    private CodeBlock validity() {
        return CodeBlock.join(validityChecks, "\n&& ");
    }

    /** The conditions {@link #validity()} joins: one per required value, one per value that may hold models. */
    private List<CodeBlock> collectValidityChecks() {
        List<CodeBlock> checks = new ArrayList<>();
        for (Field field : fields) {
            if (field.kind() == Kind.REQUIRED) {
                checks.add(CodeBlock.of("$N != null", field.javaName()));
            } else if (field.kind() == Kind.REQUIRED_NULLABLE) {
                checks.add(CodeBlock.of("($N != null || isExplicitNull($S))", field.javaName(), field.jsonName()));
            }
        }
        for (Field field : modelHolders()) {
            checks.add(CodeBlock.of("$T.valid($N)", RuntimeTypes.MODEL_CHECKS, field.javaName()));
        }
        return checks;
    }

    /** Whether {@code validate()} has anything to check: required properties or models inside. */
    private boolean hasChecks() {
        return !validityChecks.isEmpty();
    }

    /** The check of a required (or required but nullable) value, returning it. */
    private CodeBlock requiredCheck(Field field, CodeBlock value) {
        return field.kind() == Kind.REQUIRED
                ? CodeBlock.of("$T.required($L, $S, $S)", RuntimeTypes.MODEL_CHECKS, value, name.simpleName(), field.jsonName())
                : CodeBlock.of("$T.requiredOrNull($L, isExplicitNull($S), $S, $S)", RuntimeTypes.MODEL_CHECKS, value,
                        field.jsonName(), name.simpleName(), field.jsonName());
    }

    private boolean hasRequired() {
        return fields.stream().anyMatch(f -> f.kind() == Kind.REQUIRED || f.kind() == Kind.REQUIRED_NULLABLE);
    }

    private MethodSpec equalsMethod() {
        MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T))", name)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T that = ($T) other", name, name);
        List<CodeBlock> comparisons = new ArrayList<>();
        for (Field field : stored()) {
            String n = field.javaName();
            if (storedType(field).isPrimitive()) {
                comparisons.add(CodeBlock.of("$N == that.$N", n, n));
            } else if (JavaTypes.isArray(field.type())) {
                comparisons.add(CodeBlock.of("$T.equals($N, that.$N)", Arrays.class, n, n));
            } else {
                comparisons.add(CodeBlock.of("$T.equals($N, that.$N)", OBJECTS, n, n));
            }
        }
        if (json) {
            comparisons.add(CodeBlock.of("sameExtras(that)"));
        }
        return equals.addStatement("return $L", comparisons.isEmpty() ? CodeBlock.of("true")
                : CodeBlock.join(comparisons, "\n&& ")).build();
    }

    private MethodSpec hashCodeMethod() {
        List<CodeBlock> values = new ArrayList<>();
        for (Field field : stored()) {
            values.add(JavaTypes.isArray(field.type())
                    ? CodeBlock.of("$T.hashCode($N)", Arrays.class, field.javaName())
                    : CodeBlock.of("$N", field.javaName()));
        }
        if (json) {
            values.add(CodeBlock.of("extrasHashCode()"));
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", OBJECTS, CodeBlock.join(values, ", "))
                .build();
    }

    private MethodSpec toStringMethod() {
        List<CodeBlock> parts = new ArrayList<>();
        String separator = name.simpleName() + "{";
        for (Field field : stored()) {
            String label = separator + field.javaName() + "=";
            separator = ", ";
            if (field.secret()) {
                parts.add(CodeBlock.of("$S + ($N == null ? $S : $S)", label, field.javaName(), "null", "***"));
            } else if (JavaTypes.isArray(field.type())) {
                parts.add(CodeBlock.of("$S + $T.toString($N)", label, Arrays.class, field.javaName()));
            } else {
                parts.add(CodeBlock.of("$S + $N", label, field.javaName()));
            }
        }
        if (json) {
            parts.add(CodeBlock.of("$S + additionalProperties()", separator + "additionalProperties="));
        }
        CodeBlock body = parts.isEmpty()
                ? CodeBlock.of("$S", name.simpleName() + "{}")
                : CodeBlock.of("$L + $S", CodeBlock.join(parts, "\n+ "), "}");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", body)
                .build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the builder

    private TypeSpec builderType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds a {@link $T}; not thread-safe.\n", name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        if (json) {
            type.superclass(ParameterizedTypeName.get(RuntimeTypes.OBJECT_MODEL_BUILDER, builder));
            type.addAnnotation(RuntimeTypes.JSON_MODEL);
            type.addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_POJO_BUILDER).addMember("withPrefix", "$S", "")
                    .addMember("buildMethodName", "$S", FROM_JSON).build());
        }
        for (Field field : stored()) {
            FieldSpec.Builder stored = FieldSpec.builder(builderFieldType(field), field.javaName(), Modifier.PRIVATE);
            if (json && !tracksNull(field)) {
                // Jackson sets the field itself: a setter call by reflection allocates its arguments every time
                stored.addAnnotation(jsonProperty(field.jsonName()));
            }
            type.addField(stored.build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(name, "source");
        if (json) {
            copy.addStatement("super(source)");
        }
        for (Field field : stored()) {
            // the object's lists and maps are unmodifiable: the builder copies one only if it adds to it
            copy.addStatement("this.$N = source.$N", field.javaName(), field.javaName());
        }
        type.addMethod(copy.build());
        for (Field field : fields) {
            setters(field).forEach(type::addMethod);
        }
        if (acceptsExtras) {
            // every builder keeps what a server sends beyond the document; only these let callers add to it
            type.addMethod(MethodSpec.methodBuilder("putAdditionalProperty")
                    .addJavadoc("Adds a property the document does not declare; it is sent as given.\n\n"
                            + "@param name the JSON property name\n@param value its value\n@return this builder\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "name")
                    .addParameter(RuntimeTypes.JSON_VALUE, "value")
                    .addStatement("return super.putAdditionalProperty(name, value)")
                    .build());
        }
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("The finished object.\n\n@return the object\n@throws IllegalStateException if a required value was not set\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(name);
        if (json && hasRequired()) {
            build.addStatement("return new $T(this).checkRequired()", name);
        } else {
            build.addStatement("return new $T(this)", name);
        }
        type.addMethod(build.build());
        if (json) {
            type.addMethod(MethodSpec.methodBuilder(FROM_JSON)
                    .addJavadoc("The object as read from JSON: required values are checked when it is validated, not here.\n")
                    .addModifiers(Modifier.PRIVATE)
                    .returns(name)
                    .addStatement("return new $T(this)", name)
                    .build());
        }
        return type.build();
    }

    private List<MethodSpec> setters(Field field) {
        String n = field.javaName();
        List<MethodSpec> setters = new ArrayList<>();
        if (field.kind() == Kind.CONSTANT) {
            if (json) {
                setters.add(MethodSpec.methodBuilder(n)
                        .addJavadoc("Checks the fixed value when reading JSON.\n")
                        .addAnnotation(jsonProperty(field.jsonName()))
                        .addModifiers(Modifier.PRIVATE)
                        .returns(builder)
                        .addParameter(String.class, n)
                        .addStatement("$T.constant($N, $S, $S, $S)", RuntimeTypes.MODEL_CHECKS, n, field.constant(),
                                name.simpleName(), field.jsonName())
                        .addStatement("return this")
                        .build());
            }
            return setters;
        }
        boolean required = field.kind() == Kind.REQUIRED;
        boolean tracked = tracksNull(field);
        TypeName parameterType = required ? types.unboxed(field.type()) : types.boxed(field.type());
        String nullNote = required ? "" : tracked ? "\n\n<p>{@code null} sends JSON {@code null}." : "\n\n<p>{@code null} leaves it unset.";
        if (isCollection(field.type())) {
            nullNote += (nullNote.isEmpty() ? "\n\n<p>" : " ") + "The builder keeps the collection given and copies it when it builds.";
        }
        MethodSpec.Builder main = setter(field, n)
                .addParameter(parameterType, n)
                .addJavadoc("$L$L\n\n@param $N the value\n@return this builder\n", javadoc(field), nullNote, n);
        main.addStatement("this.$N = $N", n, n);
        if (tracked) {
            main.addStatement("markNull($S, $N == null)", field.jsonName(), n)
                    .addAnnotation(jsonProperty(field.jsonName())); // JSON null must reach markNull
        }
        setters.add(main.addStatement("return this").build());
        if (!required) {
            MethodSpec.Builder optional = setter(field, n)
                    .addJavadoc("Sets {@link #$N($T)} from an {@code Optional}: empty leaves it unset.\n\n"
                            + "@param $N the value, if any\n@return this builder\n", n, parameterType, n)
                    .addParameter(ParameterizedTypeName.get(OPTIONAL, types.boxed(field.type())), n);
            if (tracked) {
                optional.addStatement("$N($N.orElse(null))", n, n)
                        .addStatement("markNull($S, false)", field.jsonName())
                        .addStatement("return this");
            } else {
                optional.addStatement("return $N($N.orElse(null))", n, n);
            }
            setters.add(optional.build());
        }
        TypeName primitive = types.unboxed(field.type());
        if (!required && (primitive.equals(TypeName.LONG) || primitive.equals(TypeName.DOUBLE))) {
            // limit(2) and timeout(30) do not compile against limit(Long) and timeout(Double) alone
            setters.add(setter(field, n)
                    .addJavadoc("Sets {@link #$N($T)} from a primitive, so that a plain number literal fits.\n\n"
                            + "@param $N the value\n@return this builder\n", n, parameterType, n)
                    .addParameter(primitive, n)
                    .addStatement("return $N($T.valueOf($N))", n, parameterType, n)
                    .build());
        }
        if (field.type() instanceof TypeRef.ListOf list) {
            String element = Naming.memberName(Naming.singular(n));
            element = element.equals(n) ? n + "Item" : element;
            setters.add(setter(field, "add" + Naming.pascal(element))
                    .addJavadoc("Adds one element to {@link #$N($T)}.\n\n@param $N the element\n@return this builder\n",
                            n, parameterType, element)
                    .addParameter(types.boxed(list.element()), element)
                    .addStatement("this.$N = $T.growable(this.$N)", n, RuntimeTypes.MODEL_CHECKS, n)
                    .addStatement("this.$N.add($T.requireNonNull($N, $S))", n, OBJECTS, element, element)
                    .addStatement("return this")
                    .build());
        }
        if (field.type() instanceof TypeRef.MapOf map) {
            String entry = Naming.singular(Naming.pascal(n));
            setters.add(setter(field, "put" + entry)
                    .addJavadoc("Adds one entry to {@link #$N($T)}.\n\n@param key the key\n@param value the value\n"
                            + "@return this builder\n", n, parameterType)
                    .addParameter(String.class, "key")
                    .addParameter(types.boxed(map.value()), "value")
                    .addStatement("this.$N = $T.growable(this.$N)", n, RuntimeTypes.MODEL_CHECKS, n)
                    .addStatement("this.$N.put($T.requireNonNull(key, $S), value)", n, OBJECTS, "key")
                    .addStatement("return this")
                    .build());
        }
        return setters;
    }

    private MethodSpec.Builder setter(Field field, String methodName) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(methodName).addModifiers(Modifier.PUBLIC).returns(builder);
        deprecate(setter, field);
        return setter;
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    /** Whether this model keeps explicit nulls apart from absent properties: a JSON model with nullable properties. */
    private boolean tracksNulls() {
        return json && fields.stream().anyMatch(f -> f.nullable() && f.kind() != Kind.REQUIRED && f.kind() != Kind.CONSTANT);
    }

    /** Whether a field keeps an explicit {@code null} apart from absence (its setter then marks it). */
    private boolean tracksNull(Field field) {
        return tracksNulls() && field.nullable();
    }

    private static boolean isOptional(Field field) {
        return field.kind() == Kind.OPTIONAL || field.kind() == Kind.DEFAULTED || field.kind() == Kind.REQUIRED_NULLABLE;
    }

    private List<Field> stored() {
        return fields.stream().filter(f -> f.kind() != Kind.CONSTANT).toList();
    }

    /** The stored values validation looks into: those that may hold models or unions. */
    private List<Field> modelHolders() {
        return stored().stream().filter(f -> types.mayHoldModels(f.type())).toList();
    }

    /** JSON models keep required values boxed: a model read from JSON without checking may lack them. */
    private TypeName storedType(Field field) {
        return field.kind() == Kind.REQUIRED && !json ? types.unboxed(field.type()) : types.boxed(field.type());
    }

    private TypeName builderFieldType(Field field) {
        return types.boxed(field.type());
    }

    private static boolean isCollection(TypeRef type) {
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
    }

    private static AnnotationSpec jsonProperty(String jsonName) {
        return AnnotationSpec.builder(RuntimeTypes.JSON_PROPERTY).addMember("value", "$S", jsonName).build();
    }

    private static void deprecate(MethodSpec.Builder method, Field field) {
        if (field.docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
    }

    /** What an accessor's {@code @return} says. */
    private static String returnDoc(Field field) {
        String value = "the {@code " + Javadocs.escape(field.jsonName()) + "} value";
        return switch (field.kind()) {
            case REQUIRED -> value;
            case DEFAULTED -> value + ", or its default when it was not given";
            case CONSTANT -> "{@code \"" + Javadocs.escape(field.constant()) + "\"}";
            default -> value + ", or empty when it is absent or {@code null}";
        };
    }

    private static String javadoc(Field field) {
        String text = Javadocs.of(field.docs(), "The {@code " + Javadocs.escape(field.jsonName()) + "} value.");
        List<String> extra = new ArrayList<>();
        if (!field.note().isEmpty()) {
            extra.add(field.note());
        }
        if (field.kind() == Kind.CONSTANT) {
            extra.add("Always {@code \"" + Javadocs.escape(field.constant()) + "\"}.");
        }
        return extra.isEmpty() ? text : text + "\n\n<p>" + String.join(" ", extra);
    }
}
