package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.LEAD_TIME_SCHEMA;
import static dev.parallel4j.it.Recorded.MONITOR_ID;
import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.model.AdvancedMonitorSettings;
import dev.parallel4j.client.model.CreateMonitorRequest;
import dev.parallel4j.client.model.JsonSchema;
import dev.parallel4j.client.model.MonitorEventStreamResponseSettings;
import dev.parallel4j.client.model.MonitorEventStreamSettings;
import dev.parallel4j.client.model.MonitorProcessor;
import dev.parallel4j.client.model.MonitorResponse;
import dev.parallel4j.client.model.MonitorSnapshotResponseSettings;
import dev.parallel4j.client.model.MonitorSnapshotSettings;
import dev.parallel4j.client.model.MonitorStatus;
import dev.parallel4j.client.model.MonitorType;
import dev.parallel4j.client.model.MonitorWebhook;
import dev.parallel4j.client.model.SourcePolicy;
import dev.parallel4j.client.model.UpdateMonitorEventStreamSettings;
import dev.parallel4j.client.model.UpdateMonitorRequest;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitors: creating one (201) and reading, changing, triggering (204) and cancelling it. Listing monitors and
 * their events page by page is in {@link MonitorPagesTest}.
 */
@ExtendWith(RecordedApiExtension.class)
final class MonitorsTest {
    private static final String QUERY =
            "New made-to-measure titanium bicycle frame builders opening in the Nordic countries";
    /** The schema of the openings the event_stream monitors report. */
    private static final JsonValue OPENINGS_SCHEMA = JsonValue.parse("""
            {"type": "object",
             "properties": {
               "workshop": {"type": "string", "description": "Name of the frame-building workshop."},
               "city": {"type": "string", "description": "City where the workshop builds its frames."},
               "country": {"type": "string", "description": "Country of that city."},
               "announced_on": {"type": "string", "description": "Date of the announcement, YYYY-MM-DD."}},
             "required": ["workshop", "city", "country", "announced_on"]}""");
    private static final MonitorWebhook WEBHOOK = MonitorWebhook.builder()
            .url("https://hooks.fleet.example/parallel/monitors")
            .addEventType(MonitorWebhook.EventType.MONITOR_EVENT_DETECTED)
            .addEventType(MonitorWebhook.EventType.MONITOR_EXECUTION_FAILED)
            .build();
    private static final Map<String, String> METADATA = Map.of("team", "fleet-procurement", "topic", "titanium-frames");

