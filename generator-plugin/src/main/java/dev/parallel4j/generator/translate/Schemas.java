package dev.parallel4j.generator.translate;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads swagger-parser's {@link Schema} the same way whether the document is OpenAPI 3.0 or 3.1: types as a set,
 * nullability in all its spellings, {@code additionalProperties} as schema or boolean, numeric or boolean
 * {@code exclusiveMinimum}.
 */
final class Schemas {
    private Schemas() {}

    /** The {@code type} keyword as a set ({@code type: [string, "null"]} in 3.1, {@code type: string} in 3.0). */
    static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        return types;
    }

    /** The types other than {@code null}. */
    static Set<String> nonNullTypes(Schema<?> schema) {
        Set<String> types = types(schema);
        types.remove("null");
        return types;
    }

    /** Whether the schema itself admits {@code null}: {@code nullable: true}, a {@code null} type, a null enum value. */
    static boolean admitsNull(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable())
                || types(schema).contains("null")
                || schema.getEnum() != null && schema.getEnum().contains(null);
    }

    /** Whether the schema is exactly {@code {type: null}}: the null branch of {@code anyOf[T, null]}. */
    static boolean isNullOnly(Schema<?> schema) {
        return schema.get$ref() == null && types(schema).equals(Set.of("null")) && schema.getProperties() == null
                && schema.getAnyOf() == null && schema.getOneOf() == null && schema.getAllOf() == null;
    }

    /** The branches of {@code anyOf} or {@code oneOf}, or an empty list. */
    @SuppressWarnings("rawtypes") // swagger-parser's own signature
    static List<Schema<?>> alternatives(Schema<?> schema) {
        List<Schema> raw = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        List<Schema<?>> out = new ArrayList<>();
        if (raw != null) {
            raw.forEach(s -> out.add(s));
        }
        return out;
    }

    /** The branches of {@code allOf}, or an empty list. */
    @SuppressWarnings("rawtypes") // swagger-parser's own signature
    static List<Schema<?>> allOf(Schema<?> schema) {
        List<Schema> raw = schema.getAllOf();
        List<Schema<?>> out = new ArrayList<>();
        if (raw != null) {
            raw.forEach(s -> out.add(s));
        }
        return out;
    }

    /** The declared properties in document order, or an empty map. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-parser's own signature
    static Map<String, Schema<?>> properties(Schema<?> schema) {
        Map<String, Schema> raw = schema.getProperties();
        return raw == null ? Map.of() : (Map<String, Schema<?>>) (Map) raw;
    }

    /** The {@code items} schema, or {@code null}. */
    static Schema<?> items(Schema<?> schema) {
        return schema.getItems();
    }

    /**
     * The {@code additionalProperties} keyword: a schema, {@link Boolean#TRUE}/{@link Boolean#FALSE}, or
     * {@code null} when absent. swagger-parser gives 3.1's boolean as a schema with a boolean value.
     */
    static Object additionalProperties(Schema<?> schema) {
        Object value = schema.getAdditionalProperties();
        if (value instanceof Schema<?> s && s.getBooleanSchemaValue() != null) {
            return s.getBooleanSchemaValue();
        }
        return value;
    }

    /** Whether the schema is the empty schema {@code {}} or {@code true}: any JSON value. */
    static boolean isAny(Schema<?> schema) {
        return schema.get$ref() == null && types(schema).isEmpty() && schema.getProperties() == null
                && schema.getAdditionalProperties() == null && schema.getItems() == null && schema.getEnum() == null
                && schema.getConst() == null && schema.getAnyOf() == null && schema.getOneOf() == null
                && schema.getAllOf() == null;
    }

    /** The lower bound and whether it is exclusive, reading both 3.0 (boolean) and 3.1 (number) forms. */
    static BigDecimal minimum(Schema<?> schema) {
        return schema.getExclusiveMinimumValue() != null ? schema.getExclusiveMinimumValue() : schema.getMinimum();
    }

    static boolean exclusiveMinimum(Schema<?> schema) {
        return schema.getExclusiveMinimumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMinimum());
    }

    static BigDecimal maximum(Schema<?> schema) {
        return schema.getExclusiveMaximumValue() != null ? schema.getExclusiveMaximumValue() : schema.getMaximum();
    }

    static boolean exclusiveMaximum(Schema<?> schema) {
        return schema.getExclusiveMaximumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMaximum());
    }

    /** A string extension value, or {@code null}. */
    static String extension(Schema<?> schema, String name) {
        Object value = schema.getExtensions() == null ? null : schema.getExtensions().get(name);
        return value instanceof String s ? s : null;
    }

    /** A boolean extension value, {@code false} when absent. */
    static boolean flag(Map<String, Object> extensions, String name) {
        return extensions != null && Boolean.TRUE.equals(extensions.get(name));
    }
}
