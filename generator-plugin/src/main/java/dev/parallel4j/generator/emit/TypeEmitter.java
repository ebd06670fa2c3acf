package dev.parallel4j.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.UnionDef;

/** Writes any generated type with the types nested in it. */
final class TypeEmitter {
    private final ModelEmitter models;
    private final EnumEmitter enums;
    private final UnionEmitter unions;

    TypeEmitter(JavaTypes types) {
        this.models = new ModelEmitter(types, new DefaultValues(types));
        this.enums = new EnumEmitter(types);
        this.unions = new UnionEmitter(types);
    }

    TypeSpec emit(TypeDef def) {
        TypeSpec.Builder type;
        if (def instanceof ObjectDef object) {
            type = models.emit(object);
        } else if (def instanceof UnionDef union) {
            type = unions.emit(union).toBuilder();
        } else {
            type = enums.emit((EnumDef) def).toBuilder();
        }
        for (TypeDef nested : def.nested()) {
            type.addType(emit(nested));
        }
        return type.build();
    }
}