    @Test
    @Scenario("monitor-create")
    void createSendsTheEventStreamSettingsAndReadsTheNewMonitorFromA201(RecordedApi api) {
        MonitorResponse monitor = api.client().monitors().create(CreateMonitorRequest.builder()
                .type(MonitorType.EVENT_STREAM)
                .frequency("1d")
                .processor(MonitorProcessor.BASE)
                .webhook(WEBHOOK)
                .metadata(METADATA)
                .settings(MonitorEventStreamSettings.builder()
                        .query(QUERY)
                        .outputSchema(JsonSchema.builder().jsonSchema(OPENINGS_SCHEMA.asObject().orElseThrow()).build())
                        .includeBackfill(true)
                        .advancedSettings(AdvancedMonitorSettings.builder()
                                .sourcePolicy(
                                        SourcePolicy.builder().addExcludeDomain("forum.cyclingtalk.example").build())
                                .location("se")
                                .build())
                        .build())
                .build());

        assertThat(monitor.monitorId()).startsWith("monitor_");
        assertThat(monitor.type()).isEqualTo(MonitorType.EVENT_STREAM);
        assertThat(monitor.status()).isEqualTo(MonitorStatus.ACTIVE);
        assertThat(monitor.processor()).isEqualTo(MonitorProcessor.BASE);
        assertThat(monitor.frequency()).isEqualTo("1d");
        assertThat(monitor.metadata()).contains(METADATA);
        assertThat(monitor.settings()).as("dispatched on its properties").isInstanceOfSatisfying(
                MonitorEventStreamResponseSettings.class, settings -> {
                    assertThat(settings.query()).isEqualTo(QUERY);
                    assertThat(settings.outputSchema().map(schema -> JsonValue.of(schema.jsonSchema())))
                            .contains(OPENINGS_SCHEMA);
                });
        api.replayedValues(() -> {
            assertThat(monitor.monitorId()).isEqualTo("monitor_b4e08d2f6a1c4973b5e2c8d0f7a3e619");
            assertThat(monitor.webhook()).contains(WEBHOOK);
            assertThat(monitor.createdAt()).isEqualTo(OffsetDateTime.parse("2026-03-07T08:00:12.551204Z"));
            assertThat(monitor.lastRunAt()).as("last_run_at: null before the first check").isEmpty();
            assertThat(monitor.output()).as("output: null for event_stream monitors").isEmpty();
            AdvancedMonitorSettings advanced = monitor.settings().asEventStream().advancedSettings().orElseThrow();
            assertThat(advanced.location()).contains("se");
            assertThat(advanced.sourcePolicy().orElseThrow().excludeDomains())
                    .contains(List.of("forum.cyclingtalk.example"));
        });
        api.onlyRequest()
                .is("POST", "/v1/monitors")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasJsonBody("""
                        {"type": "event_stream",
                         "frequency": "1d",
                         "processor": "base",
                         "webhook": {"url": "https://hooks.fleet.example/parallel/monitors",
                                     "event_types": ["monitor.event.detected", "monitor.execution.failed"]},
                         "metadata": {"team": "fleet-procurement", "topic": "titanium-frames"},
                         "settings": {"query": "%s",
                                      "output_schema": {"json_schema": %s, "type": "json"},
                                      "include_backfill": true,
                                      "advanced_settings": {"source_policy": {"exclude_domains": ["forum.cyclingtalk.example"]},
                                                            "location": "se"}}}
                        """.formatted(QUERY, OPENINGS_SCHEMA.toJson()));
    }

    @Test
    @Scenario(value = "monitor-retrieve", live = Live.ON_EXISTING_MONITOR)
    void retrieveReadsTheMonitorWithItsSettingsWebhookAndLastCheck(RecordedApi api) {
        String monitorId = api.existingId(MONITOR_ID);

        MonitorResponse monitor = api.client().monitors().retrieve(monitorId);

        assertThat(monitor.monitorId()).isEqualTo(monitorId);
        assertThat(monitor.type().isKnown()).isTrue();
        assertThat(monitor.settings().isUnknown()).isFalse();
        api.replayedValues(() -> {
            assertThat(monitor.type()).isEqualTo(MonitorType.EVENT_STREAM);
            assertThat(monitor.processor()).isEqualTo(MonitorProcessor.LITE);
            assertThat(monitor.lastRunAt()).contains("2026-03-08T06:00:04.118230Z");
            assertThat(monitor.createdAt()).isEqualTo(OffsetDateTime.parse("2026-02-20T07:30:41.009317Z"));
            assertThat(monitor.webhook()).contains(WEBHOOK);
            MonitorEventStreamResponseSettings settings = monitor.settings().asEventStream();
            assertThat(settings.includeBackfill()).contains(false);
            assertThat(settings.advancedSettings()).as("advanced_settings: null").isEmpty();
        });
        api.onlyRequest()
                .is("GET", "/v1/monitors/" + monitorId)
                .hasApiKey(api.apiKey())
                .hasNoBody();
    }

