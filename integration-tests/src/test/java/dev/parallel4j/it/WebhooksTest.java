package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.MONITOR_ID;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static dev.parallel4j.it.Recorded.TEXT_RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.FindAllCandidate;
import dev.parallel4j.client.model.FindAllCandidateWebhookEvent;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunStatus;
import dev.parallel4j.client.model.FindAllRunWebhookEvent;
import dev.parallel4j.client.model.MetadataValue;
import dev.parallel4j.client.model.MonitorWebhookEvent;
import dev.parallel4j.client.model.MonitorWebhookEventData;
import dev.parallel4j.client.model.MonitorWebhookEventRecord;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.client.model.TaskRun;
import dev.parallel4j.client.model.TaskRunStatusWebhookEvent;
import dev.parallel4j.client.model.WebhookEvent;
import dev.parallel4j.it.support.RecordedDelivery;
import dev.parallel4j.it.support.WebhookEndpoint.Outcome;
import dev.parallel4j.it.support.WebhookEndpoint;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.webhook.WebhookHeaders;
import dev.parallel4j.runtime.webhook.WebhookPayloadException;
import dev.parallel4j.runtime.webhook.WebhookVerificationException.Reason;
import dev.parallel4j.runtime.webhook.WebhookVerificationException;
import dev.parallel4j.runtime.webhook.WebhookVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Webhook deliveries recorded under {@code src/test/resources/webhooks}, sent over HTTP to a local endpoint that
 * verifies and reads them with {@code ParallelClient.webhooks()}: each becomes its typed event, an event type the
 * document does not describe is kept raw, and altered, foreign, late or incomplete deliveries are refused.
 */
final class WebhooksTest {
    /** The secret the recordings are signed with (one of them also with {@link #PREVIOUS_SECRET}). */
    static final String SECRET = "parallel4j-recorded-webhook-secret";
    static final String PREVIOUS_SECRET = "parallel4j-previous-webhook-secret";
    /** When the endpoint receives the deliveries: every recording was signed in the five minutes before. */
    static final Instant RECEIVED = Instant.parse("2026-03-08T06:05:00Z");
    private static final Path README = Path.of("../README.md");

    private static final ParallelClient CLIENT = ParallelClient.builder().apiKey("webhooks-need-no-api-key").build();

