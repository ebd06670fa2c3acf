package dev.parallel4j.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.UnionDef.JsonKind;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a union as a sealed interface. Object variants are the models themselves (they implement it); other
 * values are nested records ({@code OfString}, {@code OfCitationList}, ...); JSON matching no variant is kept in
 * the nested {@code Unknown}. Callers can use {@code instanceof}/{@code switch} patterns, the {@code isX()}/{@code
 * asX()} methods, or {@code accept(Visitor)}. A nested {@code Deserializer} hands Jackson the variant table.
 */
final class UnionEmitter {
    private static final TypeVariableName R = TypeVariableName.get("R");

    private final JavaTypes types;

    UnionEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(UnionDef def) {
        ClassName name = types.className(def.name());
        ClassName unknown = name.nestedClass("Unknown");
        ClassName visitor = name.nestedClass("Visitor");
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("$L\n\n<p>$L\n", Javadocs.of(def.docs(), "One of several shapes of value."), shapes(def));
        if (def.name().isNested()) {
            type.addModifiers(Modifier.STATIC);
        } else {
            type.addAnnotation(RuntimeTypes.generated());
        }
        type.addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_DESERIALIZE)
                        .addMember("using", "$T.class", name.nestedClass("Deserializer"))
                        .build());
        type.addSuperinterface(RuntimeTypes.VALIDATABLE);
        CodeBlock.Builder validate = CodeBlock.builder();
        TypeSpec.Builder visitorType = TypeSpec.interfaceBuilder(visitor)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(R)
                .addJavadoc("Handles each variant of {@link $T}.\n\n@param <R> the result of a visit\n", name);
        CodeBlock.Builder accept = CodeBlock.builder();
        for (Variant variant : def.variants()) {
            TypeName valueType = valueType(variant);
            ClassName variantClass = variantClass(name, variant);
            type.addPermittedSubclass(variantClass);
            type.addMethod(MethodSpec.methodBuilder("is" + variant.label())
                    .addJavadoc("Whether this is the {@code $L} variant.\n\n@return {@code true} if it is\n", variant.label())
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(boolean.class)
                    .addStatement("return this instanceof $T", variantClass)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("as" + variant.label())
                    .addJavadoc("This as the {@code $L} variant.\n\n@return the variant's value\n"
                            + "@throws IllegalStateException if it is another variant\n", variant.label())
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(valueType)
                    .beginControlFlow("if (this instanceof $T value)", variantClass)
                    .addStatement("return $L", variant.isWrapped() ? "value.value()" : "value")
                    .endControlFlow()
                    .addStatement("throw new $T($S + this)", IllegalStateException.class, "Not the " + variant.label() + " variant: ")
                    .build());
            visitorType.addMethod(MethodSpec.methodBuilder("visit" + variant.label())
                    .addJavadoc("Handles the {@code $L} variant.\n\n@param value the value\n@return the result\n", variant.label())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(R)
                    .addParameter(valueType, "value")
                    .build());
            accept.beginControlFlow("if (this instanceof $T value)", variantClass)
                    .addStatement("return visitor.visit$L($L)", variant.label(), variant.isWrapped() ? "value.value()" : "value")
                    .endControlFlow();
            if (variant.isWrapped() && types.mayHoldModels(variant.type())) {
                validate.beginControlFlow("if (this instanceof $T value)", variantClass)
                        .addStatement("$T.validate(value.value())", RuntimeTypes.MODEL_CHECKS)
                        .endControlFlow();
            }
            if (variant.isWrapped()) {
                type.addType(wrapper(name, variantClass, variant, valueType));
                type.addMethod(MethodSpec.methodBuilder("of" + variant.label())
                        .addJavadoc("The {@code $L} variant holding a value.\n\n@param value the value\n@return the union\n",
                                variant.label())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addParameter(valueType, "value")
                        .addStatement("return new $T(value)", variantClass)
                        .build());
            }
        }
        type.addPermittedSubclass(unknown);
        type.addMethod(MethodSpec.methodBuilder("isUnknown")
                .addJavadoc("Whether the JSON matched no variant the document describes (kept in {@link $T}).\n\n"
                        + "@return {@code true} if it matched none\n", unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(boolean.class)
                .addStatement("return this instanceof $T", unknown)
                .build());
        type.addMethod(MethodSpec.methodBuilder("asUnknown")
                .addJavadoc("The JSON of a value that matched no variant, as received.\n\n"
                        + "@return the JSON\n@throws IllegalStateException if it matched a variant\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(RuntimeTypes.JSON_VALUE)
                .beginControlFlow("if (this instanceof $T value)", unknown)
                .addStatement("return value.json()")
                .endControlFlow()
                .addStatement("throw new $T($S + this)", IllegalStateException.class, "Not an unknown value: ")
                .build());
        visitorType.addMethod(MethodSpec.methodBuilder("visitUnknown")
                .addJavadoc("Handles JSON that matched no variant; by default fails.\n\n@param json the JSON as received\n"
                        + "@return the result\n@throws IllegalStateException unless overridden\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(R)
                .addParameter(RuntimeTypes.JSON_VALUE, "json")
                .addStatement("throw new $T($S + json)", IllegalStateException.class, "Unknown " + name.simpleName() + ": ")
                .build());
        accept.addStatement("return visitor.visitUnknown((($T) this).json())", unknown);
        type.addMethod(MethodSpec.methodBuilder("accept")
                .addJavadoc("Calls the visitor's method for this variant.\n\n@param visitor the visitor\n@param <R> its result\n"
                        + "@return what the visitor returned\n")
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addTypeVariable(R)
                .returns(R)
                .addParameter(ParameterizedTypeName.get(visitor, R), "visitor")
                .addCode(accept.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("validate")
                .addAnnotation(Override.class)
                .addJavadoc("Checks the variant's value as its own {@code validate()} does; an unknown value passes.\n\n"
                        + "@return this value\n@throws $T naming the first missing property and its path\n",
                        RuntimeTypes.MODEL_VALIDATION_EXCEPTION)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(name)
                .addCode(validate.build())
                .addStatement("return this")
                .build());
        type.addType(visitorType.build());
        type.addType(unknownType(name, unknown));
        type.addType(deserializer(def, name, unknown));
        return type.build();
    }

    private String shapes(UnionDef def) {
        String variants = def.variants().stream()
                .map(v -> v.isWrapped() ? "{@link " + v.wrapper() + "}" : "{@link " + types.className(((TypeRef.Named) v.type()).name()).simpleName() + "}")
                .collect(Collectors.joining(", "));
        String dispatch = def.discriminator() != null
                ? "The {@code " + Javadocs.escape(def.discriminator()) + "} property tells which one a JSON object is."
                : "JSON is matched to a variant by its shape.";
        return "One of: " + (variants.isEmpty() ? "(none declared)" : variants) + ", or {@link Unknown}. " + dispatch;
    }

    private TypeSpec wrapper(ClassName union, ClassName wrapper, Variant variant, TypeName valueType) {
        return TypeSpec.recordBuilder(wrapper)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The {@code $L} variant of {@link $T}.\n\n@param value the value\n", variant.label(), union)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(valueType, "value").build())
                        .build())
                .addSuperinterface(union)
                .addMethods(valueType.isPrimitive() ? List.of() : List.of(requireNonNull("value")))
                .addMethod(MethodSpec.methodBuilder("value")
                        .addJavadoc("The value, written as the whole JSON of the union.\n\n@return the value\n")
                        .addAnnotation(RuntimeTypes.JSON_VALUE_ANNOTATION)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(valueType)
                        .addStatement("return value")
                        .build())
                .build();
    }

    /** A compact record constructor rejecting {@code null} for a component. */
    private static MethodSpec requireNonNull(String component) {
        return MethodSpec.compactConstructorBuilder()
                .addJavadoc("Rejects {@code null}.\n\n@param $N the $N, not {@code null}\n", component, component)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, component, component)
                .build();
    }

    private static TypeSpec unknownType(ClassName union, ClassName unknown) {
        return TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("JSON that matched no variant of {@link $T}, kept as received.\n\n@param json the JSON\n", union)
                .recordConstructor(MethodSpec.constructorBuilder().addParameter(RuntimeTypes.JSON_VALUE, "json").build())
                .addSuperinterface(union)
                .addMethod(requireNonNull("json"))
                .addMethod(MethodSpec.methodBuilder("json")
                        .addJavadoc("The JSON as received; written back unchanged.\n\n@return the JSON\n")
                        .addAnnotation(RuntimeTypes.JSON_VALUE_ANNOTATION)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.JSON_VALUE)
                        .addStatement("return json")
                        .build())
                .build();
    }

    private TypeSpec deserializer(UnionDef def, ClassName union, ClassName unknown) {
        ClassName deserializer = union.nestedClass("Deserializer");
        CodeBlock.Builder spec = CodeBlock.builder().add("$T.builder($T.class)", RuntimeTypes.UNION_SPEC, union).indent();
        if (def.discriminator() != null) {
            spec.add("\n.discriminator($S)", def.discriminator());
            def.mapping().forEach((value, model) -> spec.add("\n.mapping($S, $T.class)", value, types.className(model)));
        }
        for (Variant variant : def.variants()) {
            if (!variant.isWrapped()) {
                spec.add("\n.object($T.class, $L, $L, $L", types.className(((TypeRef.Named) variant.type()).name()),
                        setOf(variant.required()), setOf(variant.properties()), mapOf(variant.constants()));
                spec.add(variant.defaulted().isEmpty() ? CodeBlock.of(")") : CodeBlock.of(", $L)", setOf(variant.defaulted())));
            } else if (variant.kind() == JsonKind.OBJECT) {
                spec.add("\n.wrappedObject(new $T<$T>() {}, $T::new)", RuntimeTypes.TYPE_REFERENCE, types.boxed(variant.type()),
                        union.nestedClass(variant.wrapper()));
            } else {
                spec.add("\n.kind($T.$L, $L, $T::new)", RuntimeTypes.UNION_KIND, variant.kind().name(),
                        typeToken(variant.type()), union.nestedClass(variant.wrapper()));
            }
        }
        spec.add("\n.unknown($T::new)\n.build()", unknown).unindent();
        TypeName specType = ParameterizedTypeName.get(RuntimeTypes.UNION_SPEC, union);
        return TypeSpec.classBuilder(deserializer)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.UNION_DESERIALIZER, union))
                .addJavadoc("Reads {@link $T} from JSON; Jackson uses it through the annotation on the interface.\n", union)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(FieldSpec.builder(specType, "SPEC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(spec.build()).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the deserializer.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(SPEC)")
                        .build())
                .build();
    }

    /** {@code String.class} for a plain type, a {@code TypeReference} for a generic one. */
    private CodeBlock typeToken(TypeRef type) {
        TypeName boxed = types.boxed(type);
        return boxed instanceof ParameterizedTypeName
                ? CodeBlock.of("new $T<$T>() {}", RuntimeTypes.TYPE_REFERENCE, boxed)
                : CodeBlock.of("$T.class", boxed);
    }

    private TypeName valueType(Variant variant) {
        return variant.isWrapped() ? types.unboxed(variant.type()) : types.boxed(variant.type());
    }

    private ClassName variantClass(ClassName union, Variant variant) {
        return variant.isWrapped() ? union.nestedClass(variant.wrapper()) : types.className(((TypeRef.Named) variant.type()).name());
    }

    private static CodeBlock setOf(Set<String> values) {
        return CodeBlock.of("$T.of($L)", Set.class,
                CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "));
    }

    private static CodeBlock mapOf(Map<String, String> values) {
        return CodeBlock.of("$T.of($L)", Map.class, CodeBlock.join(values.entrySet().stream()
                .map(e -> CodeBlock.of("$S, $S", e.getKey(), e.getValue())).toList(), ", "));
    }
}
