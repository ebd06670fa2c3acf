package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.MONITOR_ID;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.MonitorCompletionEvent;
import dev.parallel4j.client.model.MonitorErrorEvent;
import dev.parallel4j.client.model.MonitorEventStreamEvent;
import dev.parallel4j.client.model.MonitorResponse;
import dev.parallel4j.client.model.MonitorSnapshotEvent;
import dev.parallel4j.client.model.MonitorStatus;
import dev.parallel4j.client.model.MonitorType;
import dev.parallel4j.client.model.PaginatedMonitorEvents.MonitorEvent;
import dev.parallel4j.client.model.PaginatedMonitorEvents;
import dev.parallel4j.client.model.PaginatedMonitorResponse;
import dev.parallel4j.client.model.TaskRunJsonOutput;
import dev.parallel4j.client.model.Warning;
import dev.parallel4j.client.service.MonitorsEventsParams;
import dev.parallel4j.client.service.MonitorsListParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.client.CursorPage;
import dev.parallel4j.runtime.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cursor pagination: monitors and a monitor's events over three pages, page by page and through the auto-pager,
 * with the filters repeated on every page. The pages are hand-written: they need an account with many monitors.
 */
@ExtendWith(RecordedApiExtension.class)
final class MonitorPagesTest {
    /** The snapshot monitor whose events the walk reads. */
    private static final String SNAPSHOT_MONITOR_ID = "monitor_5e9c1a7b3d2f4086a4b1e7c0d9f2a638";
    private static final MonitorsListParams ALL_MONITORS = MonitorsListParams.builder()
            .limit(2L)
            .addTypeItem(MonitorType.EVENT_STREAM)
            .addTypeItem(MonitorType.SNAPSHOT)
            .addStatusItem(MonitorStatus.ACTIVE)
            .addStatusItem(MonitorStatus.CANCELLED)
            .build();
    private static final String FILTERS = "limit=2&type=event_stream&type=snapshot&status=active&status=cancelled";
    /** The first page's URL, then the following pages' ({@code ==} encoded as {@code %3D%3D}). */
    private static final List<String> MONITOR_PAGES = List.of(
            "/v1/monitors?" + FILTERS,
            "/v1/monitors?cursor=bW9uaXRvcnM6Mg%3D%3D&" + FILTERS,
            "/v1/monitors?cursor=bW9uaXRvcnM6NA%3D%3D&" + FILTERS);
    private static final List<String> MONITOR_IDS = List.of(
            "monitor_b4e08d2f6a1c4973b5e2c8d0f7a3e619", "monitor_d9c3f7a1e5b24680a8c2e4f6b0d3a715",
            MONITOR_ID, SNAPSHOT_MONITOR_ID,
            "monitor_7b0e3a6d9c1f4258b4d7a0c3e6f9b182");
    private static final MonitorsEventsParams WITH_COMPLETIONS =
            MonitorsEventsParams.builder().limit(2L).includeCompletions(true).build();
    private static final String EVENTS = "/v1/monitors/" + SNAPSHOT_MONITOR_ID + "/events?";
    private static final List<String> EVENT_PAGES = List.of(
            EVENTS + "limit=2&include_completions=true",
            EVENTS + "cursor=ZXZlbnRzOjI%3D&limit=2&include_completions=true",
            EVENTS + "cursor=ZXZlbnRzOjQ%3D&limit=2&include_completions=true");

