package dev.parallel4j.generator.ir;

/**
 * The Java type of a value (a property, parameter, body, element): a built-in type, a list, a map, free-form
 * JSON, or a generated type.
 */
public sealed interface TypeRef permits TypeRef.Scalar, TypeRef.ListOf, TypeRef.MapOf, TypeRef.AnyJson, TypeRef.Named {

    /** The built-in types a schema can map to. */
    enum ScalarKind {
        /** {@code type: string} without a known format. */
        STRING,
        /** {@code type: integer, format: int32}. */
        INT32,
        /** {@code type: integer} (int64 unless the document says int32). */
        INT64,
        /** {@code type: number, format: float}. */
        FLOAT,
        /** {@code type: number}. */
        DOUBLE,
        /** {@code type: boolean}. */
        BOOLEAN,
        /** {@code format: date-time}. */
        DATE_TIME,
        /** {@code format: date}. */
        DATE,
        /** {@code format: uuid}. */
        UUID,
        /** {@code format: uri}. */
        URI,
        /** {@code format: byte}: raw bytes, base64 in JSON. */
        BYTES,
        /** {@code format: binary}: a file sent as a part of a multipart body (or as a raw body). */
        FILE
    }

    /**
     * A built-in type.
     *
     * @param kind which one
     */
    record Scalar(ScalarKind kind) implements TypeRef {}

    /**
     * {@code List<element>}.
     *
     * @param element the element type
     */
    record ListOf(TypeRef element) implements TypeRef {}

    /**
     * {@code Map<String, value>} in document order.
     *
     * @param value the value type
     */
    record MapOf(TypeRef value) implements TypeRef {}

    /** Free-form JSON: the runtime's {@code JsonValue}. */
    record AnyJson() implements TypeRef {}

    /**
     * A generated type.
     *
     * @param name its name
     */
    record Named(TypeName name) implements TypeRef {}

    /** Shorthand for a built-in type. */
    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }
}
