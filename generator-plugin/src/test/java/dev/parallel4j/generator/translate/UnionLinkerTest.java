package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.name;
import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.object;
import static dev.parallel4j.generator.testkit.Ir.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import dev.parallel4j.generator.testkit.Documents;
import org.junit.jupiter.api.Test;

/** The last pass: which unions each model implements, and labels renamed so that no inherited method clashes. */
final class UnionLinkerTest {
    private static final ApiModel UNIONS = Documents.translate("translate/unions.yaml");

    @Test
    void eachModelKnowsTheUnionsItIsAVariantOfSorted() {
        assertThat(object(UNIONS, "Square").unions()).containsExactly(name("Holder.Maybe"), name("Polygon"), name("Shape"));
        assertThat(object(UNIONS, "Circle").unions()).containsExactly(name("Holder.Maybe"), name("Shape"));
        assertThat(object(UNIONS, "ErrorEvent").unions()).containsExactly(name("Event"));
        assertThat(object(UNIONS, "Content.Text").unions()).containsExactly(name("Content"));
        assertThat(object(UNIONS, "Holder").unions()).isEmpty();
    }

    @Test
    void aLabelWhoseIsMethodWouldHideAVariantsAccessorIsRenamed() {
        // Photo has an isVideo() accessor (from is_video): the union cannot also declare isVideo()
        assertThat(union(UNIONS, "Media").variants()).extracting(Variant::label).containsExactly("Photo", "VideoVariant");
    }

    @Test
    void aLabelWhoseAsMethodWouldReturnAnotherTypeThanInAnotherUnionOfTheSameModelIsRenamed() {
        // PetOwner implements Friends (asCat() returns Cat) and Pets, whose Cat variant is PetCat
        assertThat(union(UNIONS, "Friends").variants()).extracting(Variant::label, Variant::type)
                .containsExactly(tuple("PetOwner", named("PetOwner")),
                        tuple("Cat", named("Cat")));
        assertThat(union(UNIONS, "Pets").variants()).extracting(Variant::label).containsExactly("Owner", "CatVariant");
    }

    @Test
    void identicalLabelsOfTheSameTypeInSeveralUnionsAreKept() {
        // Square is the Square variant of Shape, Polygon and Holder.Maybe: isSquare() means the same in all three
        assertThat(union(UNIONS, "Shape").variants()).extracting(Variant::label).contains("Square");
        assertThat(union(UNIONS, "Polygon").variants()).extracting(Variant::label).contains("Square");
        assertThat(union(UNIONS, "Holder.Maybe").variants()).extracting(Variant::label).contains("Square");
    }

    @Test
    void nestedUnionsAreLinkedToo() {
        assertThat(union(UNIONS, "Holder.Maybe").variants()).extracting(Variant::label).containsExactly("Circle", "Square");
        assertThat(object(UNIONS, "Holder").nested()).extracting(type -> type.name().simpleName())
                .containsExactly("Either", "Maybe", "Value");
    }
}
