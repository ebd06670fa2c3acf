package dev.parallel4j.generator.ir;

import java.util.List;

/**
 * An open string enum: the values the document lists, and any other the server sends.
 *
 * @param name its name
 * @param docs its Javadoc
 * @param constants the known values in document order
 */
public record EnumDef(TypeName name, Docs docs, List<Constant> constants) implements TypeDef {
    /** Copies the list. */
    public EnumDef {
        constants = List.copyOf(constants);
    }

    @Override
    public List<TypeDef> nested() {
        return List.of();
    }

    /**
     * One known value.
     *
     * @param value the string on the wire
     * @param javaName the constant's name, e.g. {@code FINDALL_2025_09_15}
     */
    public record Constant(String value, String javaName) {}
}