    private WebhookEndpoint endpoint = endpoint(SECRET, RECEIVED);

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "findall-candidate-generated, FindAllCandidateWebhookEvent",
        "findall-candidate-matched, FindAllCandidateWebhookEvent",
        "findall-candidate-unmatched, FindAllCandidateWebhookEvent",
        "findall-run-completed, FindAllRunWebhookEvent",
        "findall-run-failed, FindAllRunWebhookEvent",
        "task-run-completed, TaskRunStatusWebhookEvent",
        "task-run-failed, TaskRunStatusWebhookEvent",
        "monitor-event-detected, MonitorWebhookEvent",
        "monitor-execution-completed, MonitorWebhookEvent",
        "monitor-execution-failed, MonitorWebhookEvent",
        "unknown-event-type, Unknown"})
    void everyRecordedDeliveryIsAcceptedAsItsEventType(String name, String variant) {
        Outcome outcome = endpoint.deliver(RecordedDelivery.load(name));

        assertThat(outcome.status()).as("%s: %s", name, outcome.failure()).isEqualTo(204);
        assertThat(outcome.event().getClass().getSimpleName()).isEqualTo(variant);
    }

    @Test
    void candidateEventsCarryTheCandidateInItsNewState() {
        FindAllCandidateWebhookEvent generated = receive("findall-candidate-generated", FindAllCandidateWebhookEvent.class);
        FindAllCandidateWebhookEvent matched = receive("findall-candidate-matched", FindAllCandidateWebhookEvent.class);
        FindAllCandidateWebhookEvent unmatched = receive("findall-candidate-unmatched", FindAllCandidateWebhookEvent.class);

        assertThat(generated.type()).isEqualTo(FindAllCandidateWebhookEvent.Type.FINDALL_CANDIDATE_GENERATED);
        assertThat(generated.timestamp()).isEqualTo(OffsetDateTime.parse("2026-03-08T06:00:39.512204Z"));
        assertThat(generated.data().name()).isEqualTo("Fjordtitan");
        assertThat(generated.data().matchStatus()).isEqualTo(FindAllCandidate.MatchStatus.GENERATED);
        assertThat(generated.data().output()).isEmpty();
        assertThat(generated.data().basis()).isEmpty();

        assertThat(matched.type()).isEqualTo(FindAllCandidateWebhookEvent.Type.FINDALL_CANDIDATE_MATCHED);
        FindAllCandidate kvist = matched.data();
        assertThat(kvist.name()).isEqualTo("Kvist Sykkelverksted");
        assertThat(kvist.output().orElseThrow()).containsOnlyKeys("titanium_frames_check", "nordic_workshop_check");
        assertThat(kvist.basis().orElseThrow()).extracting(FieldBasis::field)
                .containsExactly("titanium_frames_check", "nordic_workshop_check");
        assertThat(kvist.basis().orElseThrow().get(1).citations().get(0).excerpts().orElseThrow())
                .containsExactly("Workshop: Sjøbodgaten 12, 5003 Bergen, Norway");

        assertThat(unmatched.type()).isEqualTo(FindAllCandidateWebhookEvent.Type.FINDALL_CANDIDATE_UNMATCHED);
        assertThat(unmatched.data().matchStatus()).isEqualTo(FindAllCandidate.MatchStatus.UNMATCHED);
    }

    @Test
    void runEventsCarryTheRunWithItsFinalStatus() {
        FindAllRunWebhookEvent completed = receive("findall-run-completed", FindAllRunWebhookEvent.class);
        FindAllRunWebhookEvent failed = receive("findall-run-failed", FindAllRunWebhookEvent.class);

        assertThat(completed.type()).isEqualTo(FindAllRunWebhookEvent.Type.FINDALL_RUN_COMPLETED);
        FindAllRun run = completed.data();
        assertThat(run.findallId()).isEqualTo(RUN_ID);
        assertThat(run.status().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.status().terminationReason()).contains(FindAllRunStatus.TerminationReason.MATCH_LIMIT_MET);
        assertThat(run.status().metrics().matchedCandidatesCount()).isEqualTo(3);
        assertThat(run.metadata().orElseThrow()).containsEntry("batch", MetadataValue.ofLong(7L));

        assertThat(failed.type()).isEqualTo(FindAllRunWebhookEvent.Type.FINDALL_RUN_FAILED);
        assertThat(failed.data().status().terminationReason()).contains(FindAllRunStatus.TerminationReason.ERROR_OCCURRED);
        assertThat(failed.data().metadata().orElseThrow()).isEmpty();
    }

    @Test
    void taskRunEventsCarryTheWholeRun() {
        TaskRunStatusWebhookEvent completed = receive("task-run-completed", TaskRunStatusWebhookEvent.class);
        TaskRunStatusWebhookEvent failed = receive("task-run-failed", TaskRunStatusWebhookEvent.class);

        assertThat(completed.type()).isEqualTo("task_run.status");
        TaskRun run = completed.data();
        assertThat(run.runId()).isEqualTo(TASK_RUN_ID);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.isActive()).isFalse();
        assertThat(run.error()).isEmpty();
        assertThat(run.metadata().orElseThrow()).containsEntry("requested_by", MetadataValue.ofString("fleet-procurement"));

        assertThat(failed.data().runId()).isEqualTo(TEXT_RUN_ID);
        assertThat(failed.data().status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.data().error().orElseThrow().message())
                .isEqualTo("The task could not be completed: every source for the workshop was unreachable.");
    }

    @Test
    void monitorEventsCarryTheMonitorAndTheRecordOfItsCheck() {
        MonitorWebhookEvent detected = receive("monitor-event-detected", MonitorWebhookEvent.class);
        MonitorWebhookEvent completed = receive("monitor-execution-completed", MonitorWebhookEvent.class);
        MonitorWebhookEvent failed = receive("monitor-execution-failed", MonitorWebhookEvent.class);

        assertThat(detected.type()).isEqualTo(MonitorWebhookEvent.Type.MONITOR_EVENT_DETECTED);
        MonitorWebhookEventData data = detected.data();
        assertThat(data.monitorId()).isEqualTo(MONITOR_ID);
        assertThat(data.event().eventGroupId()).contains("mevtgrp_9e2c7a5f1b3d4e68a0c4f6b8d2e1a957");
        assertThat(data.event().type()).isEmpty();
        assertThat(data.metadata().orElseThrow()).isEqualTo(Map.of("team", "fleet-procurement", "topic", "titanium-frames"));

        assertThat(completed.type()).isEqualTo(MonitorWebhookEvent.Type.MONITOR_EXECUTION_COMPLETED);
        assertThat(completed.data().event().type()).contains(MonitorWebhookEventRecord.Type.COMPLETION);
        assertThat(completed.data().event().monitorTs()).contains("completed_2026-03-08T06:04:10Z");

        assertThat(failed.type()).isEqualTo(MonitorWebhookEvent.Type.MONITOR_EXECUTION_FAILED);
        assertThat(failed.data().event().type()).contains(MonitorWebhookEventRecord.Type.ERROR);
        assertThat(failed.data().event().error()).contains("The check stopped: the account has no credit left.");
        assertThat(failed.data().metadata()).isEmpty();
    }

    @Test
    void anEventTypeTheDocumentDoesNotDescribeIsKeptRaw() {
        WebhookEvent event = endpoint.deliver(RecordedDelivery.load("unknown-event-type")).event();

        assertThat(event.isUnknown()).isTrue();
        Map<String, JsonValue> json = event.asUnknown().asObject().orElseThrow();
        assertThat(json.get("type")).isEqualTo(JsonValue.of("task_group.status"));
        assertThat(json.get("data").asObject().orElseThrow().get("taskgroup_id"))
                .isEqualTo(JsonValue.of("tgrp_7d3b9e21c5a04f68b1e2d9c6a0f3e857"));
    }

    @Test
    void aDeliverySignedWithTheCurrentAndThePreviousSecretIsAcceptedWithEither() {
        RecordedDelivery rotating = RecordedDelivery.load("monitor-event-detected");
        assertThat(rotating.header("webhook-signature").split(" ")).hasSize(2);

        assertThat(endpoint.deliver(rotating).status()).isEqualTo(204);
        endpoint.close();
        endpoint = endpoint(PREVIOUS_SECRET, RECEIVED);
        assertThat(endpoint.deliver(rotating).status()).isEqualTo(204);
        assertThat(endpoint.deliver(RecordedDelivery.load("task-run-completed")).failure())
                .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void anAlteredBodyIsRefused() {
        RecordedDelivery delivery = RecordedDelivery.load("findall-run-completed");

        Outcome outcome = endpoint.deliver(delivery.withBody(delivery.body().replace("\"matched_candidates_count\": 3", "\"matched_candidates_count\": 30")));

        assertThat(outcome.status()).isEqualTo(401);
        assertThat(outcome.event()).isNull();
        assertThat(((WebhookVerificationException) outcome.failure()).reason()).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aDeliveryReplayedAfterTheToleranceIsRefusedAsStale() {
        endpoint.close();
        endpoint = endpoint(SECRET, RECEIVED.plus(Duration.ofMinutes(10)));

        Outcome outcome = endpoint.deliver(RecordedDelivery.load("task-run-completed"));

        assertThat(outcome.status()).isEqualTo(401);
        assertThat(((WebhookVerificationException) outcome.failure()).reason()).isEqualTo(Reason.STALE_TIMESTAMP);
    }

    @Test
    void aDeliveryWithoutSignatureIsRefusedNamingTheHeader() {
        Outcome outcome = endpoint.deliver(RecordedDelivery.load("task-run-completed").withHeader("webhook-signature", null));

        WebhookVerificationException e = (WebhookVerificationException) outcome.failure();
        assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER);
        assertThat(e.header()).contains("webhook-signature");
    }

    @Test
    void aSignedBodyThatDoesNotMatchItsEventTypeIsAPayloadError() {
        WebhookVerifier verifier = verifier(SECRET, RECEIVED);
        String body = "{\"type\": \"findall.run.completed\", \"timestamp\": \"2026-03-08T06:03:07Z\", \"data\": {\"status\": \"done\"}}";
        RecordedDelivery delivery = RecordedDelivery.load("findall-run-completed").withBody(body)
                .withHeader("webhook-signature", verifier.sign("whevent_2c9e5b7d1a4f4e63", 1_772_949_788L, body));

        Outcome outcome = endpoint.deliver(delivery);

        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.failure()).isInstanceOf(WebhookPayloadException.class)
                .hasMessageStartingWith("The webhook body is not a valid WebhookEvent: at $.data");
    }

    @Test
    void theSecretOverloadChecksTimestampsAgainstTheSystemClock() {
        RecordedDelivery delivery = RecordedDelivery.load("task-run-completed");

        assertThatThrownBy(() -> CLIENT.webhooks().unwrap(delivery.body(), WebhookHeaders.of(delivery.headers()), SECRET))
                .as("recorded in March 2026, so out of the 5 minute window of any later clock")
                .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE_TIMESTAMP));
    }

    @Test
    void parseReadsADeliveryWithoutVerifyingIt() {
        RecordedDelivery delivery = RecordedDelivery.load("findall-run-completed");

        assertThat(CLIENT.webhooks().parse(delivery.body()).asFindAllRun().data().findallId()).isEqualTo(RUN_ID);
    }

    @Test
    void theReadmeExampleReadsAFreshlySignedDelivery() throws IOException {
        RecordedDelivery recorded = RecordedDelivery.load("findall-candidate-matched");
        long now = Instant.now().getEpochSecond();
        RecordedDelivery fresh = recorded.withHeader("webhook-timestamp", Long.toString(now)).withHeader("webhook-signature",
                WebhookVerifier.of(SECRET).sign(recorded.header("webhook-id"), now, recorded.body()));
        ServletLikeRequest request = new ServletLikeRequest(fresh.headers());
        String body = fresh.body();
        String webhookSecret = SECRET;
        ParallelClient client = CLIENT;
        List<String> printed = new ArrayList<>();

        // the README example, with println replaced by collecting into a list
        WebhookEvent event = client.webhooks().unwrap(body, WebhookHeaders.of(request::getHeader), webhookSecret);
        if (event instanceof FindAllCandidateWebhookEvent candidate) {
            printed.add(candidate.type() + " " + candidate.data().name());
        } else if (event instanceof TaskRunStatusWebhookEvent task) {
            printed.add(task.data().runId() + " " + task.data().status());
        }

        assertThat(printed).containsExactly("findall.candidate.matched Kvist Sykkelverksted");
        assertThat(Files.readString(README)).contains(
                "WebhookEvent event = client.webhooks().unwrap(body, WebhookHeaders.of(request::getHeader), webhookSecret);",
                "if (event instanceof FindAllCandidateWebhookEvent candidate) {",
                "} else if (event instanceof TaskRunStatusWebhookEvent task) {");
    }

    /** Stands in for a servlet request in the README example: {@code getHeader} ignores the case of the name. */
    private record ServletLikeRequest(Map<String, List<String>> headers) {
        String getHeader(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** Delivers a recording and returns its event as the expected type. */
    private <E extends WebhookEvent> E receive(String recording, Class<E> type) {
        Outcome outcome = endpoint.deliver(RecordedDelivery.load(recording));
        assertThat(outcome.event()).as("%s: %s", recording, outcome.failure()).isInstanceOf(type);
        return type.cast(outcome.event());
    }

    private static WebhookEndpoint endpoint(String secret, Instant now) {
        return WebhookEndpoint.start(CLIENT, verifier(secret, now));
    }

    private static WebhookVerifier verifier(String secret, Instant now) {
        return WebhookVerifier.builder().secret(secret).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }
}
