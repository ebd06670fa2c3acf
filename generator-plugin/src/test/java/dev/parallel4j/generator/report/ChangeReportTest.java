package dev.parallel4j.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.generator.testkit.Documents;
import org.junit.jupiter.api.Test;

/**
 * The change report between two revisions of a small document ({@code src/test/resources/report}), line by line:
 * what is breaking, what is not, and that a removed or added service or type is one line, not one per member.
 */
final class ChangeReportTest {
    private static final ApiSurface V1 = surface("report/chores-v1.yaml");
    private static final ApiSurface V2 = surface("report/chores-v2.yaml");

    @Test
    void listsWhatChangedInTheJavaApiWithTheBreakingChangesMarked() {
        ChangeReport report = ChangeReport.compare(V1, V2);

        assertThat(report.changes()).map(ApiChange::toString).containsExactly(
                "added property Chore.createdAt: OffsetDateTime, required", // required, but callers do not send a Chore
                "BREAKING removed property Chore.note",
                "BREAKING changed property Chore.status: now required", // its accessor no longer returns Optional
                "BREAKING changed property Chore.title: now nullable", // likewise, the other way
                "changed method ChoresService.list: HTTP GET /chores -> GET /v2/chores",
                "BREAKING added parameter ChoresService.list(house): String, required",
                "BREAKING changed parameter ChoresService.list(limit): type Long -> String",
                "changed parameter ChoresService.list(owner): no longer required",
                "added parameter ChoresService.list(sort): String",
                "BREAKING removed method ChoresService.remind",
                "added type Label: object",
                "BREAKING added property NewChore.due: LocalDate, required", // a required field of a request body
                "added property NewChore.label: Label",
                "BREAKING changed property NewChore.points: now required",
                "BREAKING removed property NewChore.room",
                "BREAKING removed type Reminder",
                "BREAKING removed service RoomsService",
                "added enum constant Status.BLOCKED",
                "BREAKING removed enum constant Status.SKIPPED");
        assertThat(report.breaking()).hasSize(12);
        assertThat(report.summary()).isEqualTo("19 changes to the generated API since the last generation, 12 of them breaking");
    }

    @Test
    void goingBackBreaksWhatWasAddedAndAddsBackWhatWasRemoved() {
        ChangeReport report = ChangeReport.compare(V2, V1);

        assertThat(report.changes()).map(ApiChange::toString).contains(
                "BREAKING removed type Label",
                "BREAKING removed parameter ChoresService.list(sort)",
                "BREAKING changed parameter ChoresService.list(owner): now required",
                "BREAKING changed property Chore.status: no longer required",
                "BREAKING changed property Chore.title: no longer nullable",
                "added service RoomsService: rooms()",
                "added method ChoresService.remind: void",
                "added enum constant Status.SKIPPED");
        assertThat(report.changes()).hasSize(19);
    }

    @Test
    void nothingChangedBetweenTwoSnapshotsOfTheSameDocument() {
        ChangeReport report = ChangeReport.compare(V1, surface("report/chores-v1.yaml"));

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.summary()).isEqualTo("0 changes to the generated API since the last generation");
    }

    @Test
    void aSnapshotSurvivesItsJsonForm() {
        String json = V2.toJson();

        assertThat(ApiSurface.fromJson(json)).contains(V2);
        assertThat(json).contains("\"name\" : \"ChoresService.list(house)\"").doesNotContain("\"request\" : false");
    }

    @Test
    void aDamagedOrForeignSnapshotIsNoSnapshot() {
        assertThat(ApiSurface.fromJson("{\"format\": 1, \"elements\": [{\"kind\": \"gadget\"}]}")).isEmpty();
        assertThat(ApiSurface.fromJson("{\"format\": 99, \"elements\": []}")).isEmpty();
        assertThat(ApiSurface.fromJson("{not json")).isEmpty();
        assertThat(ApiSurface.fromJson("")).isEmpty();
    }

    private static ApiSurface surface(String resource) {
        return ApiSurface.of(Documents.translate(resource), "com.example.chores");
    }
}
