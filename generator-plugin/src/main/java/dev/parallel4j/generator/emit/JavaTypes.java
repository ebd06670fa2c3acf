package dev.parallel4j.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeRef;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Maps the API model's types to JavaPoet types, given the package of the generated models and their definitions. */
final class JavaTypes {
    private final String modelPackage;
    private final Function<dev.parallel4j.generator.ir.TypeName, TypeDef> definitions;

    JavaTypes(String modelPackage, Function<dev.parallel4j.generator.ir.TypeName, TypeDef> definitions) {
        this.modelPackage = modelPackage;
        this.definitions = definitions;
    }

    /** The class of a generated type. */
    ClassName className(dev.parallel4j.generator.ir.TypeName name) {
        List<String> names = name.simpleNames();
        return ClassName.get(modelPackage, names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    /** The type as a reference type (boxed), fit for generics and nullable fields. */
    TypeName boxed(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind()).box();
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), boxed(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), boxed(map.value()));
        }
        if (type instanceof TypeRef.Named named) {
            return className(named.name());
        }
        return RuntimeTypes.JSON_VALUE;
    }

    /** The type with primitives unboxed, for values that are never {@code null}. */
    TypeName unboxed(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar ? scalar(scalar.kind()) : boxed(type);
    }

    /** Whether a value of this type is a Java primitive when never {@code null}. */
    static boolean isPrimitive(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && scalar(scalar.kind()).isPrimitive();
    }

    /** Whether values of this type are Java arrays, compared with {@code Arrays.equals}. */
    static boolean isArray(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.BYTES;
    }

    private static TypeName scalar(TypeRef.ScalarKind kind) {
        switch (kind) {
            case INT32:
                return TypeName.INT;
            case INT64:
                return TypeName.LONG;
            case FLOAT:
                return TypeName.FLOAT;
            case DOUBLE:
                return TypeName.DOUBLE;
            case BOOLEAN:
                return TypeName.BOOLEAN;
            case DATE_TIME:
                return ClassName.get(OffsetDateTime.class);
            case DATE:
                return ClassName.get(LocalDate.class);
            case UUID:
                return ClassName.get(UUID.class);
            case URI:
                return ClassName.get(URI.class);
            case BYTES:
                return ArrayTypeName.of(TypeName.BYTE);
            case FILE:
                return RuntimeTypes.FILE_UPLOAD;
            default:
                return ClassName.get(String.class);
        }
    }

    /** Whether values of a type can contain generated models or unions, which validation looks into. */
    boolean mayHoldModels(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return mayHoldModels(list.element());
        }
        if (type instanceof TypeRef.MapOf map) {
            return mayHoldModels(map.value());
        }
        return type instanceof TypeRef.Named && !isEnum(type);
    }

    /** Whether the type is a generated enum. */
    boolean isEnum(TypeRef type) {
        return type instanceof TypeRef.Named named && definition(named.name()) instanceof EnumDef;
    }

    /** The definition of a generated type. */
    TypeDef definition(dev.parallel4j.generator.ir.TypeName name) {
        return definitions.apply(name);
    }
}
