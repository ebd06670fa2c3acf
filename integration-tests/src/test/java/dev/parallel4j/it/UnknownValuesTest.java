package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.client.model.FindAllCandidate;
import dev.parallel4j.client.model.FindAllEvent;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunStatus;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.sse.EventStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Values newer than the client (enum constants, event types, properties) are kept as sent, not fatal. */
@ExtendWith(RecordedApiExtension.class)
final class UnknownValuesTest {
    @Test
    @Scenario(value = "unknown-values", live = Live.NOT_RECORDED)
    void anUnknownStatusTerminationReasonAndPropertyAreKeptVerbatim(RecordedApi api) {
        FindAllRun run = api.client().findAll().retrieve(RUN_ID);

        FindAllRunStatus status = run.status();
        assertThat(status.status().isKnown()).isFalse();
        assertThat(status.status().value()).isEqualTo(RunStatus.Value._UNKNOWN);
        assertThat(status.status().asString()).isEqualTo("paused_for_review");
        assertThat(status.status()).isEqualTo(RunStatus.of("paused_for_review"));
        FindAllRunStatus.TerminationReason reason = status.terminationReason().orElseThrow();
        assertThat(reason.isKnown()).isFalse();
        assertThat(reason.value()).isEqualTo(FindAllRunStatus.TerminationReason.Value._UNKNOWN);
        assertThat(reason.asString()).isEqualTo("reviewer_requested");
        assertThat(run.additionalProperties())
                .containsExactlyEntriesOf(Map.of("review_url",
                        JsonValue.of("https://platform.parallel.example/findall/review/9b2e6d41")));
        assertThat(status.metrics().matchedCandidatesCount()).as("the rest still parses").isEqualTo(3);
        api.onlyRequest().is("GET", "/v1beta/findall/runs/" + RUN_ID);
    }

    @Test
    @Scenario(value = "unknown-values", live = Live.NOT_RECORDED)
    void anUnknownEventTypeIsDeliveredAsUnknownAndTheStreamGoesOn(RecordedApi api) {
        List<FindAllEvent> events;
        try (EventStream<FindAllEvent> stream = api.client().findAll().events(RUN_ID)) {
            events = stream.stream().toList();
        }

        assertThat(events).extracting(EventStreamTest::typeOf).containsExactly(
                "findall.candidate.reranked", "findall.candidate.generated", "findall.status");
        assertThat(events.get(0).isUnknown()).isTrue();
        JsonValue unknown = ((FindAllEvent.Unknown) events.get(0)).json();
        assertThat(unknown.asObject().orElseThrow().get("data")).isEqualTo(JsonValue.parse("""
                {"candidate_id": "candidate_b71f2d94-0c3e-4e58-a6d1-92e8f7c4b315", "rank": 1}"""));
        FindAllCandidate candidate = events.get(1).asFindAllCandidateMatchStatus().data();
        assertThat(candidate.matchStatus().isKnown()).isFalse();
        assertThat(candidate.matchStatus().asString()).isEqualTo("queued_for_review");
        assertThat(events.get(2).asFindAllRunStatus().data().status().status().asString())
                .isEqualTo("paused_for_review");
        api.onlyRequest().is("GET", "/v1beta/findall/runs/" + RUN_ID + "/events");
    }
}
