package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How the JSON of a generated union type maps to its variants: the table a generated union hands to
 * {@link UnionDeserializer}.
 *
 * <p>A JSON object is matched, in this order, on the discriminator property (when the document names one and
 * the object has it), on properties each variant fixes with {@code const}, then on the variant whose required
 * properties are all present and which knows most of the object's properties (a constant property that is absent
 * but defaults to the variant's value does not rule the variant out). Scalars and arrays go to the variant of their JSON
 * kind. Whatever matches nothing becomes the union's unknown variant, keeping the JSON.
 *
 * @param <U> the union type
 */
public final class UnionSpec<U> {
    /** The JSON kinds a non-object variant can stand for. */
    public enum Kind {
        /** A JSON string. */
        STRING,
        /** A JSON number without fraction or exponent. */
        INTEGER,
        /** Any JSON number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A JSON array. */
        ARRAY
    }

    private final Class<U> type;
    private final String discriminator;
    private final Map<String, Variant<U>> mapping;
    private final List<ObjectVariant<U>> objects;
    private final Map<Kind, List<Variant<U>>> scalars;
    private final Function<JsonValue, U> unknown;

    private UnionSpec(Builder<U> builder) {
        this.type = builder.type;
        this.discriminator = builder.discriminator;
        this.mapping = Map.copyOf(builder.mapping);
        this.objects = List.copyOf(builder.objects);
        Map<Kind, List<Variant<U>>> byKind = new LinkedHashMap<>();
        builder.scalars.forEach((kind, variants) -> byKind.put(kind, List.copyOf(variants)));
        this.scalars = Map.copyOf(byKind);
        this.unknown = Objects.requireNonNull(builder.unknown, "unknown variant");
    }

    /**
     * Starts the table of a union.
     *
     * @param <U> the union type
     * @param type the union's class, which object variants that subtype it are cast to
     * @return a builder with no variants yet
     */
    public static <U> Builder<U> builder(Class<U> type) {
        return new Builder<>(type);
    }

    Class<U> type() {
        return type;
    }

    String discriminator() {
        return discriminator;
    }

    Variant<U> mapped(String discriminatorValue) {
        return mapping.get(discriminatorValue);
    }

    List<ObjectVariant<U>> objects() {
        return objects;
    }

    /** The variants of a JSON kind, in declaration order (tried in that order when there are several). */
    List<Variant<U>> scalars(Kind kind) {
        return scalars.getOrDefault(kind, List.of());
    }

    U unknown(JsonValue json) {
        return unknown.apply(json);
    }

    /**
     * A variant: the Java type its JSON reads as, and how a value of that type becomes the union.
     *
     * @param <U> the union type
     */
    static final class Variant<U> {
        final Type javaType;
        final Function<Object, U> wrap;

        Variant(Type javaType, Function<Object, U> wrap) {
            this.javaType = javaType;
            this.wrap = wrap;
        }
    }

    /**
     * An object variant with what structural matching needs to know about it.
     *
     * @param <U> the union type
     */
    static final class ObjectVariant<U> {
        final Variant<U> variant;
        final Set<String> required;
        final Set<String> properties;
        final Map<String, String> constants;
        final Set<String> defaulted;

        ObjectVariant(Variant<U> variant, Set<String> required, Set<String> properties, Map<String, String> constants,
                Set<String> defaulted) {
            this.variant = variant;
            this.required = Set.copyOf(required);
            this.properties = Set.copyOf(properties);
            this.constants = Map.copyOf(constants);
            this.defaulted = Set.copyOf(defaulted);
        }
    }

    /**
     * Collects the table.
     *
     * @param <U> the union type
     */
    public static final class Builder<U> {
        private final Class<U> type;
        private String discriminator;
        private final Map<String, Variant<U>> mapping = new LinkedHashMap<>();
        private final List<ObjectVariant<U>> objects = new ArrayList<>();
        private final Map<Kind, List<Variant<U>>> scalars = new LinkedHashMap<>();
        private Function<JsonValue, U> unknown;

