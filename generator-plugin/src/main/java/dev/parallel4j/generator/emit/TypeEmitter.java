package dev.parallel4j.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.UnionDef;
import java.util.function.Function;

/** Writes any generated type with the types nested in it. */
final class TypeEmitter {
    private final ModelEmitter models;
    private final EnumEmitter enums;
    private final UnionEmitter unions;

    TypeEmitter(JavaTypes types, Function<dev.parallel4j.generator.ir.TypeName, TypeDef> definitions) {
        this.models = new ModelEmitter(types, new DefaultValues(types, definitions), definitions);
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
