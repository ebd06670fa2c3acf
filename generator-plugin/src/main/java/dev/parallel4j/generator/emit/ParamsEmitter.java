package dev.parallel4j.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.ParameterDef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the class holding an operation's query, header and cookie parameters: immutable, with a builder, and a
 * shared empty instance {@code none()} when none of them is required.
 */
final class ParamsEmitter {
    private final JavaTypes types;

    ParamsEmitter(JavaTypes types) {
        this.types = types;
    }

    TypeSpec emit(ClassName name, OperationDef operation) {
        List<ValueClass.Field> fields = new ArrayList<>();
        for (ParameterDef p : operation.otherParameters()) {
            String note = p.extendsDefault() && p.defaultValue() != null
                    ? "The client always sends {@code " + Javadocs.escape(String.valueOf(p.defaultValue()))
                            + "} too; values set here are added to it."
                    : "";
            fields.add(new ValueClass.Field(p.wireName(), p.javaName(), p.type(),
                    p.required() ? ValueClass.Kind.REQUIRED : ValueClass.Kind.OPTIONAL, null, null, false, false, p.docs(), note));
        }
        TypeSpec.Builder type = new ValueClass(name, fields, false, false, types).write()
                .addJavadoc("The query, header and cookie parameters of {@code $L $L}.\n", operation.httpMethod(),
                        Javadocs.escape(operation.path()));
        if (operation.otherParameters().stream().noneMatch(ParameterDef::required)) {
            type.addField(FieldSpec.builder(name, "NONE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("builder().build()")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("none")
                    .addJavadoc("No parameters set: the server's defaults apply.\n\n@return the empty parameters\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(name)
                    .addStatement("return NONE")
                    .build());
        }
        return type.build();
    }
}