    @Test
    @Scenario(value = "monitor-update", live = Live.ON_EXISTING_MONITOR)
    void updateSendsOnlyTheChangedFieldsAndAnExplicitNullThatRemovesTheWebhook(RecordedApi api) {
        String monitorId = api.existingId(MONITOR_ID);
        Map<String, String> metadata = Map.of("team", "fleet-procurement", "topic", "titanium-frames", "owner", "ops");

        MonitorResponse monitor = api.client().monitors().update(monitorId, UpdateMonitorRequest.builder()
                .type(MonitorType.EVENT_STREAM)
                .frequency("12h")
                .metadata(metadata)
                .settings(UpdateMonitorEventStreamSettings.builder()
                        .advancedSettings(AdvancedMonitorSettings.builder().location("fi").build())
                        .build())
                .webhook((MonitorWebhook) null)
                .build());

        assertThat(monitor.monitorId()).isEqualTo(monitorId);
        assertThat(monitor.frequency()).isEqualTo("12h");
        assertThat(monitor.webhook()).as("removed").isEmpty();
        assertThat(monitor.metadata()).contains(metadata);
        assertThat(monitor.settings().asEventStream().advancedSettings().orElseThrow().location()).contains("fi");
        api.replayedValues(() -> {
            assertThat(monitor._webhook().isNull()).as("webhook: null, not left out").isTrue();
            assertThat(monitor.settings().asEventStream().query()).isEqualTo(QUERY);
        });
        api.onlyRequest()
                .is("POST", "/v1/monitors/" + monitorId + "/update")
                .hasApiKey(api.apiKey())
                .hasJsonBody("""
                        {"type": "event_stream",
                         "frequency": "12h",
                         "webhook": null,
                         "metadata": {"team": "fleet-procurement", "topic": "titanium-frames", "owner": "ops"},
                         "settings": {"advanced_settings": {"location": "fi"}}}
                        """);
    }

    @Test
    @Scenario(value = "monitor-trigger", live = Live.ON_EXISTING_MONITOR)
    void triggerSendsNoBodyAndReturnsOnA204WithoutBody(RecordedApi api) {
        String monitorId = api.existingId(MONITOR_ID);

        api.client().monitors().trigger(monitorId);

        api.onlyRequest()
                .is("POST", "/v1/monitors/" + monitorId + "/trigger")
                .hasApiKey(api.apiKey())
                .hasNoBody();
    }

    @Test
    @Scenario(value = "monitor-cancel", live = Live.ON_EXISTING_TASK_RUN)
    void cancellingANewSnapshotMonitorReadsItBackCancelled(RecordedApi api) {
        String taskRunId = api.existingId(TASK_RUN_ID);
        MonitorResponse created = api.client().monitors().create(CreateMonitorRequest.builder()
                .type(MonitorType.SNAPSHOT)
                .frequency("1w")
                .settings(MonitorSnapshotSettings.builder().taskRunId(taskRunId).build())
                .build());

        MonitorResponse cancelled = api.client().monitors().cancel(created.monitorId());

        assertThat(created.status()).isEqualTo(MonitorStatus.ACTIVE);
        assertThat(created.processor()).as("the default processor").isEqualTo(MonitorProcessor.LITE);
        assertThat(created.settings()).as("dispatched on its properties").isInstanceOfSatisfying(
                MonitorSnapshotResponseSettings.class,
                settings -> assertThat(settings.taskRunId()).isEqualTo(taskRunId));
        assertThat(cancelled.monitorId()).isEqualTo(created.monitorId());
        assertThat(cancelled.status()).isEqualTo(MonitorStatus.CANCELLED);
        api.replayedValues(() -> {
            assertThat(created.monitorId()).isEqualTo("monitor_d9c3f7a1e5b24680a8c2e4f6b0d3a715");
            MonitorSnapshotResponseSettings settings = created.settings().asSnapshot();
            assertThat(settings.query()).isEqualTo(
                    "{\"workshop\": \"Kvist Sykkelverksted\", \"website\": \"https://kvist-sykkel.example\"}");
            assertThat(settings.outputSchema().map(schema -> JsonValue.of(schema.jsonSchema())))
                    .contains(LEAD_TIME_SCHEMA);
            assertThat(created.output().orElseThrow().latestSnapshot()).as("no check has completed").isEmpty();
        });
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThatRequest(requests.get(0))
                .is("POST", "/v1/monitors")
                .hasApiKey(api.apiKey())
                .hasJsonBody("""
                        {"type": "snapshot", "frequency": "1w", "settings": {"task_run_id": "%s"}}
                        """.formatted(taskRunId));
        assertThatRequest(requests.get(1))
                .is("POST", "/v1/monitors/" + created.monitorId() + "/cancel")
                .hasApiKey(api.apiKey())
                .hasNoBody();
    }
}
