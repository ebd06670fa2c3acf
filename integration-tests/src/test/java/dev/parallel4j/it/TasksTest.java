package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.KVIST_INPUT;
import static dev.parallel4j.it.Recorded.LEAD_TIME_SCHEMA;
import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static dev.parallel4j.it.Recorded.TEXT_RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.client.model.Citation;
import dev.parallel4j.client.model.ErrorResponse;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.JsonSchema;
import dev.parallel4j.client.model.MetadataValue;
import dev.parallel4j.client.model.ParallelBeta;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.client.model.SourcePolicy;
import dev.parallel4j.client.model.TaskAdvancedSettings;
import dev.parallel4j.client.model.TaskRun;
import dev.parallel4j.client.model.TaskRunInput;
import dev.parallel4j.client.model.TaskRunJsonOutput;
import dev.parallel4j.client.model.TaskRunOutput;
import dev.parallel4j.client.model.TaskRunResult;
import dev.parallel4j.client.model.TaskRunTextOutput;
import dev.parallel4j.client.model.TaskSpec;
import dev.parallel4j.client.model.Warning;
import dev.parallel4j.client.model.Webhook;
import dev.parallel4j.client.service.TasksCreateParams;
import dev.parallel4j.client.service.TasksResultParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.error.RequestTimeoutException;
import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Task runs: starting one (202, queued), polling it, reading back its input, and waiting for its result, which is
 * text or JSON by its {@code type}, or a 408 when the wait runs out first.
 */
@ExtendWith(RecordedApiExtension.class)
final class TasksTest {
    private static final Map<String, MetadataValue> METADATA = Map.of(
            "requested_by", MetadataValue.ofString("fleet-procurement"), "batch", MetadataValue.ofLong(7));
    /** The recorded run's request: research one workshop, answer in JSON. */
    private static final TaskRunInput KVIST_TASK = TaskRunInput.builder()
            .processor("core")
            .input(TaskRunInput.Input.ofJsonMap(KVIST_INPUT))
            .taskSpec(TaskSpec.builder()
                    .outputSchema(JsonSchema.builder().jsonSchema(LEAD_TIME_SCHEMA.asObject().orElseThrow()).build())
                    .inputSchema(TaskSpec.InputSchema.ofString("The workshop's name and the address of its website."))
                    .build())
            .metadata(METADATA)
            .sourcePolicy(SourcePolicy.builder()
                    .addIncludeDomain("kvist-sykkel.example").addIncludeDomain("nordicgravel.example").build())
            .advancedSettings(TaskAdvancedSettings.builder().location("no").build())
            .enableEvents(true)
            .webhook(Webhook.builder()
                    .url("https://hooks.fleet.example/parallel/tasks")
                    .addEventType(Webhook.EventType.TASK_RUN_STATUS)
                    .build())
            .build();
    /** {@link #KVIST_TASK} as the API receives it. */
    private static final String KVIST_TASK_JSON = """
            {"processor": "core",
             "input": {"workshop": "Kvist Sykkelverksted", "website": "https://kvist-sykkel.example"},
             "task_spec": {"output_schema": {"json_schema": %s, "type": "json"},
                           "input_schema": "The workshop's name and the address of its website."},
             "metadata": {"requested_by": "fleet-procurement", "batch": 7},
             "source_policy": {"include_domains": ["kvist-sykkel.example", "nordicgravel.example"]},
             "advanced_settings": {"location": "no"},
             "enable_events": true,
             "webhook": {"url": "https://hooks.fleet.example/parallel/tasks", "event_types": ["task_run.status"]}}
            """.formatted(LEAD_TIME_SCHEMA.toJson());

    @Test
    @Scenario("task-create")
    void createSendsTheTaskWithTheAddedBetasOnceAndReadsTheQueuedRunFromA202(RecordedApi api) {
        TaskRun run = api.client().tasks().create(KVIST_TASK, TasksCreateParams.builder()
                .addBeta(ParallelBeta.EVENTS_SSE_2025_07_24)
                .addBeta(ParallelBeta.WEBHOOK_2025_08_12)
                .build());

        assertThat(run.runId()).startsWith("trun_");
        assertThat(run.status().isKnown()).isTrue();
        assertThat(run.processor()).isEqualTo("core");
        assertThat(run.metadata()).as("metadata is echoed back").contains(METADATA);
        api.replayedValues(() -> {
            assertThat(run.runId()).isEqualTo(TASK_RUN_ID);
            assertThat(run.interactionId()).isEqualTo(TASK_RUN_ID);
            assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
            assertThat(run.isActive()).isTrue();
            assertThat(run.warnings()).as("warnings: null").isEmpty();
            assertThat(run.error()).as("error: null").isEmpty();
            assertThat(run.taskgroupId()).as("taskgroup_id: null").isEmpty();
            assertThat(run.createdAt()).contains("2026-03-06T10:02:11.482913Z");
        });
        api.onlyRequest()
                .is("POST", "/v1/tasks/runs")
                .hasApiKey(api.apiKey())
                .hasBetas("events-sse-2025-07-24,webhook-2025-08-12")
                .hasJsonBody(KVIST_TASK_JSON);
    }

