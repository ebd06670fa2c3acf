package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.LEAD_TIME_SCHEMA;
import static dev.parallel4j.it.Recorded.TASK_GROUP_ID;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.model.CreateTaskGroupRequest;
import dev.parallel4j.client.model.JsonSchema;
import dev.parallel4j.client.model.MetadataValue;
import dev.parallel4j.client.model.ParallelBeta;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.client.model.TaskGroupResponse;
import dev.parallel4j.client.model.TaskGroupRunRequest;
import dev.parallel4j.client.model.TaskGroupRunResponse;
import dev.parallel4j.client.model.TaskGroupStatus;
import dev.parallel4j.client.model.TaskRun;
import dev.parallel4j.client.model.TaskRunInput;
import dev.parallel4j.client.model.TaskSpec;
import dev.parallel4j.client.service.TaskGroupsAddRunsParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Task Groups: creating one, reading its aggregate status, adding a batch of runs and reading one of them back. */
@ExtendWith(RecordedApiExtension.class)
final class TaskGroupsTest {
    private static final Map<String, MetadataValue> GROUP_METADATA = Map.of(
            "requested_by", MetadataValue.ofString("fleet-procurement"),
            "batch", MetadataValue.ofLong(8),
            "budget_eur", MetadataValue.ofDouble(62.5),
            "rush", MetadataValue.ofBoolean(false));

    @Test
    @Scenario("taskgroup-create")
    void createSendsTheMetadataWithoutABetaHeaderAndReadsTheEmptyGroup(RecordedApi api) {
        TaskGroupResponse group = api.client().taskGroups().create(
                CreateTaskGroupRequest.builder().metadata(GROUP_METADATA).build());

        assertThat(group.taskgroupId()).startsWith("tgrp_");
        assertThat(group.metadata()).as("metadata is echoed back").contains(GROUP_METADATA);
        assertThat(group.status().numTaskRuns()).isZero();
        assertThat(group.status().isActive()).isFalse();
        api.replayedValues(() -> {
            assertThat(group.taskgroupId()).isEqualTo("tgrp_0a4c8e26f1b94d37a5e9c2d7b3f6a018");
            assertThat(group.status().taskRunStatusCounts()).isEmpty();
            assertThat(group.status().statusMessage()).as("status_message: null").isEmpty();
            assertThat(group.createdAt()).contains("2026-03-06T12:00:03.114526Z");
        });
        api.onlyRequest()
                .is("POST", "/v1/tasks/groups")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasJsonBody("""
                        {"metadata": {"requested_by": "fleet-procurement", "batch": 8, "budget_eur": 62.5, "rush": false}}
                        """);
    }

