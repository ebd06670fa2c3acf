package dev.parallel4j.generator.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A type the generator emits: an object model, an open enum or a union. */
public sealed interface TypeDef permits ObjectDef, EnumDef, UnionDef {
    /** The type's name. */
    TypeName name();

    /** Its Javadoc. */
    Docs docs();

    /** Types declared inside it, such as an inline enum of one of its properties. */
    List<TypeDef> nested();

    /** Every type, top-level and nested, by name. */
    static Map<TypeName, TypeDef> byName(List<TypeDef> topLevel) {
        Map<TypeName, TypeDef> byName = new HashMap<>();
        List<TypeDef> todo = new ArrayList<>(topLevel);
        while (!todo.isEmpty()) {
            TypeDef type = todo.remove(todo.size() - 1);
            byName.put(type.name(), type);
            todo.addAll(type.nested());
        }
        return byName;
    }
}
