package dev.parallel4j.generator.ir;

import java.util.List;

/**
 * An object model: an immutable class with a builder.
 *
 * @param name its name
 * @param docs its Javadoc
 * @param properties the declared properties in document order
 * @param additionalProperties the type of undeclared properties' values ({@link TypeRef.AnyJson} unless the
 *     document types them), or {@code null} when the document allows none ({@code additionalProperties: false})
 * @param unions the unions this model is a variant of, sorted
 * @param nested types declared inside it, sorted by name
 */
public record ObjectDef(
        TypeName name,
        Docs docs,
        List<PropertyDef> properties,
        TypeRef additionalProperties,
        List<TypeName> unions,
        List<TypeDef> nested)
        implements TypeDef {
    /** Copies the lists. */
    public ObjectDef {
        properties = List.copyOf(properties);
        unions = List.copyOf(unions);
        nested = List.copyOf(nested);
    }
}
