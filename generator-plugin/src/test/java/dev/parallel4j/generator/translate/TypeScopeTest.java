package dev.parallel4j.generator.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.TypeName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a namespace of generated types hands out names. */
final class TypeScopeTest {

    @Test
    void aTakenNameGetsANumber() {
        TypeScope scope = TypeScope.topLevel();
        assertThat(scope.allocate("Run")).isEqualTo(TypeName.of("Run"));
        assertThat(scope.allocate("Run")).isEqualTo(TypeName.of("Run2"));
        assertThat(scope.allocate("Run")).isEqualTo(TypeName.of("Run3"));
    }

    @Test
    void namesDifferingOnlyInCaseClash() {
        TypeScope scope = TypeScope.topLevel();
        scope.allocate("JSONSchema");
        assertThat(scope.allocate("JsonSchema")).isEqualTo(TypeName.of("JsonSchema2"));
    }

    @Test
    void aNestedTypeAvoidsItsEnclosingTypesTheReservedNamesAndTheEmittedMembers() {
        TypeScope scope = TypeScope.inside(new TypeName(List.of("Run", "Input")), Set.of("Extra"));
        assertThat(scope.allocate("Run")).isEqualTo(new TypeName(List.of("Run", "Input", "Run2")));
        assertThat(scope.allocate("Input").simpleName()).isEqualTo("Input2");
        assertThat(scope.allocate("Extra").simpleName()).isEqualTo("Extra2");
        assertThat(scope.allocate("Builder").simpleName()).isEqualTo("Builder2");
        assertThat(scope.allocate("Visitor").simpleName()).isEqualTo("Visitor2");
        assertThat(scope.owner()).isEqualTo(new TypeName(List.of("Run", "Input")));
    }

    @Test
    void declaredTypesComeOutSortedByName() {
        TypeScope scope = TypeScope.topLevel();
        scope.declare(new EnumDef(TypeName.of("B"), Docs.NONE, List.of(new EnumDef.Constant("x", "X"))));
        scope.declare(new EnumDef(TypeName.of("A"), Docs.NONE, List.of(new EnumDef.Constant("x", "X"))));
        assertThat(scope.declared()).extracting(type -> type.name().simpleName()).containsExactly("A", "B");
        assertThat(scope.taken()).isEmpty();
    }
}