        private Builder(Class<U> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Names the property whose string value selects the variant.
         *
         * @param property the discriminator's JSON name, e.g. {@code type}
         * @return this builder
         */
        public Builder<U> discriminator(String property) {
            this.discriminator = Objects.requireNonNull(property, "property");
            return this;
        }

        /**
         * Maps a discriminator value to an object variant that is itself a subtype of the union.
         *
         * @param value the discriminator's value, e.g. {@code message}
         * @param variant the model class that value selects
         * @return this builder
         */
        public Builder<U> mapping(String value, Class<? extends U> variant) {
            mapping.put(value, new Variant<>(variant, type::cast));
            return this;
        }

        /**
         * Declares an object variant that is itself a subtype of the union.
         *
         * @param variant the model class
         * @param required the JSON names of its required properties
         * @param properties the JSON names of all its declared properties
         * @param constants properties it fixes with {@code const}, and their values
         * @return this builder
         */
        public Builder<U> object(
                Class<? extends U> variant, Set<String> required, Set<String> properties, Map<String, String> constants) {
            return object(variant, required, properties, constants, Set.of());
        }

        /**
         * Declares an object variant some of whose constants are optional properties defaulting to the constant:
         * an object without such a property still agrees with it, though less surely than one that states it.
         *
         * @param variant the model class
         * @param required the JSON names of its required properties
         * @param properties the JSON names of all its declared properties
         * @param constants properties it fixes with {@code const}, and their values
         * @param defaulted those of the constants that may be absent
         * @return this builder
         */
        public Builder<U> object(Class<? extends U> variant, Set<String> required, Set<String> properties,
                Map<String, String> constants, Set<String> defaulted) {
            objects.add(new ObjectVariant<>(new Variant<>(variant, type::cast), required, properties, constants, defaulted));
            return this;
        }

        /**
         * Declares an object variant read as another type and wrapped, such as a map.
         *
         * @param javaType the type the JSON object reads as
         * @param wrap turns that value into the union
         * @param <T> the type the JSON object reads as
         * @return this builder
         */
        public <T> Builder<U> wrappedObject(TypeReference<T> javaType, Function<? super T, ? extends U> wrap) {
            objects.add(new ObjectVariant<>(variant(javaType.getType(), wrap), Set.of(), Set.of(), Map.of(), Set.of()));
            return this;
        }

        /**
         * Declares a variant for a JSON string, number, boolean or array. A kind may have several variants (two
         * kinds of list, two enums); JSON of that kind becomes the first that reads it without error.
         *
         * @param kind the JSON kind
         * @param javaType the type that JSON reads as
         * @param wrap turns that value into the union
         * @param <T> the type that JSON reads as
         * @return this builder
         */
        public <T> Builder<U> kind(Kind kind, Class<T> javaType, Function<? super T, ? extends U> wrap) {
            scalars.computeIfAbsent(kind, k -> new ArrayList<>()).add(variant(javaType, wrap));
            return this;
        }

        /**
         * As {@link #kind(Kind, Class, Function)}, for a generic type such as a list.
         *
         * @param <T> the type that JSON reads as
         * @param kind the JSON kind
         * @param javaType the generic type that JSON reads as, e.g. {@code new TypeReference<List<String>>() {}}
         * @param wrap turns that value into the union
         * @return this builder
         */
        public <T> Builder<U> kind(Kind kind, TypeReference<T> javaType, Function<? super T, ? extends U> wrap) {
            scalars.computeIfAbsent(kind, k -> new ArrayList<>()).add(variant(javaType.getType(), wrap));
            return this;
        }

        /**
         * Declares how JSON that matches no variant is kept.
         *
         * @param unknown turns the unmatched JSON into the union's unknown variant
         * @return this builder
         */
        public Builder<U> unknown(Function<JsonValue, ? extends U> unknown) {
            this.unknown = unknown::apply;
            return this;
        }

        /**
         * The finished table.
         *
         * @return the table, ready for {@link UnionDeserializer}
         */
        public UnionSpec<U> build() {
            return new UnionSpec<>(this);
        }

        @SuppressWarnings("unchecked") // the deserializer reads exactly javaType, which is T
        private static <U, T> Variant<U> variant(Type javaType, Function<? super T, ? extends U> wrap) {
            return new Variant<>(javaType, value -> wrap.apply((T) value));
        }
    }
}
