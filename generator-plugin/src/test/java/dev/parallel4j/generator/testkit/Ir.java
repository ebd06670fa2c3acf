package dev.parallel4j.generator.testkit;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.UnionDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/** Finds things in an API model by the names a reader of the generated code would use. */
public final class Ir {
    private Ir() {}

    /** Every type, top-level and nested, depth first. */
    public static List<TypeDef> allTypes(ApiModel model) {
        List<TypeDef> all = new ArrayList<>();
        model.types().forEach(type -> collect(type, all));
        return all;
    }

    private static void collect(TypeDef type, List<TypeDef> all) {
        all.add(type);
        type.nested().forEach(nested -> collect(nested, all));
    }

    /** The names of every type in dotted form, e.g. {@code FindAllRun.Generator}. */
    public static List<String> typeNames(ApiModel model) {
        return allTypes(model).stream().map(type -> type.name().toString()).toList();
    }

    /** A type by dotted name. */
    public static TypeDef type(ApiModel model, String dotted) {
        TypeName name = name(dotted);
        return allTypes(model).stream().filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no type " + dotted + " in " + typeNames(model)));
    }

    /** An object model by dotted name. */
    public static ObjectDef object(ApiModel model, String dotted) {
        return (ObjectDef) type(model, dotted);
    }

    /** An enum by dotted name. */
    public static EnumDef enumType(ApiModel model, String dotted) {
        return (EnumDef) type(model, dotted);
    }

    /** A union by dotted name. */
    public static UnionDef union(ApiModel model, String dotted) {
        return (UnionDef) type(model, dotted);
    }

    /** A property by its JSON name. */
    public static PropertyDef property(ObjectDef object, String jsonName) {
        return object.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no property " + jsonName + " in " + object.name()));
    }

    /** A service by its accessor. */
    public static ServiceDef service(ApiModel model, String accessor) {
        return model.services().stream().filter(s -> s.accessor().equals(accessor)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no service " + accessor + " in "
                        + model.services().stream().map(ServiceDef::accessor).toList()));
    }

    /** An operation by method name. */
    public static OperationDef operation(ServiceDef service, String methodName) {
        return service.operations().stream().filter(o -> o.methodName().equals(methodName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no method " + methodName + " in "
                        + service.operations().stream().map(OperationDef::methodName).toList()));
    }

    /** A parameter by its name on the wire. */
    public static ParameterDef parameter(OperationDef operation, String wireName) {
        return operation.parameters().stream().filter(p -> p.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no parameter " + wireName + " in " + operation.methodName()));
    }

    /** The type name for a dotted name. */
    public static TypeName name(String dotted) {
        return new TypeName(Arrays.asList(dotted.split("\\.")));
    }

    /** A reference to a generated type by dotted name. */
    public static TypeRef named(String dotted) {
        return new TypeRef.Named(name(dotted));
    }

    /** A built-in type. */
    public static TypeRef scalar(TypeRef.ScalarKind kind) {
        return TypeRef.scalar(kind);
    }
}