    @Test
    @Scenario(value = "taskgroup-retrieve", live = Live.ON_EXISTING_TASK_GROUP)
    void retrieveReadsTheCountsOfRunsByStatus(RecordedApi api) {
        String groupId = api.existingId(TASK_GROUP_ID);

        TaskGroupResponse group = api.client().taskGroups().retrieve(groupId);

        assertThat(group.taskgroupId()).isEqualTo(groupId);
        TaskGroupStatus status = group.status();
        assertThat(status.taskRunStatusCounts().values().stream().mapToLong(Long::longValue).sum())
                .as("the counts add up to the number of runs")
                .isEqualTo(status.numTaskRuns());
        assertThat(status.taskRunStatusCounts().keySet())
                .allSatisfy(name -> assertThat(RunStatus.of(name).isKnown()).as(name).isTrue());
        api.replayedValues(() -> {
            assertThat(status.numTaskRuns()).isEqualTo(6);
            assertThat(status.taskRunStatusCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "completed", 4L, "running", 1L, "failed", 1L));
            assertThat(status.isActive()).isTrue();
            assertThat(status.statusMessage()).contains("5 of 6 runs have finished");
            assertThat(status.modifiedAt()).contains("2026-03-06T12:07:45.602318Z");
            assertThat(group.metadata()).contains(GROUP_METADATA);
        });
        api.onlyRequest()
                .is("GET", "/v1/tasks/groups/" + groupId)
                .hasApiKey(api.apiKey())
                .hasNoBody();
    }

    @Test
    @Scenario(value = "taskgroup-add-runs", live = Live.ON_EXISTING_TASK_GROUP)
    void addRunsSendsTheBatchWithItsDefaultSpecAndReadsTheNewRunsWhichThenReadBackQueued(RecordedApi api) {
        String groupId = api.existingId(TASK_GROUP_ID);
        TaskGroupRunRequest batch = TaskGroupRunRequest.builder()
                .defaultTaskSpec(TaskSpec.builder()
                        .outputSchema(
                                JsonSchema.builder().jsonSchema(LEAD_TIME_SCHEMA.asObject().orElseThrow()).build())
                        .build())
                .addInput(workshop("Hallonberg Ramverk", "https://hallonberg-ramverk.example", "hallonberg"))
                .addInput(workshop("Sisu Titaani Oy", "https://sisutitaani.example", "sisu"))
                .addInput(TaskRunInput.builder()
                        .processor("base")
                        .input(TaskRunInput.Input.ofString(
                                "Kvist Sykkelverksted in Bergen: what do riders say about how its titanium frames ride?"))
                        .taskSpec(TaskSpec.builder().outputSchema(TaskSpec.OutputSchema.ofString(
                                "A short paragraph on what riders say about the ride quality, without marketing"
                                        + " language.")).build())
                        .build())
                .build();

        TaskGroupRunResponse added = api.client().taskGroups().addRuns(groupId, batch, TaskGroupsAddRunsParams.builder()
                .refreshStatus(true)
                .addBeta(ParallelBeta.FIELD_BASIS_2025_11_25)
                .build());
        TaskRun first = api.client().taskGroups().retrieveRun(groupId, added.runIds().get(0));

        assertThat(added.runIds()).hasSize(3).allSatisfy(id -> assertThat(id).startsWith("trun_"));
        assertThat(added.status().numTaskRuns()).as("refresh_status: the new runs are counted")
                .isGreaterThanOrEqualTo(3);
        assertThat(first.runId()).isEqualTo(added.runIds().get(0));
        assertThat(first.taskgroupId()).contains(groupId);
        assertThat(first.processor()).isEqualTo("base");
        assertThat(first.metadata()).contains(Map.of("workshop_ref", MetadataValue.ofString("hallonberg")));
        api.replayedValues(() -> {
            assertThat(added.runIds()).containsExactly("trun_1b7e4d0a9c3f4e25b8d6a2c0e4f7b913",
                    "trun_6f2a9c5e1d8b4073a4c2e6b0d9f1a758", "trun_c3d8e0b5a7f24196b2e4d6a8c0f3e571");
            assertThat(added.status().numTaskRuns()).isEqualTo(9);
            assertThat(added.status().taskRunStatusCounts()).containsEntry("queued", 3L);
            assertThat(added.runCursor()).contains("6b8f20c4e1a7d");
            assertThat(added.eventCursor()).contains("6b8f20c4e1a9f");
            assertThat(first.status()).isEqualTo(RunStatus.QUEUED);
            assertThat(first.isActive()).isTrue();
        });
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThatRequest(requests.get(0))
                .is("POST", "/v1/tasks/groups/" + groupId + "/runs?refresh_status=true")
                .hasApiKey(api.apiKey())
                .hasBetas("field-basis-2025-11-25")
                .hasJsonBody("""
                        {"default_task_spec": {"output_schema": {"json_schema": %s, "type": "json"}},
                         "inputs": [
                           {"processor": "base",
                            "input": {"workshop": "Hallonberg Ramverk", "website": "https://hallonberg-ramverk.example"},
                            "metadata": {"workshop_ref": "hallonberg"}},
                           {"processor": "base",
                            "input": {"workshop": "Sisu Titaani Oy", "website": "https://sisutitaani.example"},
                            "metadata": {"workshop_ref": "sisu"}},
                           {"processor": "base",
                            "input": "Kvist Sykkelverksted in Bergen: what do riders say about how its titanium frames ride?",
                            "task_spec": {"output_schema": "A short paragraph on what riders say about the ride quality, without marketing language."}}]}
                        """.formatted(LEAD_TIME_SCHEMA.toJson()));
        assertThatRequest(requests.get(1))
                .is("GET", "/v1/tasks/groups/" + groupId + "/runs/" + added.runIds().get(0))
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasNoBody();
    }

    /** A run of the batch: one workshop as JSON input, answered with the group's default spec. */
    private static TaskRunInput workshop(String name, String website, String reference) {
        return TaskRunInput.builder()
                .processor("base")
                .input(TaskRunInput.Input.ofJsonMap(
                        Map.of("workshop", JsonValue.of(name), "website", JsonValue.of(website))))
                .putMetadata("workshop_ref", MetadataValue.ofString(reference))
                .build();
    }
}
