package dev.parallel4j.generator.translate;

import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A namespace for generated types: the model package (top level) or the inside of one generated type. It hands
 * out names that are unique in it and legal in Java (a nested type may not share a name with a type enclosing
 * it), and collects the types declared in it.
 *
 * <p>Names are unique ignoring case: each top-level type is a {@code .java} file and each nested one a
 * {@code Outer$Inner.class} file, and {@code JsonSchema.java} and {@code JSONSchema.java} are the same file on
 * the case-insensitive file systems of macOS and Windows.
 */
final class TypeScope {
    /**
     * The types the emitters declare inside generated types ({@code Builder} in models; {@code Visitor},
     * {@code Unknown}, {@code Deserializer} in unions). A type nested anywhere may not take these names: Java
     * forbids a type named like one enclosing it, and any generated type may be the enclosing one.
     */
    static final Set<String> EMITTED_MEMBERS = Set.of("Builder", "Visitor", "Unknown", "Deserializer");

    private final TypeName owner;
    private final Set<String> used = new HashSet<>();
    private final List<TypeDef> declared = new ArrayList<>();

    private TypeScope(TypeName owner, Set<String> reserved) {
        this.owner = owner;
        reserved.forEach(this::use);
        if (owner != null) {
            EMITTED_MEMBERS.forEach(this::use);
            owner.simpleNames().forEach(this::use);
        }
    }

    /** The model package. */
    static TypeScope topLevel() {
        return new TypeScope(null, Set.of());
    }

    /**
     * The inside of a generated type.
     *
     * @param owner the type
     * @param reserved names the type's own nested members already use (e.g. {@code Builder})
     */
    static TypeScope inside(TypeName owner, Set<String> reserved) {
        return new TypeScope(owner, reserved);
    }

    /** The type this scope is inside, or {@code null} at top level. */
    TypeName owner() {
        return owner;
    }

    /** Takes a name: the preferred one if free, else the first free of {@code preferred2}, {@code preferred3}, ... */
    TypeName allocate(String preferred) {
        String name = preferred;
        for (int n = 2; !use(name); n++) {
            name = preferred + n;
        }
        return owner == null ? TypeName.of(name) : owner.nested(name);
    }

    /** The names taken so far, lower case. */
    Set<String> taken() {
        return Set.copyOf(used);
    }

    private boolean use(String name) {
        return used.add(name.toLowerCase(Locale.ROOT));
    }

    /** Records a type declared in this scope. */
    void declare(TypeDef type) {
        declared.add(type);
    }

    /** The types declared in this scope, sorted by name. */
    List<TypeDef> declared() {
        List<TypeDef> sorted = new ArrayList<>(declared);
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        return sorted;
    }
}
