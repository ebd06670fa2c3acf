package dev.parallel4j.generator.ir;

import java.util.List;

/** A type the generator emits: an object model, an open enum or a union. */
public sealed interface TypeDef permits ObjectDef, EnumDef, UnionDef {
    /** The type's name. */
    TypeName name();

    /** Its Javadoc. */
    Docs docs();

    /** Types declared inside it, such as an inline enum of one of its properties. */
    List<TypeDef> nested();
}
