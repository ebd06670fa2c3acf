package dev.parallel4j.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document's default written as a Java expression of the value's type, or none when it does not fit. */
final class DefaultValuesTest {
    private static final TypeName SHADE = TypeName.of("Shade");
    private static final EnumDef SHADE_ENUM = new EnumDef(SHADE, Docs.NONE, List.of(new EnumDef.Constant("dark", "DARK")));
    private final DefaultValues defaults = new DefaultValues(new JavaTypes("com.example.model",
            name -> name.equals(SHADE) ? (TypeDef) SHADE_ENUM : null));

    @Test
    void writesScalarLiteralsOfTheRightJavaType() {
        assertThat(code(scalar(ScalarKind.STRING), "core")).isEqualTo("\"core\"");
        assertThat(code(scalar(ScalarKind.INT32), 3)).isEqualTo("3");
        assertThat(code(scalar(ScalarKind.INT64), new BigDecimal("100"))).isEqualTo("100L");
        assertThat(code(scalar(ScalarKind.DOUBLE), 0.5)).isEqualTo("0.5");
        assertThat(code(scalar(ScalarKind.DOUBLE), 2)).isEqualTo("2.0");
        assertThat(code(scalar(ScalarKind.FLOAT), 0.25)).isEqualTo("0.25F");
        assertThat(code(scalar(ScalarKind.BOOLEAN), true)).isEqualTo("true");
    }

    @Test
    void writesListsEmptyMapsAndEnumConstants() {
        assertThat(code(new TypeRef.ListOf(scalar(ScalarKind.STRING)), List.of("a", "b"))).isEqualTo("java.util.List.of(\"a\", \"b\")");
        assertThat(code(new TypeRef.ListOf(scalar(ScalarKind.STRING)), List.of())).isEqualTo("java.util.List.of()");
        assertThat(code(new TypeRef.MapOf(scalar(ScalarKind.STRING)), Map.of())).isEqualTo("java.util.Map.of()");
        assertThat(code(new TypeRef.Named(SHADE), "dark")).isEqualTo("com.example.model.Shade.DARK");
        assertThat(code(new TypeRef.Named(SHADE), "dim")).isEqualTo("com.example.model.Shade.of(\"dim\")");
    }

    @Test
    void givesUpOnValuesThatDoNotFitTheType() {
        assertThat(defaults.of(scalar(ScalarKind.INT64), 1.5)).isNull();
        assertThat(defaults.of(scalar(ScalarKind.INT32), "3")).isNull();
        assertThat(defaults.of(scalar(ScalarKind.BOOLEAN), "true")).isNull();
        assertThat(defaults.of(scalar(ScalarKind.DATE_TIME), "2025-01-01T00:00:00Z")).isNull();
        assertThat(defaults.of(new TypeRef.MapOf(scalar(ScalarKind.STRING)), Map.of("a", "b"))).isNull();
        assertThat(defaults.of(new TypeRef.ListOf(scalar(ScalarKind.INT64)), List.of("x"))).isNull();
        assertThat(defaults.of(new TypeRef.AnyJson(), "x")).isNull();
        assertThat(defaults.of(scalar(ScalarKind.STRING), null)).isNull();
    }

    private String code(TypeRef type, Object value) {
        CodeBlock code = defaults.of(type, value);
        return code == null ? null : code.toString();
    }

    private static TypeRef scalar(ScalarKind kind) {
        return TypeRef.scalar(kind);
    }
}
