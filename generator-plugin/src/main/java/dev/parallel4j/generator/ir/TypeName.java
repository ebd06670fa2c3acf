package dev.parallel4j.generator.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * The name of a generated type: its simple name and, for a nested type, the names of the types it sits in,
 * outermost first. Packages are the emitters' business.
 *
 * @param simpleNames e.g. {@code [FindAllRun, Generator]} for {@code FindAllRun.Generator}
 */
public record TypeName(List<String> simpleNames) implements Comparable<TypeName> {
    /** Copies the names and rejects an empty list. */
    public TypeName {
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("A type name needs at least one simple name");
        }
    }

    /** A top-level type. */
    public static TypeName of(String simpleName) {
        return new TypeName(List.of(simpleName));
    }

    /** A type nested in this one. */
    public TypeName nested(String simpleName) {
        List<String> names = new ArrayList<>(simpleNames);
        names.add(simpleName);
        return new TypeName(names);
    }

    /** The innermost simple name. */
    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    /** Whether this type is nested in another. */
    public boolean isNested() {
        return simpleNames.size() > 1;
    }

    /** Dotted form, e.g. {@code FindAllRun.Generator}. */
    @Override
    public String toString() {
        return String.join(".", simpleNames);
    }

    @Override
    public int compareTo(TypeName other) {
        return toString().compareTo(other.toString());
    }
}
