package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.MONITOR_ID;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parallel4j.client.model.FindAllEvent;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.MonitorResponse;
import dev.parallel4j.client.model.PaginatedMonitorResponse;
import dev.parallel4j.client.model.TaskRunStreamEvent;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.runtime.client.CursorPage;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.sse.EventStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation's asynchronous twin gives what the blocking method gives: a value, nothing, an open event stream,
 * pages fetched one after the other, or the typed exception.
 */
@ExtendWith(RecordedApiExtension.class)
final class AsyncCallsTest {
    @Test
    @Scenario(value = "retrieve", live = Live.ON_EXISTING_RUN)
    void aFutureCompletesWithWhatTheBlockingCallReturns(RecordedApi api) throws Exception {
        String runId = api.existingId(RUN_ID);

        FindAllRun run = api.client().findAll().retrieveAsync(runId).get(30, TimeUnit.SECONDS);

        assertThat(run.findallId()).isEqualTo(runId);
        assertThat(run).isEqualTo(api.client().findAll().retrieve(runId));
    }

    @Test
    @Scenario(value = "task-events", live = Live.NOT_RECORDED)
    void anEventStreamOpensAsynchronouslyAndIsReadAsUsual(RecordedApi api) throws Exception {
        CompletableFuture<EventStream<TaskRunStreamEvent>> opening = api.client().tasks().eventsAsync(TASK_RUN_ID);

        try (EventStream<TaskRunStreamEvent> events = opening.get(30, TimeUnit.SECONDS)) {
            assertThat(events.stream().count()).isEqualTo(8);
        }
    }

    @Test
    @Scenario(value = "monitor-list", live = Live.NOT_RECORDED)
    void pagesAreFetchedAsynchronouslyOneAfterTheOther(RecordedApi api) {
        List<String> ids = new ArrayList<>();
        CursorPage<PaginatedMonitorResponse, MonitorResponse> page = api.client().monitors().listAsync().join();
        page.items().forEach(monitor -> ids.add(monitor.monitorId()));
        while (page.hasNextPage()) {
            page = page.nextPageAsync().join();
            page.items().forEach(monitor -> ids.add(monitor.monitorId()));
        }

        assertThat(ids).hasSize(5).contains(MONITOR_ID).doesNotHaveDuplicates();
        assertThat(api.requests()).hasSize(3);
    }

    @Test
    @Scenario(value = "monitor-trigger", live = Live.NOT_RECORDED)
    void aCallWithoutAnAnswerCompletesWithNull(RecordedApi api) {
        assertThat(api.client().monitors().triggerAsync(MONITOR_ID).join()).isNull();
        api.onlyRequest().is("POST", "/v1/monitors/" + MONITOR_ID + "/trigger");
    }

    @Test
    @Scenario("error-404-events")
    void aFailureCompletesTheFutureWithTheTypedException(RecordedApi api) {
        CompletableFuture<EventStream<FindAllEvent>> opening = api.client().findAll().eventsAsync("findall_5d8c2b7e90a14c3f8e6d1b0a9c7f4e21");

        ExecutionException failed = catchThrowableOfType(ExecutionException.class, () -> opening.get(30, TimeUnit.SECONDS));

        assertThat(failed.getCause()).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.requestId()).contains("req_01JNV7E8Q7M0Y3S6W9E2G4JCNT"));
    }
}
