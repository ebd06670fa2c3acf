package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.MONITOR_ID;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.MonitorResponse;
import dev.parallel4j.client.model.PaginatedMonitorResponse;
import dev.parallel4j.client.model.TaskRunStreamEvent;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.runtime.client.CursorPage;
import dev.parallel4j.runtime.client.RawResponse;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.sse.EventStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code withRawResponse} on any service gives any call's status, headers and request id with its value: a model,
 * nothing, an open event stream or a page; a failed call's exception carries the same.
 */
@ExtendWith(RecordedApiExtension.class)
final class RawResponsesTest {
    @Test
    @Scenario(value = "retrieve", live = Live.ON_EXISTING_RUN)
    void aCallsValueComesWithItsStatusHeadersAndRequestId(RecordedApi api) {
        String runId = api.existingId(RUN_ID);

        RawResponse<FindAllRun> raw = api.client().findAll().withRawResponse(findAll -> findAll.retrieve(runId));

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(raw.value().findallId()).isEqualTo(runId);
        assertThat(raw.requestId()).isPresent();
        api.replayedValues(() -> assertThat(raw.requestId()).contains("req_01JNV3R8D2Z5L0F3J9K4N6XPBE"));
    }

    @Test
    @Scenario("error-404-events")
    void aFailedCallThrowsWithTheSameDetails(RecordedApi api) {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> api.client().findAll().withRawResponse(findAll -> findAll.events("findall_5d8c2b7e90a14c3f8e6d1b0a9c7f4e21")));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.requestId()).isPresent();
        api.replayedValues(() -> assertThat(e.requestId()).contains("req_01JNV7E8Q7M0Y3S6W9E2G4JCNT"));
    }

    @Test
    @Scenario(value = "monitor-trigger", live = Live.NOT_RECORDED)
    void aCallWithoutAValueStillHasItsResponse(RecordedApi api) {
        RawResponse<Void> raw = api.client().monitors().withRawResponseAsync(monitors -> monitors.triggerAsync(MONITOR_ID)).join();

        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(raw.requestId()).contains("req_01JP2D4D6F8H0K2M4P6R8T0V2X");
        assertThat(raw.value()).isNull();
    }

    @Test
    @Scenario(value = "task-events", live = Live.NOT_RECORDED)
    void anEventStreamIsReportedWhenItOpens(RecordedApi api) {
        RawResponse<EventStream<TaskRunStreamEvent>> raw = api.client().tasks().withRawResponse(tasks -> tasks.events(TASK_RUN_ID));

        try (EventStream<TaskRunStreamEvent> events = raw.value()) {
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(raw.header("content-type")).contains("text/event-stream");
            assertThat(raw.requestId()).contains("req_01JP2B7G9J1L3N5Q7S9U1W3Y5A");
            assertThat(events.iterator().hasNext()).isTrue();
        }
    }

    @Test
    @Scenario(value = "monitor-list", live = Live.NOT_RECORDED)
    void aPageIsReportedWithTheResponseThatBroughtIt(RecordedApi api) {
        RawResponse<CursorPage<PaginatedMonitorResponse, MonitorResponse>> raw =
                api.client().monitors().withRawResponse(monitors -> monitors.list());

        assertThat(raw.requestId()).contains("req_01JP2D7G9J1L3N5Q7S9U1W3Y5A");
        assertThat(raw.value().items()).hasSize(2);
        assertThat(raw.value().nextPage().items()).as("later pages come as usual").isNotEmpty();
    }
}
