package dev.parallel4j.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes an object model: an immutable class with a builder (see {@link ValueClass}), read from JSON through its
 * builder, implementing the unions it is a variant of.
 */
final class ModelEmitter {
    private final JavaTypes types;
    private final PropertyAccess access;

    ModelEmitter(JavaTypes types, DefaultValues defaults) {
        this.types = types;
        this.access = new PropertyAccess(defaults);
    }

    TypeSpec.Builder emit(ObjectDef def) {
        ClassName name = types.className(def.name());
        List<ValueClass.Field> fields = new ArrayList<>();
        for (PropertyDef property : def.properties()) {
            fields.add(field(property));
        }
        TypeSpec.Builder type = new ValueClass(name, fields, true, def.additionalProperties() != null, types).write()
                .addJavadoc("$L\n", Javadocs.of(def.docs(), "The {@code " + def.name().simpleName() + "} object."))
                .addAnnotation(RuntimeTypes.JSON_MODEL)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_DESERIALIZE)
                        .addMember("builder", "$T.class", name.nestedClass("Builder"))
                        .build());
        if (!def.properties().isEmpty()) {
            AnnotationSpec.Builder order = AnnotationSpec.builder(RuntimeTypes.JSON_PROPERTY_ORDER);
            def.properties().forEach(p -> order.addMember("value", "$S", p.jsonName()));
            type.addAnnotation(order.build());
        }
        for (dev.parallel4j.generator.ir.TypeName union : def.unions()) {
            type.addSuperinterface(types.className(union));
        }
        inheritedClashes(def).forEach(type::addMethod);
        return type;
    }

    private ValueClass.Field field(PropertyDef p) {
        String note = Javadocs.constraints(p.constraints());
        CodeBlock defaultValue = access.defaultValue(p);
        if (defaultValue != null) {
            String defaultNote = "Defaults to {@code " + Javadocs.escape(DefaultValues.json(p.defaultValue())) + "} when not set.";
            note = note.isEmpty() ? defaultNote : note + " " + defaultNote;
        }
        return new ValueClass.Field(p.jsonName(), p.javaName(), p.type(), access.kind(p), defaultValue, p.constant(),
                p.nullable(), p.secret(), p.docs(), note);
    }

    /**
     * A model in several unions inherits their {@code isX()}/{@code asX()}/{@code isUnknown()} defaults; where two
     * unions define the same method, Java needs the model to choose, so it answers for itself.
     */
    private List<MethodSpec> inheritedClashes(ObjectDef def) {
        if (def.unions().size() < 2) {
            return List.of();
        }
        Map<String, Variant> byMethod = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (dev.parallel4j.generator.ir.TypeName unionName : def.unions()) {
            UnionDef union = (UnionDef) types.definition(unionName);
            counts.merge("isUnknown", 1, Integer::sum);
            for (Variant variant : union.variants()) {
                byMethod.putIfAbsent(variant.label(), variant);
                counts.merge("is" + variant.label(), 1, Integer::sum);
            }
        }
        List<MethodSpec> methods = new ArrayList<>();
        if (counts.get("isUnknown") > 1) {
            methods.add(isMethod("isUnknown", false));
            methods.add(MethodSpec.methodBuilder("asUnknown")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeTypes.JSON_VALUE)
                    .addStatement("throw new $T($S + this)", IllegalStateException.class, "Not an unknown value: ")
                    .build());
        }
        for (Variant variant : byMethod.values()) {
            if (counts.get("is" + variant.label()) < 2) {
                continue;
            }
            boolean self = !variant.isWrapped() && ((TypeRef.Named) variant.type()).name().equals(def.name());
            methods.add(isMethod("is" + variant.label(), self));
            TypeName valueType = variant.isWrapped() ? types.unboxed(variant.type()) : types.boxed(variant.type());
            MethodSpec.Builder as = MethodSpec.methodBuilder("as" + variant.label())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(valueType);
            if (self) {
                as.addStatement("return this");
            } else {
                as.addStatement("throw new $T($S + this)", IllegalStateException.class, "Not the " + variant.label() + " variant: ");
            }
            methods.add(as.build());
        }
        return methods;
    }

    private static MethodSpec isMethod(String name, boolean value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return $L", value)
                .build();
    }
}