    @Test
    @Scenario(value = "monitor-list", live = Live.NOT_RECORDED)
    void listWalksThreePagesByCursorSendingTheFiltersAsRepeatedParametersOnEach(RecordedApi api) {
        CursorPage<PaginatedMonitorResponse, MonitorResponse> first = api.client().monitors().list(ALL_MONITORS);
        CursorPage<PaginatedMonitorResponse, MonitorResponse> second = first.nextPage();
        CursorPage<PaginatedMonitorResponse, MonitorResponse> third = second.nextPage();

        assertThat(List.of(first, second, third)).extracting(CursorPage::hasNextPage)
                .containsExactly(true, true, false);
        assertThat(first.nextCursor()).contains("bW9uaXRvcnM6Mg==");
        assertThat(third.nextCursor()).as("next_cursor: null").isEmpty();
        assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(third::nextPage);
        assertThat(second.response().monitors()).isEqualTo(second.items());
        List<MonitorResponse> monitors = new ArrayList<>(first.items());
        monitors.addAll(second.items());
        monitors.addAll(third.items());
        assertThat(monitors).extracting(MonitorResponse::monitorId).containsExactlyElementsOf(MONITOR_IDS);
        assertThat(monitors).extracting(MonitorResponse::type, MonitorResponse::status).containsExactly(
                tuple(MonitorType.EVENT_STREAM, MonitorStatus.ACTIVE),
                tuple(MonitorType.SNAPSHOT, MonitorStatus.CANCELLED),
                tuple(MonitorType.EVENT_STREAM, MonitorStatus.ACTIVE),
                tuple(MonitorType.SNAPSHOT, MonitorStatus.ACTIVE),
                tuple(MonitorType.EVENT_STREAM, MonitorStatus.CANCELLED));
        assertThat(monitors).allSatisfy(monitor -> assertThat(monitor.settings().isSnapshot())
                .as("settings of %s dispatched by %s", monitor.monitorId(), monitor.type())
                .isEqualTo(monitor.type().equals(MonitorType.SNAPSHOT)));
        TaskRunJsonOutput snapshot = monitors.get(3).output().orElseThrow().latestSnapshot().orElseThrow().asJson();
        assertThat(snapshot.content()).containsEntry("lead_time_weeks", JsonValue.of("10-12"));
        assertThat(monitors.get(4).settings().asEventStream().outputSchema()).isEmpty();
        assertThat(api.requests()).extracting(LoggedRequest::getUrl).containsExactlyElementsOf(MONITOR_PAGES);
        assertThatRequest(api.requests().get(2)).hasApiKey(api.apiKey()).hasNoBody();
    }

    @Test
    @Scenario(value = "monitor-list", live = Live.NOT_RECORDED)
    void autoPagerAndStreamReadEveryMonitorFetchingEachPageOnlyWhenReached(RecordedApi api) {
        List<String> iterated = new ArrayList<>();
        for (MonitorResponse monitor : api.client().monitors().list(ALL_MONITORS).autoPager()) {
            iterated.add(monitor.monitorId());
        }
        List<String> streamed = api.client().monitors().list(ALL_MONITORS).stream()
                .map(MonitorResponse::monitorId).toList();
        List<String> firstTwo = api.client().monitors().list(ALL_MONITORS).stream()
                .limit(2).map(MonitorResponse::monitorId).toList();

        assertThat(iterated).containsExactlyElementsOf(MONITOR_IDS);
        assertThat(streamed).containsExactlyElementsOf(MONITOR_IDS);
        assertThat(firstTwo).containsExactlyElementsOf(MONITOR_IDS.subList(0, 2));
        List<String> pagesAndFirstPageOnly = new ArrayList<>(MONITOR_PAGES);
        pagesAndFirstPageOnly.addAll(MONITOR_PAGES);
        pagesAndFirstPageOnly.add(MONITOR_PAGES.get(0));
        assertThat(api.requests()).extracting(LoggedRequest::getUrl)
                .as("two whole walks, then the first page alone for two items")
                .containsExactlyElementsOf(pagesAndFirstPageOnly);
    }

    @Test
    @Scenario(value = "monitor-events", live = Live.NOT_RECORDED)
    void eventsWalkThreePagesOfSnapshotCompletionAndErrorEventsDispatchedOnEventType(RecordedApi api) {
        CursorPage<PaginatedMonitorEvents, MonitorEvent> first =
                api.client().monitors().events(SNAPSHOT_MONITOR_ID, WITH_COMPLETIONS);
        CursorPage<PaginatedMonitorEvents, MonitorEvent> third = first.nextPage().nextPage();
        List<MonitorEvent> events = api.client().monitors().events(SNAPSHOT_MONITOR_ID, WITH_COMPLETIONS).stream()
                .toList();

        assertThat(third.hasNextPage()).as("next_cursor left out").isFalse();
        Warning warning = third.response().warnings().orElseThrow().get(0);
        assertThat(warning.type()).isEqualTo(Warning.Type.WARNING);
        assertThat(warning.message()).isEqualTo("Events older than 90 days are not listed.");
        assertThat(events).extracting(MonitorPagesTest::eventType)
                .containsExactly("snapshot", "completion", "error", "completion", "snapshot");
        assertLeadTimeChange(events.get(0).asSnapshot());
        assertThat(events.get(1).asCompletion().timestamp())
                .isEqualTo(OffsetDateTime.parse("2026-03-08T10:00:05.220918Z"));
        MonitorErrorEvent failed = events.get(2).asError();
        assertThat(failed.errorMessage()).isEqualTo("The check was skipped: the account had too little credit left.");
        assertThat(failed.timestamp()).isEqualTo(OffsetDateTime.parse("2026-03-07T10:00:01.904562Z"));
        MonitorSnapshotEvent priceChange = events.get(4).asSnapshot();
        assertThat(priceChange.changedOutput().asJson().content())
                .isEqualTo(Map.of("base_price_nok", JsonValue.of("48000")));
        assertThat(priceChange.previousOutput().asJson().content())
                .containsEntry("base_price_nok", JsonValue.of("46000"));
        List<String> twoWalks = new ArrayList<>(EVENT_PAGES);
        twoWalks.addAll(EVENT_PAGES);
        assertThat(api.requests()).extracting(LoggedRequest::getUrl).containsExactlyElementsOf(twoWalks);
    }