    @Test
    @Scenario(value = "task-create", live = Live.NOT_RECORDED)
    void createWithoutBetasSendsNoBetaHeader(RecordedApi api) {
        api.client().tasks().create(KVIST_TASK);

        api.onlyRequest().is("POST", "/v1/tasks/runs").hasNoBetas().hasJsonBody(KVIST_TASK_JSON);
    }

    @Test
    @Scenario(value = "task-retrieve", live = Live.ON_EXISTING_TASK_RUN)
    void retrieveReadsTheRunWithoutOutputAndItsWarnings(RecordedApi api) {
        String runId = api.existingId(TASK_RUN_ID);

        TaskRun run = api.client().tasks().retrieve(runId);

        assertThat(run.runId()).isEqualTo(runId);
        assertThat(run.status().isKnown()).isTrue();
        api.replayedValues(() -> {
            assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(run.isActive()).isTrue();
            assertThat(run.metadata()).contains(METADATA);
            assertThat(run.metadata().orElseThrow().get("batch").asLong()).isEqualTo(7);
            Warning warning = run.warnings().orElseThrow().get(0);
            assertThat(warning.type()).isEqualTo(Warning.Type.SPEC_VALIDATION_WARNING);
            assertThat(warning.message()).startsWith("Output field frame_materials is a list");
            assertThat(warning.detail()).contains(Map.of("field", JsonValue.of("frame_materials")));
            assertThat(run.modifiedAt()).contains("2026-03-06T10:02:19.700254Z");
        });
        api.onlyRequest()
                .is("GET", "/v1/tasks/runs/" + runId)
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasNoBody();
    }

    @Test
    @Scenario(value = "task-input", live = Live.ON_EXISTING_TASK_RUN)
    void inputReadsBackTheRequestTheRunWasCreatedFrom(RecordedApi api) {
        String runId = api.existingId(TASK_RUN_ID);

        TaskRunInput input = api.client().tasks().input(runId);

        assertThat(input.processor()).isNotBlank();
        assertThat(input.input()).isNotInstanceOf(TaskRunInput.Input.Unknown.class);
        api.replayedValues(() -> {
            assertThat(input.processor()).isEqualTo(KVIST_TASK.processor());
            assertThat(input.input()).isEqualTo(KVIST_TASK.input());
            assertThat(input.taskSpec()).isEqualTo(KVIST_TASK.taskSpec());
            TaskSpec spec = input.taskSpec().orElseThrow();
            assertThat(spec.outputSchema()).isInstanceOfSatisfying(JsonSchema.class,
                    schema -> assertThat(JsonValue.of(schema.jsonSchema())).isEqualTo(LEAD_TIME_SCHEMA));
            assertThat(spec.inputSchema()).containsInstanceOf(TaskSpec.InputSchema.OfString.class);
            assertThat(input.metadata()).isEqualTo(KVIST_TASK.metadata());
            assertThat(input.sourcePolicy().orElseThrow().includeDomains())
                    .contains(List.of("kvist-sykkel.example", "nordicgravel.example"));
            assertThat(input.sourcePolicy().orElseThrow().afterDate()).as("after_date: null").isEmpty();
            assertThat(input.advancedSettings()).isEqualTo(KVIST_TASK.advancedSettings());
            assertThat(input.enableEvents()).contains(true);
            assertThat(input.webhook()).isEqualTo(KVIST_TASK.webhook());
            assertThat(input.mcpServers()).as("mcp_servers: null").isEmpty();
            assertThat(input.previousInteractionId()).as("previous_interaction_id: null").isEmpty();
        });
        api.onlyRequest()
                .is("GET", "/v1/tasks/runs/" + runId + "/input")
                .hasApiKey(api.apiKey())
                .hasNoBody();
    }

