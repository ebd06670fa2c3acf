package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.TASK_GROUP_ID;
import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static dev.parallel4j.it.Recorded.TEXT_RUN_ID;
import static dev.parallel4j.it.support.EventStreams.readToEnd;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.model.ErrorEvent;
import dev.parallel4j.client.model.ErrorObject;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.client.model.TaskGroupRunStreamEvent;
import dev.parallel4j.client.model.TaskGroupStatusEvent;
import dev.parallel4j.client.model.TaskGroupStreamEvent;
import dev.parallel4j.client.model.TaskRunEvent;
import dev.parallel4j.client.model.TaskRunInput;
import dev.parallel4j.client.model.TaskRunJsonOutput;
import dev.parallel4j.client.model.TaskRunOutput;
import dev.parallel4j.client.model.TaskRunProgressMessageEvent;
import dev.parallel4j.client.model.TaskRunProgressStatsEvent;
import dev.parallel4j.client.model.TaskRunStreamEvent;
import dev.parallel4j.client.model.TaskRunTextOutput;
import dev.parallel4j.client.service.TaskGroupsEventsParams;
import dev.parallel4j.client.service.TaskGroupsListRunsParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.error.StreamErrorException;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.sse.EventStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server-sent event streams of the Task API: one run's progress (on the v1 and the v1beta path), a group's
 * status and finished runs (resumed after a given event), and a group's runs with their inputs and outputs.
 */