    @Test
    @Scenario(value = "monitor-events", live = Live.NOT_RECORDED)
    void eventsOfOneCheckReadEventStreamEventsWithTheirJsonOutputOnASinglePage(RecordedApi api) {
        String check = "mevtgrp_6d1b4f8a2c9e4073b1d5a8c2e6f0b394";

        CursorPage<PaginatedMonitorEvents, MonitorEvent> page = api.client().monitors().events(MONITOR_ID,
                MonitorsEventsParams.builder().eventGroupId(check).build());

        assertThat(page.hasNextPage()).as("next_cursor: null").isFalse();
        assertThat(page.items()).allSatisfy(event -> assertThat(event).isInstanceOf(MonitorEventStreamEvent.class));
        MonitorEventStreamEvent opening = page.items().get(0).asEventStream();
        assertThat(opening.eventType()).isEqualTo("event_stream");
        assertThat(opening.monitorGroupId()).isEqualTo(check);
        assertThat(opening.eventDate()).contains("2026-03-04");
        assertThat(opening.output().asJson().content()).isEqualTo(Map.of(
                "workshop", JsonValue.of("Fjordtitan"), "city", JsonValue.of("Ålesund"),
                "country", JsonValue.of("Norway"), "announced_on", JsonValue.of("2026-03-04")));
        MonitorEventStreamEvent partialDate = page.items().get(1).asEventStream();
        assertThat(partialDate.eventDate()).as("a partial ISO 8601 date").contains("2026-02");
        assertThat(partialDate.output().asJson().basis()).extracting(FieldBasis::field, FieldBasis::confidence)
                .containsExactly(tuple("announced_on", Optional.of("low")));
        api.onlyRequest()
                .is("GET", "/v1/monitors/" + MONITOR_ID + "/events?event_group_id=" + check)
                .hasApiKey(api.apiKey())
                .hasNoBody();
    }

    private static void assertLeadTimeChange(MonitorSnapshotEvent change) {
        assertThat(change.eventId()).isEqualTo("mevt_4f1a8c3e7b2d4096");
        assertThat(change.monitorGroupId()).isEqualTo("mevtgrp_9e2c7a5f1b3d4e68a0c4f6b8d2e1a957");
        assertThat(change.eventDate()).contains("2026-03-09");
        TaskRunJsonOutput changed = change.changedOutput().asJson();
        assertThat(changed.content()).as("only the changed field").isEqualTo(Map.of(
                "lead_time_weeks", JsonValue.of("12-14")));
        assertThat(changed.basis().get(0).reasoning()).isEqualTo("The product page now gives 12 to 14 weeks.");
        assertThat(change.previousOutput().asJson().content()).containsOnlyKeys(
                "lead_time_weeks", "base_price_nok", "frame_materials");
    }

    /** The {@code event_type} of any listed event. */
    private static String eventType(MonitorEvent event) {
        return event.accept(new MonitorEvent.Visitor<String>() {
            @Override
            public String visitEventStream(MonitorEventStreamEvent value) {
                return value.eventType();
            }

            @Override
            public String visitSnapshot(MonitorSnapshotEvent value) {
                return value.eventType();
            }

            @Override
            public String visitCompletion(MonitorCompletionEvent value) {
                return value.eventType();
            }

            @Override
            public String visitError(MonitorErrorEvent value) {
                return value.eventType();
            }
        });
    }
}