    @Test
    @Scenario(value = "task-result-json", live = Live.ON_EXISTING_TASK_RUN)
    void resultSendsTheTimeoutAndBetaAndReadsJsonOutputWithABasisPerFieldAndListElement(RecordedApi api) {
        String runId = api.existingId(TASK_RUN_ID);

        TaskRunResult result = api.client().tasks().result(runId, TasksResultParams.builder()
                .timeout(30L)
                .addBeta(ParallelBeta.FIELD_BASIS_2025_11_25)
                .build());

        assertThat(result.run().runId()).isEqualTo(runId);
        assertThat(result.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.output().isJson()).as("dispatched on type: json").isTrue();
        assertThat(result.output().accept(new TaskRunOutput.Visitor<String>() {
            @Override
            public String visitText(TaskRunTextOutput value) {
                return value.type();
            }

            @Override
            public String visitJson(TaskRunJsonOutput value) {
                return value.type();
            }
        })).isEqualTo("json");
        TaskRunJsonOutput output = result.output().asJson();
        assertThat(output.basis()).extracting(FieldBasis::field).contains("lead_time_weeks", "base_price_nok");
        api.replayedValues(() -> {
            assertThat(result.run().isActive()).isFalse();
            assertThat(output.content()).isEqualTo(Map.of(
                    "lead_time_weeks", JsonValue.of("10-12"),
                    "base_price_nok", JsonValue.of("48000"),
                    "frame_materials", JsonValue.parse("[\"titanium 3Al/2.5V\", \"steel\"]")));
            assertThat(output.basis()).extracting(FieldBasis::field, FieldBasis::confidence).containsExactly(
                    tuple("lead_time_weeks", Optional.of("high")),
                    tuple("base_price_nok", Optional.of("medium")),
                    tuple("frame_materials", Optional.of("high")),
                    tuple("frame_materials.0", Optional.of("high")),
                    tuple("frame_materials.1", Optional.of("low")));
            FieldBasis price = output.basis().get(1);
            assertThat(price.reasoning()).startsWith("The product page gives the starting price");
            assertThat(price.citations()).extracting(Citation::url, Citation::excerpts).containsExactly(
                    tuple("https://kvist-sykkel.example/titan", Optional.of(List.of(
                            "Frames start at NOK 48 000, fit session and geometry drawing included."))),
                    tuple("https://nordicgravel.example/2025/09/kvist-visit", Optional.empty()));
            assertThat(output.basis().get(2).citations().get(0).title()).as("title: null").isEmpty();
            assertThat(output.mcpToolCalls()).as("mcp_tool_calls: null").isEmpty();
            assertThat(output.outputSchema()).as("only set for auto schemas").isEmpty();
        });
        api.onlyRequest()
                .is("GET", "/v1/tasks/runs/" + runId + "/result?timeout=30")
                .hasApiKey(api.apiKey())
                .hasBetas("field-basis-2025-11-25")
                .hasNoBody();
    }

    @Test
    @Scenario(value = "task-result-text", live = Live.ON_EXISTING_TASK_RUN)
    void resultOfATextTaskReadsTheTextOutputAndItsSingleBasis(RecordedApi api) {
        String runId = api.existingId(TEXT_RUN_ID);

        TaskRunResult result = api.client().tasks().result(runId, TasksResultParams.builder().timeout(30L).build());

        assertThat(result.output()).as("dispatched on type: text").isInstanceOf(TaskRunTextOutput.class);
        TaskRunTextOutput output = (TaskRunTextOutput) result.output();
        assertThat(output.content()).isNotBlank();
        assertThat(output.basis()).extracting(FieldBasis::field).containsExactly("output");
        api.replayedValues(() -> {
            assertThat(result.run().processor()).isEqualTo("base");
            assertThat(result.run().metadata()).as("metadata: null").isEmpty();
            assertThat(output.content()).startsWith("Riders describe Kvist titanium frames as lively yet calm");
            FieldBasis basis = output.basis().get(0);
            assertThat(basis.confidence()).as("confidence: null").isEmpty();
            assertThat(basis.citations()).extracting(Citation::title).containsExactly(
                    Optional.of("Hand-built in Bergen: a morning at Kvist"), Optional.of("Owner reviews"));
        });
        api.onlyRequest()
                .is("GET", "/v1/tasks/runs/" + runId + "/result?timeout=30")
                .hasApiKey(api.apiKey())
                .hasNoBetas();
    }

    @Test
    @Scenario(value = "task-result-timeout", live = Live.NOT_RECORDED)
    void resultOfARunStillActiveWhenTheWaitRunsOutThrowsRequestTimeoutWithTheErrorResponse(RecordedApi api) {
        RequestTimeoutException e = catchThrowableOfType(RequestTimeoutException.class,
                () -> api.client().tasks().result(TASK_RUN_ID, TasksResultParams.builder().timeout(5L).build()));

        assertThat(e.statusCode()).isEqualTo(408);
        assertThat(e.requestId()).contains("req_01JP2B6F8H0K2M4P6R8T0V2X4Z");
        ErrorResponse body = e.body(ErrorResponse.class).orElseThrow();
        assertThat(body.error().refId()).isEqualTo("9c1e5a3f-7b2d-4e68-a0c4-2f8d6b1e9a37");
        assertThat(body.error().message()).isEqualTo("Task run " + TASK_RUN_ID
                + " is still running after waiting 5 seconds; call again to keep waiting.");
        assertThat(body.error().detail()).contains(Map.of(
                "status", JsonValue.of("running"), "waited_seconds", JsonValue.of(5)));
        assertThat(e.refId()).contains("9c1e5a3f-7b2d-4e68-a0c4-2f8d6b1e9a37");
        assertThat(e.getMessage()).contains("HTTP 408", "still running after waiting 5 seconds");
        api.retriedRequest(3)
                .is("GET", "/v1/tasks/runs/" + TASK_RUN_ID + "/result?timeout=5")
                .hasApiKey(api.apiKey())
                .hasNoBetas();
        api.waitedWithBackoff();
    }
}
