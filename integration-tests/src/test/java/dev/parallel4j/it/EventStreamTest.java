package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.DEFAULT_BETAS;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.model.ErrorEvent;
import dev.parallel4j.client.model.ErrorObject;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.FindAllCandidate.MatchStatus;
import dev.parallel4j.client.model.FindAllCandidate;
import dev.parallel4j.client.model.FindAllCandidateMatchStatusEvent.Type;
import dev.parallel4j.client.model.FindAllCandidateMatchStatusEvent;
import dev.parallel4j.client.model.FindAllEvent;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunResult;
import dev.parallel4j.client.model.FindAllRunStatus;
import dev.parallel4j.client.model.FindAllRunStatusEvent;
import dev.parallel4j.client.model.FindAllSchema;
import dev.parallel4j.client.model.FindAllSchemaUpdatedEvent;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.client.service.FindAllEventsParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.client.RequestOptions;
import dev.parallel4j.runtime.error.StreamErrorException;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.sse.EventStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server-sent event stream of a run: every event kind in order, resuming from a snapshot and after a cut
 * connection, closing early, error events raised or delivered.
 */
@ExtendWith(RecordedApiExtension.class)
final class EventStreamTest {
    /** The events of the recorded run after the snapshot, in order: status, heartbeats, candidates, schema. */
    private static final List<String> RUN_EVENT_TYPES = List.of(
            "findall.status",
            "findall.candidate.generated",
            "findall.candidate.generated",
            "findall.status",
            "findall.status",
            "findall.candidate.matched",
            "findall.candidate.unmatched",
            "findall.candidate.discarded",
            "findall.schema.updated",
            "findall.candidate.enriched",
            "findall.status");
    /** Their ids. */
    private static final List<String> RUN_EVENT_IDS = List.of("6a1f0c93e2b11", "6a1f0c93e2b27", "6a1f0c93e2b3c",
            "6a1f0c93e2b52", "6a1f0c93e2b68", "6a1f0c93e2b7d", "6a1f0c93e2b93", "6a1f0c93e2ba8", "6a1f0c93e2bbe",
            "6a1f0c93e2bd3", "6a1f0c93e2be9");

    @Test
    @Scenario(value = "events", live = Live.ON_EXISTING_RUN)
    void followingASnapshotResumesAfterItsLastEventAndDeliversEveryEventUntilTheRunEnds(RecordedApi api) {
        String runId = api.existingId(RUN_ID);
        FindAllRunResult snapshot = api.client().findAll().result(runId);
        String resumeFrom = snapshot.lastEventId().orElseThrow();

        List<FindAllEvent> events;
        try (EventStream<FindAllEvent> stream = api.client().findAll().events(runId,
                FindAllEventsParams.builder().lastEventId(resumeFrom).timeout(30.0).build())) {
            events = stream.stream().toList();
            assertThat(stream.isClosed()).as("closed once the server ended the stream").isTrue();
        }

        assertThat(events).noneMatch(FindAllEvent::isUnknown);
        api.replayedValues(() -> {
            assertThat(resumeFrom).isEqualTo("6a1f0c93e2b00");
            assertThat(events).extracting(EventStreamTest::typeOf).containsExactlyElementsOf(RUN_EVENT_TYPES);
            assertThat(events).extracting(EventStreamTest::eventId).containsExactlyElementsOf(RUN_EVENT_IDS);
            assertRunningStatus(events.get(0).asFindAllRunStatus(), "6a1f0c93e2b11", "2026-03-04T09:15:02.418265Z", 0);
            assertGenerated(events.get(1).asFindAllCandidateMatchStatus(), "Kvist Sykkelverksted");
            assertGenerated(events.get(2).asFindAllCandidateMatchStatus(), "Tallinna Torutöökoda");
            assertHeartbeats(events.get(3).asFindAllRunStatus(), events.get(4).asFindAllRunStatus());
            assertJudged(events.get(5).asFindAllCandidateMatchStatus(), events.get(6).asFindAllCandidateMatchStatus());
            FindAllCandidateMatchStatusEvent discarded = events.get(7).asFindAllCandidateMatchStatus();
            assertThat(discarded.type()).isEqualTo(Type.FINDALL_CANDIDATE_DISCARDED);
            assertThat(discarded.data().matchStatus()).isEqualTo(MatchStatus.DISCARDED);
            assertThat(discarded.data().name()).isEqualTo("Nordic Gravel Magazine");
            FindAllSchema schema = events.get(8).asFindAllSchemaUpdated().data();
            assertThat(schema.enrichments().orElseThrow()).hasSize(1);
            assertThat(schema.matchLimit()).contains(5L);
            assertEnriched(events.get(9).asFindAllCandidateMatchStatus());
            assertCompleted(events.get(10).asFindAllRunStatus());
        });
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThatRequest(requests.get(0)).is("GET", "/v1beta/findall/runs/" + runId + "/result");
        assertThatRequest(requests.get(1))
                .is("GET", "/v1beta/findall/runs/" + runId + "/events?last_event_id=" + resumeFrom + "&timeout=30")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasHeader("Accept", "text/event-stream")
                .hasNoBody();
    }

