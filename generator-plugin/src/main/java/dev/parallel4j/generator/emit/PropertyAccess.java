package dev.parallel4j.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.parallel4j.generator.ir.PropertyDef;

/**
 * How a model property is read: which kind of accessor it gets (plain, with the document's default, or
 * {@code Optional}), decided in one place for the model emitter and for code that reads models, such as paging.
 */
final class PropertyAccess {
    private final DefaultValues defaults;

    PropertyAccess(DefaultValues defaults) {
        this.defaults = defaults;
    }

    /** The accessor kind of a property. */
    ValueClass.Kind kind(PropertyDef p) {
        if (p.constant() != null) {
            return ValueClass.Kind.CONSTANT;
        }
        if (p.required()) {
            return p.nullable() ? ValueClass.Kind.REQUIRED_NULLABLE : ValueClass.Kind.REQUIRED;
        }
        return defaultValue(p) != null ? ValueClass.Kind.DEFAULTED : ValueClass.Kind.OPTIONAL;
    }

    /** The expression of the default a {@link ValueClass.Kind#DEFAULTED} accessor falls back to, else {@code null}. */
    CodeBlock defaultValue(PropertyDef p) {
        return p.constant() == null && !p.required() && p.hasDefault() && !p.nullable()
                ? defaults.of(p.type(), p.defaultValue())
                : null;
    }

    /**
     * An expression reading a property of a model value, with {@code whenAbsent} standing in for an absent
     * optional one.
     */
    CodeBlock read(CodeBlock model, PropertyDef p, CodeBlock whenAbsent) {
        ValueClass.Kind kind = kind(p);
        return kind == ValueClass.Kind.OPTIONAL || kind == ValueClass.Kind.REQUIRED_NULLABLE
                ? CodeBlock.of("$L.$N().orElse($L)", model, p.javaName(), whenAbsent)
                : CodeBlock.of("$L.$N()", model, p.javaName());
    }
}
