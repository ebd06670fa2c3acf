package dev.parallel4j.generator.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A union ({@code oneOf}/{@code anyOf}): a sealed interface whose variants are object models implementing it,
 * or small wrapper records for values that cannot (strings, numbers, lists, enums, maps).
 *
 * @param name its name
 * @param docs its Javadoc
 * @param variants the variants in document order
 * @param discriminator the property whose value selects the variant, or {@code null}
 * @param mapping discriminator values to the variant model they select, in document order
 * @param nested types declared inside it (inline object variants), sorted by name
 */
public record UnionDef(
        TypeName name,
        Docs docs,
        List<Variant> variants,
        String discriminator,
        Map<String, TypeName> mapping,
        List<TypeDef> nested)
        implements TypeDef {
    /** Copies the collections. */
    public UnionDef {
        variants = List.copyOf(variants);
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        nested = List.copyOf(nested);
    }

    /** The JSON shape a variant stands for. */
    public enum JsonKind {
        /** A JSON object. */
        OBJECT,
        /** A JSON string. */
        STRING,
        /** A JSON integer. */
        INTEGER,
        /** Any JSON number. */
        NUMBER,
        /** A JSON boolean. */
        BOOLEAN,
        /** A JSON array. */
        ARRAY
    }

    /**
     * One variant.
     *
     * @param label the name used in {@code isX()}, {@code asX()}, {@code visitX()} and {@code ofX()}
     * @param type the variant's Java type
     * @param kind the JSON shape it stands for
     * @param wrapper the name of the record wrapping the value, or {@code null} when the variant is an object
     *     model implementing the union itself
     * @param required for object variants, the JSON names of required properties
     * @param properties for object variants, the JSON names of all declared properties
     * @param constants for object variants, properties fixed by {@code const} and their values
     * @param defaulted for object variants, those of the constants whose property is optional and defaults to the
     *     constant, so an object without the property still agrees with it
     */
    public record Variant(
            String label,
            TypeRef type,
            JsonKind kind,
            String wrapper,
            Set<String> required,
            Set<String> properties,
            Map<String, String> constants,
            Set<String> defaulted) {
        /** Copies the collections, keeping their order for deterministic output. */
        public Variant {
            required = Collections.unmodifiableSet(new TreeSet<>(required));
            properties = Collections.unmodifiableSet(new TreeSet<>(properties));
            constants = Collections.unmodifiableMap(new TreeMap<>(constants));
            defaulted = Collections.unmodifiableSet(new TreeSet<>(defaulted));
        }

        /** This variant under another label, wrapped in a record of the given name ({@code null} for none). */
        public Variant relabelled(String newLabel, String newWrapper) {
            return new Variant(newLabel, type, kind, newWrapper, required, properties, constants, defaulted);
        }

        /** This variant standing for another type of the same JSON shape. */
        public Variant retyped(TypeRef newType) {
            return new Variant(label, newType, kind, wrapper, required, properties, constants, defaulted);
        }

        /** Whether the variant is wrapped in a record rather than implementing the union. */
        public boolean isWrapped() {
            return wrapper != null;
        }
    }
}