@ExtendWith(RecordedApiExtension.class)
final class TaskEventStreamsTest {
    @Test
    @Scenario(value = "task-events", live = Live.ON_EXISTING_TASK_RUN)
    void aRunStreamOpensWithItsStateThenProgressAndEndsWithTheCompletedStateAndItsOutput(RecordedApi api) {
        String runId = api.existingId(TASK_RUN_ID);

        List<TaskRunStreamEvent> events = readToEnd(api.client().tasks().events(runId));

        assertOpensWithStateAndEndsCompletedWithOutput(events, runId);
        assertThat(finalOutput(events).isJson()).as("the run's output is JSON").isTrue();
        api.replayedValues(() -> {
            assertThat(events).extracting(TaskEventStreamsTest::typeOf).containsExactly(
                    "task_run.state",
                    "task_run.progress_msg.exec_status",
                    "task_run.progress_msg.plan",
                    "task_run.progress_msg.search",
                    "task_run.progress_stats",
                    "task_run.progress_msg.result",
                    "task_run.progress_stats",
                    "task_run.state");
            TaskRunEvent opening = events.get(0).asTaskRun();
            assertThat(opening.run().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(opening.eventId()).as("always empty on a single run's stream").isEmpty();
            assertThat(opening.output()).as("output: null").isEmpty();
            TaskRunProgressMessageEvent plan = events.get(2).asTaskRunProgressMessage();
            assertThat(plan.type()).isEqualTo(TaskRunProgressMessageEvent.Type.TASK_RUN_PROGRESS_MSG_PLAN);
            assertThat(plan.message()).startsWith("Read the workshop's own pages");
            assertThat(plan.timestamp()).contains("2026-03-06T10:02:21.402917Z");
            TaskRunProgressStatsEvent stats = events.get(4).asTaskRunProgressStats();
            assertThat(stats.progressMeter()).isEqualTo(35.0);
            assertThat(stats.sourceStats().numSourcesConsidered()).contains(41L);
            assertThat(stats.sourceStats().numSourcesRead()).contains(6L);
            assertThat(stats.sourceStats().sourcesReadSample().orElseThrow())
                    .hasSize(3).first().isEqualTo("https://kvist-sykkel.example/titan");
            TaskRunJsonOutput output = finalOutput(events).asJson();
            assertThat(output.content()).containsEntry("lead_time_weeks", JsonValue.of("10-12"));
            assertThat(output.basis()).hasSize(5);
        });
        api.onlyRequest()
                .is("GET", "/v1/tasks/runs/" + runId + "/events")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasHeader("Accept", "text/event-stream")
                .hasNoBody();
    }

    @Test
    @Scenario(value = "task-events-v1beta", live = Live.ON_EXISTING_TASK_RUN)
    void theV1betaPathStreamsTheSameEventsAndKeepsNullStatistics(RecordedApi api) {
        String runId = api.existingId(TEXT_RUN_ID);

        List<TaskRunStreamEvent> events = readToEnd(api.client().tasks().eventsV1beta(runId));

        assertOpensWithStateAndEndsCompletedWithOutput(events, runId);
        assertThat(finalOutput(events).isText()).as("the run's output is text").isTrue();
        api.replayedValues(() -> {
            assertThat(events).extracting(TaskEventStreamsTest::typeOf).containsExactly(
                    "task_run.state",
                    "task_run.progress_msg.plan",
                    "task_run.progress_msg.tool_call",
                    "task_run.progress_stats",
                    "task_run.state");
            TaskRunProgressMessageEvent toolCall = events.get(2).asTaskRunProgressMessage();
            assertThat(toolCall.type()).isEqualTo(TaskRunProgressMessageEvent.Type.TASK_RUN_PROGRESS_MSG_TOOL_CALL);
            assertThat(toolCall.timestamp()).as("timestamp: null").isEmpty();
            TaskRunProgressStatsEvent stats = events.get(3).asTaskRunProgressStats();
            assertThat(stats.sourceStats().numSourcesConsidered()).as("null").isEmpty();
            assertThat(stats.sourceStats().numSourcesRead()).contains(4L);
            assertThat(stats.sourceStats().sourcesReadSample()).as("null").isEmpty();
            TaskRunTextOutput output = finalOutput(events).asText();
            assertThat(output.content()).startsWith("Riders describe Kvist titanium frames");
        });
        api.onlyRequest()
                .is("GET", "/v1beta/tasks/runs/" + runId + "/events")
                .hasApiKey(api.apiKey())
                .hasHeader("Accept", "text/event-stream");
    }

    @Test
    @Scenario(value = "taskgroup-events", live = Live.ON_EXISTING_TASK_GROUP)
    void aGroupStreamResumedAfterAnEventIdDeliversOnlyTheEventsAfterIt(RecordedApi api) {
        String groupId = api.existingId(TASK_GROUP_ID);
        TaskGroupsEventsParams bounded = TaskGroupsEventsParams.builder().timeout(30.0).build();

        List<TaskGroupStreamEvent> all = readToEnd(api.client().taskGroups().events(groupId, bounded));
        String resumeAfter = eventId(all.get(all.size() > 1 ? 1 : 0));
        List<TaskGroupStreamEvent> resumed = readToEnd(api.client().taskGroups().events(groupId,
                bounded.toBuilder().lastEventId(resumeAfter).build()));

        assertThat(all).isNotEmpty().noneMatch(TaskGroupStreamEvent::isUnknown);
        assertThat(resumed).extracting(TaskEventStreamsTest::eventId).doesNotContain(resumeAfter);
        api.replayedValues(() -> {
            assertThat(all).extracting(TaskEventStreamsTest::eventId).containsExactly(
                    "6b8f21a03c4d1", "6b8f21a5e7b02", "6b8f21b91f0c3", "6b8f21c2a8d54");
            assertThat(resumed).as("the events after the resume point, as first sent").isEqualTo(all.subList(2, 4));
            TaskGroupStatusEvent running = (TaskGroupStatusEvent) all.get(0);
            assertThat(running.status().isActive()).isTrue();
            assertThat(running.status().taskRunStatusCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "completed", 4L, "running", 2L));
            TaskRunEvent completed = all.get(1).asTaskRun();
            assertThat(completed.run().status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(completed.run().taskgroupId()).contains(TASK_GROUP_ID);
            assertThat(completed.output()).as("group events carry no output").isEmpty();
            TaskRunEvent failed = all.get(2).asTaskRun();
            assertThat(failed.run().status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.run().error().orElseThrow().message()).isEqualTo(
                    "No source about this workshop could be read; its website answered 404 to every request.");
            assertThat(failed.run().error().orElseThrow().detail()).as("detail: null").isEmpty();
            TaskGroupStatusEvent finished = all.get(3).asTaskGroupStatus();
            assertThat(finished.status().isActive()).isFalse();
            assertThat(finished.status().statusMessage()).contains("All runs have finished");
        });
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThatRequest(requests.get(0))
                .is("GET", "/v1/tasks/groups/" + groupId + "/events?timeout=30")
                .hasApiKey(api.apiKey())
                .hasHeader("Accept", "text/event-stream");
        assertThatRequest(requests.get(1))
                .is("GET", "/v1/tasks/groups/" + groupId + "/events?last_event_id=" + resumeAfter + "&timeout=30")
                .hasApiKey(api.apiKey());
    }

    @Test
    @Scenario(value = "taskgroup-runs", live = Live.ON_EXISTING_TASK_GROUP)
    void aGroupsRunStreamSendsTheFiltersAndCarriesEachRunWithItsInputAndOutput(RecordedApi api) {
        String groupId = api.existingId(TASK_GROUP_ID);

        List<TaskGroupRunStreamEvent> events = new ArrayList<>();
        EventStream<TaskGroupRunStreamEvent> stream = api.client().taskGroups().listRuns(groupId,
                TaskGroupsListRunsParams.builder()
                        .status(RunStatus.COMPLETED)
                        .includeInput(true)
                        .includeOutput(true)
                        .build());
        Throwable ended = catchThrowable(() -> stream.forEach(events::add));

        assertThat(stream.isClosed()).as("closed at its end or at an error event").isTrue();
        if (ended != null) {
            assertThat(ended).isInstanceOf(StreamErrorException.class);
        }

        assertThat(events).noneMatch(TaskGroupRunStreamEvent::isUnknown);
        assertThat(events).filteredOn(TaskGroupRunStreamEvent::isTaskRun).allSatisfy(event -> {
            TaskRunEvent run = event.asTaskRun();
            assertThat(run.run().status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.run().taskgroupId()).contains(groupId);
            assertThat(run.input()).as("include_input").isPresent();
            assertThat(run.output()).as("include_output").isPresent();
            assertThat(run.eventId()).as("a cursor for last_event_id").isPresent();
        });
        api.replayedValues(() -> {
            assertThat(events).extracting(TaskEventStreamsTest::typeOf).containsExactly(
                    "task_run.state", "task_run.state", "task_run.state");
            TaskRunEvent hallonberg = events.get(0).asTaskRun();
            assertThat(hallonberg.input().orElseThrow().input()).isEqualTo(TaskRunInput.Input.ofJsonMap(Map.of(
                    "workshop", JsonValue.of("Hallonberg Ramverk"),
                    "website", JsonValue.of("https://hallonberg-ramverk.example"))));
            TaskRunJsonOutput lead = hallonberg.output().orElseThrow().asJson();
            assertThat(lead.content()).containsEntry("lead_time_weeks", JsonValue.of("16"));
            assertThat(lead.basis()).extracting(FieldBasis::field, basis -> basis.citations().get(0).url())
                    .containsExactly(tuple("lead_time_weeks", "https://hallonberg-ramverk.example/frames"));
            TaskRunEvent kvist = events.get(2).asTaskRun();
            assertThat(kvist.input().orElseThrow().input()).isInstanceOfSatisfying(TaskRunInput.Input.OfString.class,
                    question -> assertThat(question.value()).contains("what do riders say"));
            assertThat(kvist.output().orElseThrow().isText()).isTrue();
            assertThat(ended).as("raised by the error event at the end").isInstanceOf(StreamErrorException.class);
            ErrorObject error = ((StreamErrorException) ended).error(ErrorObject.class).orElseThrow();
            assertThat(error.refId()).isEqualTo("2d7c0a5e-9f3b-4e16-8a4d-b1e7c3f9a062");
            assertThat(error.detail()).contains(Map.of("last_event_id", JsonValue.of("6b8f22e38b149")));
            assertThat(stream.lastEventId()).as("where to pick the stream up").contains("6b8f22e38b149");
            assertThat(kvist.eventId()).isEqualTo(Optional.of("6b8f22e38b149"));
        });
        api.onlyRequest()
                .is("GET", "/v1/tasks/groups/" + groupId
                        + "/runs?status=completed&include_input=true&include_output=true")
                .hasApiKey(api.apiKey())
                .hasHeader("Accept", "text/event-stream")
                .hasNoBody();
    }

    private static void assertOpensWithStateAndEndsCompletedWithOutput(List<TaskRunStreamEvent> events, String runId) {
        assertThat(events).noneMatch(TaskRunStreamEvent::isUnknown);
        assertThat(events.get(0).isTaskRun()).as("the stream opens with the run's state").isTrue();
        TaskRunEvent last = events.get(events.size() - 1).asTaskRun();
        assertThat(last.run().runId()).isEqualTo(runId);
        assertThat(last.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(last.output()).as("the final state carries the output")
                .hasValueSatisfying(output -> assertThat(output.isUnknown()).isFalse());
    }

    /** The output in the last event of a run's stream. */
    private static TaskRunOutput finalOutput(List<TaskRunStreamEvent> events) {
        return events.get(events.size() - 1).asTaskRun().output().orElseThrow();
    }

    /** The {@code type} of a run event, known or not. */
    private static String typeOf(TaskRunStreamEvent event) {
        return event.accept(new TaskRunStreamEvent.Visitor<String>() {
            @Override
            public String visitTaskRunProgressStats(TaskRunProgressStatsEvent value) {
                return value.type();
            }

            @Override
            public String visitTaskRunProgressMessage(TaskRunProgressMessageEvent value) {
                return value.type().asString();
            }

            @Override
            public String visitTaskRun(TaskRunEvent value) {
                return value.type();
            }

            @Override
            public String visitError(ErrorEvent value) {
                return value.type();
            }

            @Override
            public String visitUnknown(JsonValue json) {
                return json.asObject().orElseThrow().get("type").toString();
            }
        });
    }

    /** The {@code type} of a group run event. */
    private static String typeOf(TaskGroupRunStreamEvent event) {
        return event.asTaskRun().type();
    }

    /** The {@code event_id} of a group event, the cursor to resume after it. */
    private static String eventId(TaskGroupStreamEvent event) {
        return event.accept(new TaskGroupStreamEvent.Visitor<String>() {
            @Override
            public String visitTaskGroupStatus(TaskGroupStatusEvent value) {
                return value.eventId();
            }

            @Override
            public String visitTaskRun(TaskRunEvent value) {
                return value.eventId().orElseThrow();
            }

            @Override
            public String visitError(ErrorEvent value) {
                throw new AssertionError("An error event has no event_id: " + value);
            }
        });
    }
}
