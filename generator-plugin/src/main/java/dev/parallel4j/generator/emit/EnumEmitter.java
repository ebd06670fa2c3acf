package dev.parallel4j.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.EnumDef;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes an open enum: a final class extending the runtime's {@code OpenEnum}, one constant per known value, an
 * {@code of(String)} factory that keeps unknown values, and a nested Java {@code enum Value} for {@code switch}
 * ({@code Known} in an enum that is itself named {@code Value} or nested in a {@code Value}).
 */
final class EnumEmitter {
    private final JavaTypes types;

    EnumEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(EnumDef def) {
        ClassName name = types.className(def.name());
        ClassName value = name.nestedClass(valueEnumName(def));
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.OPEN_ENUM, value))
                .addJavadoc("$L\n\n<p>An open enum: besides the constants below it holds any other value the server sends, "
                        + "verbatim.\n", Javadocs.of(def.docs(), "One of a set of string values."));
        if (def.name().isNested()) {
            type.addModifiers(Modifier.STATIC);
        } else {
            type.addAnnotation(RuntimeTypes.generated());
        }
        TypeSpec.Builder values = TypeSpec.enumBuilder(value)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The known values, for {@code switch}; {@code _UNKNOWN} stands for any other.\n");
        for (EnumDef.Constant constant : def.constants()) {
            type.addField(FieldSpec.builder(name, constant.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}\n", Javadocs.escape(constant.value()))
                    .initializer("new $T($S, $T.$N)", name, constant.value(), value, constant.javaName())
                    .build());
            values.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("{@code $L}\n", Javadocs.escape(constant.value()))
                    .build());
        }
        values.addEnumConstant("_UNKNOWN", TypeSpec.anonymousClassBuilder("").addJavadoc("Any value not listed above.\n").build());
        CodeBlock constants = CodeBlock.join(def.constants().stream().map(c -> CodeBlock.of("$N", c.javaName())).toList(), ", ");
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), name),
                        "byValue", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("index($L)", constants)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "text")
                .addParameter(value, "value")
                .addStatement("super(text, value)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("The value for a string: one of the constants, or a new value kept verbatim.\n\n"
                        + "@param text the value as JSON spells it\n@return the constant, or an unknown value holding the text\n")
                .addAnnotation(RuntimeTypes.JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "text")
                .addStatement("$T known = byValue.get($T.requireNonNull(text, $S))", name, Objects.class, "text")
                .addStatement("return known != null ? known : new $T(text, $T._UNKNOWN)", name, value)
                .build());
        type.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc("The known values, in the document's order.\n\n@return the constants\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), name))
                .addStatement("return $T.of($L)", List.class, constants)
                .build());
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return value() != $T._UNKNOWN", value)
                .build());
        type.addType(values.build());
        return type.build();
    }

    /**
     * The name of the nested Java {@code enum}: {@code Value}, unless the enum or a type enclosing it is itself
     * called {@code Value} (an inline enum of a {@code value} property, or of a union branch), which Java forbids
     * for a nested type; then {@code Known}.
     */
    private static String valueEnumName(EnumDef def) {
        String name = "Value";
        for (int n = 1; def.name().simpleNames().contains(name); n++) {
            name = n == 1 ? "Known" : "Known" + n;
        }
        return name;
    }
}
