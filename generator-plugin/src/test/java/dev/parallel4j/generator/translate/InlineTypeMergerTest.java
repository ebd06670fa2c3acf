package dev.parallel4j.generator.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.testkit.Documents;
import dev.parallel4j.generator.testkit.Ir;
import org.junit.jupiter.api.Test;

/** Tests that identical inline enums and scalar unions in different models become one shared type. */
final class InlineTypeMergerTest {
    private final ApiModel model = Documents.translate("translate/inline-duplicates.yaml");

    @Test
    void identicalInlineEnumsOfTwoModelsBecomeOneTopLevelEnumNamedAfterTheirOwners() {
        assertThat(Ir.typeNames(model)).contains("JobPriority").doesNotContain("JobDraft.Priority", "JobInput.Priority");
        assertThat(Ir.enumType(model, "JobPriority").constants()).extracting(c -> c.value()).containsExactly("low", "high");
        TypeRef shared = new TypeRef.Named(TypeName.of("JobPriority"));
        assertThat(Ir.property(Ir.object(model, "JobDraft"), "priority").type()).isEqualTo(shared);
        assertThat(Ir.property(Ir.object(model, "JobInput"), "priority").type()).isEqualTo(shared);
    }

    @Test
    void anEnumWithOtherValuesStaysNestedInItsModel() {
        assertThat(Ir.typeNames(model)).contains("JobStatusResponse.Priority");
        assertThat(Ir.property(Ir.object(model, "JobStatusResponse"), "priority").type())
                .isEqualTo(new TypeRef.Named(new TypeName(java.util.List.of("JobStatusResponse", "Priority"))));
    }

    @Test
    void identicalScalarUnionsAreMergedAndMapValuesReferToTheSharedType() {
        assertThat(Ir.typeNames(model)).contains("JobTagsValue").doesNotContain("JobDraft.TagsValue", "JobInput.TagsValue");
        assertThat(Ir.property(Ir.object(model, "JobInput"), "tags").type())
                .isEqualTo(new TypeRef.MapOf(new TypeRef.Named(TypeName.of("JobTagsValue"))));
    }

    @Test
    void aParameterDeclaringTheSameEnumInlineTakesTheSharedType() {
        assertThat(Ir.service(model, "jobs").operations().get(0).parameters().get(0).type())
                .isEqualTo(new TypeRef.Named(TypeName.of("JobPriority")));
        assertThat(Ir.typeNames(model)).doesNotContain("JobsListPriority");
    }

    @Test
    void aParameterAndOneModelWithTheSameEnumAreTwoOwnersNamedAfterTheModelsWords() {
        assertThat(Ir.typeNames(model)).contains("JobStatusStage").doesNotContain("JobStatusResponse.Stage", "JobsListStage");
        assertThat(Ir.property(Ir.object(model, "JobStatusResponse"), "stage").type()).isEqualTo(new TypeRef.Named(TypeName.of("JobStatusStage")));
    }

    @Test
    void anInlineEnumOfOneOwnerStaysWhereItIs() {
        assertThat(Ir.typeNames(model)).contains("JobStatusResponse.Priority", "JobsListOrder");
    }

    @Test
    void unionsOfTheSameModelsMergeWhateverTheirNamesAndTakeTheWordsTheModelsShare() {
        TypeRef shared = new TypeRef.Named(TypeName.of("JobResult"));
        assertThat(Ir.typeNames(model)).contains("JobResult").doesNotContain("JobRun.Result", "JobChange.Before");
        assertThat(Ir.property(Ir.object(model, "JobRun"), "result").type()).isEqualTo(shared);
        assertThat(Ir.property(Ir.object(model, "JobChange"), "before").type()).isEqualTo(shared);
        assertThat(Ir.object(model, "JobTextResult").unions()).containsExactly(TypeName.of("JobResult"));
    }
}
