package dev.parallel4j.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a document's default value as a Java expression of the property's type, or gives up ({@code null}) when
 * the value does not fit the type or has no short literal form (non-empty maps, objects).
 */
final class DefaultValues {
    private final JavaTypes types;

    DefaultValues(JavaTypes types) {
        this.types = types;
    }

    /** A default as the document writes it, for Javadoc: {@code core}, {@code 100}, {@code []}. */
    static String json(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(DefaultValues::json).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "{}" : map.toString();
        }
        return String.valueOf(value);
    }

    /** The expression, or {@code null} when there is none. */
    CodeBlock of(TypeRef type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar(scalar.kind(), value);
        }
        if (type instanceof TypeRef.ListOf list && value instanceof List<?> values) {
            if (values.isEmpty()) {
                return CodeBlock.of("$T.of()", List.class);
            }
            CodeBlock[] elements = new CodeBlock[values.size()];
            for (int i = 0; i < values.size(); i++) {
                elements[i] = of(list.element(), values.get(i));
                if (elements[i] == null) {
                    return null;
                }
            }
            return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(List.of(elements), ", "));
        }
        if (type instanceof TypeRef.MapOf && value instanceof Map<?, ?> map && map.isEmpty()) {
            return CodeBlock.of("$T.of()", Map.class);
        }
        if (type instanceof TypeRef.Named named && value instanceof String text
                && types.definition(named.name()) instanceof EnumDef enumDef) {
            return enumDef.constants().stream().filter(c -> c.value().equals(text)).findFirst()
                    .map(c -> CodeBlock.of("$T.$N", types.className(named.name()), c.javaName()))
                    .orElse(CodeBlock.of("$T.of($S)", types.className(named.name()), text));
        }
        return null;
    }

    private static CodeBlock scalar(TypeRef.ScalarKind kind, Object value) {
        switch (kind) {
            case STRING:
                return value instanceof String ? CodeBlock.of("$S", value) : null;
            case INT32:
                return value instanceof Number n && isIntegral(n) ? CodeBlock.of("$L", n.intValue()) : null;
            case INT64:
                return value instanceof Number n && isIntegral(n) ? CodeBlock.of("$LL", n.longValue()) : null;
            case DOUBLE:
                return value instanceof Number n ? CodeBlock.of("$L", Double.toString(n.doubleValue())) : null;
            case FLOAT:
                return value instanceof Number n ? CodeBlock.of("$LF", n.floatValue()) : null;
            case BOOLEAN:
                return value instanceof Boolean b ? CodeBlock.of("$L", b) : null;
            default:
                return null;
        }
    }

    private static boolean isIntegral(Number n) {
        return n.doubleValue() == Math.rint(n.doubleValue()) && !Double.isInfinite(n.doubleValue());
    }
}