    @Test
    @Scenario(value = "events-slow", live = Live.NOT_RECORDED)
    void closingTheStreamMidwayReturnsAtOnceAndEndsIteration(RecordedApi api) {
        EventStream<FindAllEvent> stream = api.client().findAll().events(RUN_ID);
        Iterator<FindAllEvent> events = stream.iterator();

        FindAllEvent first = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            FindAllEvent event = events.next();
            stream.close();
            return event;
        }, "the server takes 8 s to send the whole stream; reading one event and closing must not wait for it");

        assertThat(first.asFindAllRunStatus().eventId()).isEqualTo("6a1f0c93e2b11");
        assertThat(stream.isClosed()).isTrue();
        assertThat(events.hasNext()).isFalse();
        stream.close();
        assertThat(stream.isClosed()).as("closing twice is harmless").isTrue();
        assertOnlyTheEventsWereAskedFor(api);
    }

    @Test
    @Scenario(value = "events-dropped", live = Live.NOT_RECORDED)
    void aStreamCutInTheMiddleOfAnEventResumesAfterTheLastOneReceivedAndDeliversEveryEventOnce(RecordedApi api) {
        List<FindAllEvent> events;
        try (EventStream<FindAllEvent> stream = api.client().findAll().events(RUN_ID)) {
            events = stream.stream().toList();
            assertThat(stream.lastEventId()).contains("6a1f0c93e2be9");
        }

        assertThat(events).extracting(EventStreamTest::eventId).containsExactlyElementsOf(RUN_EVENT_IDS);
        assertThat(events).extracting(EventStreamTest::typeOf).containsExactlyElementsOf(RUN_EVENT_TYPES);
        assertHeartbeats(events.get(3).asFindAllRunStatus(), events.get(4).asFindAllRunStatus());
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(3);
        assertThatRequest(requests.get(0)).is("GET", "/v1beta/findall/runs/" + RUN_ID + "/events");
        for (LoggedRequest reconnect : requests.subList(1, 3)) {
            assertThatRequest(reconnect)
                    .is("GET", "/v1beta/findall/runs/" + RUN_ID + "/events?last_event_id=6a1f0c93e2b3c")
                    .hasApiKey(api.apiKey())
                    .hasBetas(DEFAULT_BETAS)
                    .hasHeader("Accept", "text/event-stream");
        }
        assertThat(api.time().sleeps()).as("a short wait before each reconnect, doubling")
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    @Scenario(value = "events-error", live = Live.NOT_RECORDED)
    void anErrorEventRaisesStreamErrorExceptionCarryingTheTypedErrorAndClosesTheStream(RecordedApi api) {
        List<FindAllEvent> received = new ArrayList<>();
        EventStream<FindAllEvent> stream = api.client().findAll().events(RUN_ID);

        StreamErrorException e = catchThrowableOfType(StreamErrorException.class, () -> stream.forEach(received::add));

        assertThat(received).extracting(EventStreamTest::typeOf).containsExactly("findall.status", "findall.candidate.generated");
        assertThat(stream.isClosed()).isTrue();
        assertThat(e).hasMessage("The event stream of GET /v1beta/findall/runs/" + RUN_ID + "/events (request id "
                + "req_01JNV5B7L3G6T1N5R8A2C4EYJP) sent an error event: Evaluation of this run was interrupted by an"
                + " internal failure; matches found so far are kept. [ref_id 3b8e6f1c-92d4-4a07-b5e3-0c7d9a2f4e68]");
        assertInterruptedEvaluation(e.error(ErrorObject.class).orElseThrow());
        assertThat(e.event()).isInstanceOfSatisfying(ErrorEvent.class, event -> assertThat(event.error()).isEqualTo(e.error()));
        assertThat(e.refId()).contains("3b8e6f1c-92d4-4a07-b5e3-0c7d9a2f4e68");
        assertOnlyTheEventsWereAskedFor(api);
    }

    @Test
    @Scenario(value = "events-error", live = Live.NOT_RECORDED)
    void anErrorEventArrivesTypedAmongTheOthersWhenTheCallAsksForErrorEvents(RecordedApi api) {
        List<FindAllEvent> events;
        try (EventStream<FindAllEvent> stream = api.client().findAll().events(RUN_ID, FindAllEventsParams.none(),
                RequestOptions.builder().deliverErrorEvents(true).build())) {
            events = stream.stream().toList();
        }

        assertThat(events).extracting(EventStreamTest::typeOf)
                .containsExactly("findall.status", "findall.candidate.generated", "error");
        ErrorEvent error = events.get(2).asError();
        assertThat(error.type()).isEqualTo("error");
        assertInterruptedEvaluation(error.error());
        assertThat(events.get(1).asFindAllCandidateMatchStatus().data().name()).isEqualTo("Hallonberg Ramverk");
    }

    private static void assertOnlyTheEventsWereAskedFor(RecordedApi api) {
        api.onlyRequest()
                .is("GET", "/v1beta/findall/runs/" + RUN_ID + "/events")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS);
    }

    private static void assertInterruptedEvaluation(ErrorObject error) {
        assertThat(error.refId()).isEqualTo("3b8e6f1c-92d4-4a07-b5e3-0c7d9a2f4e68");
        assertThat(error.message()).isEqualTo(
                "Evaluation of this run was interrupted by an internal failure; matches found so far are kept.");
        assertThat(error.detail()).contains(Map.of("stage", JsonValue.of("evaluation"), "retryable", JsonValue.of(true)));
    }

    /** The {@code event_id} of any event that has one. */
    static String eventId(FindAllEvent event) {
        if (event instanceof FindAllRunStatusEvent status) {
            return status.eventId();
        }
        if (event instanceof FindAllCandidateMatchStatusEvent candidate) {
            return candidate.eventId();
        }
        return event.asFindAllSchemaUpdated().eventId();
    }

    /** The {@code type} of any event, known or not. */
    static String typeOf(FindAllEvent event) {
        return event.accept(new FindAllEvent.Visitor<String>() {
            @Override
            public String visitFindAllSchemaUpdated(FindAllSchemaUpdatedEvent value) {
                return value.type();
            }

            @Override
            public String visitFindAllRunStatus(FindAllRunStatusEvent value) {
                return value.type();
            }

            @Override
            public String visitFindAllCandidateMatchStatus(FindAllCandidateMatchStatusEvent value) {
                return value.type().asString();
            }

            @Override
            public String visitError(ErrorEvent value) {
                return value.type();
            }

            @Override
            public String visitUnknown(JsonValue json) {
                return json.asObject().orElseThrow().get("type").asString().orElseThrow();
            }
        });
    }

    private static void assertRunningStatus(FindAllRunStatusEvent event, String id, String timestamp, long generated) {
        assertThat(event.eventId()).isEqualTo(id);
        assertThat(event.timestamp()).isEqualTo(OffsetDateTime.parse(timestamp));
        FindAllRun run = event.data();
        assertThat(run.findallId()).isEqualTo(RUN_ID);
        assertThat(run.status().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.status().isActive()).isTrue();
        assertThat(run.status().metrics().generatedCandidatesCount()).isEqualTo(generated);
        assertThat(run.status().metrics().matchedCandidatesCount()).isZero();
        assertThat(run.status().terminationReason()).isEmpty();
    }

    private static void assertGenerated(FindAllCandidateMatchStatusEvent event, String name) {
        assertThat(event.type()).isEqualTo(Type.FINDALL_CANDIDATE_GENERATED);
        FindAllCandidate candidate = event.data();
        assertThat(candidate.name()).isEqualTo(name);
        assertThat(candidate.matchStatus()).isEqualTo(MatchStatus.GENERATED);
        assertThat(candidate.description()).isPresent();
        assertThat(candidate.output()).as("output: null until judged").isEmpty();
        assertThat(candidate.basis()).as("basis: null until judged").isEmpty();
    }

    private static void assertHeartbeats(FindAllRunStatusEvent first, FindAllRunStatusEvent second) {
        assertRunningStatus(first, "6a1f0c93e2b52", "2026-03-04T09:15:12.420011Z", 2);
        assertRunningStatus(second, "6a1f0c93e2b68", "2026-03-04T09:15:22.421337Z", 2);
        assertThat(second.data()).as("a heartbeat repeats the unchanged run").isEqualTo(first.data());
    }

    private static void assertJudged(
            FindAllCandidateMatchStatusEvent matched, FindAllCandidateMatchStatusEvent unmatched) {
        assertThat(matched.type()).isEqualTo(Type.FINDALL_CANDIDATE_MATCHED);
        assertThat(matched.eventId()).isEqualTo("6a1f0c93e2b7d");
        assertThat(matched.data().matchStatus()).isEqualTo(MatchStatus.MATCHED);
        assertThat(matched.data().output().orElseThrow().get("nordic_workshop_check")).isEqualTo(JsonValue.parse("""
                {"value": "Bergen, Norway", "type": "match_condition", "is_matched": true}"""));
        assertThat(matched.data().basis().orElseThrow())
                .extracting(FieldBasis::field, basis -> basis.citations().size())
                .containsExactly(tuple("titanium_frames_check", 1), tuple("nordic_workshop_check", 2));
        assertThat(unmatched.type()).isEqualTo(Type.FINDALL_CANDIDATE_UNMATCHED);
        assertThat(unmatched.data().matchStatus()).isEqualTo(MatchStatus.UNMATCHED);
        assertThat(unmatched.data().output().orElseThrow().get("nordic_workshop_check")).isEqualTo(JsonValue.parse("""
                {"value": "Tallinn, Estonia", "type": "match_condition", "is_matched": false}"""));
    }

    private static void assertEnriched(FindAllCandidateMatchStatusEvent enriched) {
        assertThat(enriched.type()).isEqualTo(Type.FINDALL_CANDIDATE_ENRICHED);
        assertThat(enriched.data().name()).isEqualTo("Kvist Sykkelverksted");
        assertThat(enriched.data().matchStatus()).as("enriched is an event, not a status")
                .isEqualTo(MatchStatus.MATCHED);
        assertThat(enriched.data().output().orElseThrow()).isEqualTo(Map.of(
                "founding_year", JsonValue.parse("{\"value\": \"2014\", \"type\": \"enrichment\"}"),
                "lead_builder", JsonValue.parse("{\"value\": \"Ingrid Kvist\", \"type\": \"enrichment\"}")));
        assertThat(enriched.data().basis().orElseThrow().get(1).citations().get(0).url())
                .isEqualTo("https://kvist-sykkel.example/about");
    }

    private static void assertCompleted(FindAllRunStatusEvent last) {
        assertThat(last.eventId()).isEqualTo("6a1f0c93e2be9");
        FindAllRunStatus status = last.data().status();
        assertThat(status.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(status.isActive()).isFalse();
        assertThat(status.terminationReason()).contains(FindAllRunStatus.TerminationReason.CANDIDATES_EXHAUSTED);
        assertThat(status.metrics().generatedCandidatesCount()).isEqualTo(3);
        assertThat(status.metrics().matchedCandidatesCount()).isEqualTo(1);
    }
}
