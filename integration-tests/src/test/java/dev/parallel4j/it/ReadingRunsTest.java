package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.DEFAULT_BETAS;
import static dev.parallel4j.it.Recorded.FRAME_FACTS_SCHEMA;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.Recorded.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.client.model.Citation;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.FindAllCandidate.MatchStatus;
import dev.parallel4j.client.model.FindAllCandidate;
import dev.parallel4j.client.model.FindAllEnrichInput;
import dev.parallel4j.client.model.FindAllGenerator;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunResult;
import dev.parallel4j.client.model.FindAllRunStatus;
import dev.parallel4j.client.model.FindAllSchema;
import dev.parallel4j.client.model.MetadataValue;
import dev.parallel4j.client.model.ParallelBeta;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.client.service.FindAllResultParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calls that read an existing run: its state (retrieve), its candidates (result) and its specification. */
@ExtendWith(RecordedApiExtension.class)
final class ReadingRunsTest {
    @Test
    @Scenario(value = "retrieve", live = Live.ON_EXISTING_RUN)
    void retrieveReadsStatusCountersAndEveryKindOfMetadataValue(RecordedApi api) {
        String runId = api.existingId(RUN_ID);

        FindAllRun run = api.client().findAll().retrieve(runId);

        assertThat(run.findallId()).isEqualTo(runId);
        assertThat(run.status().status().isKnown()).isTrue();
        api.replayedValues(() -> {
            assertThat(run.status().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(run.status().isActive()).isTrue();
            assertThat(run.status().metrics().generatedCandidatesCount()).isEqualTo(6);
            assertThat(run.status().metrics().matchedCandidatesCount()).isEqualTo(2);
            assertThat(run.status().terminationReason()).as("termination_reason left out").isEmpty();
            assertThat(run.generator()).contains(FindAllGenerator.CORE);
            assertThat(run.metadata()).contains(Map.of(
                    "requested_by", MetadataValue.ofString("fleet-procurement"),
                    "batch", MetadataValue.ofLong(7),
                    "budget_eur", MetadataValue.ofDouble(40.5),
                    "notify_on_match", MetadataValue.ofBoolean(true)));
            assertThat(run.metadata().orElseThrow().get("batch").asLong()).isEqualTo(7);
            assertThat(run.createdAt()).contains("2026-03-04T09:14:58.201734Z");
            assertThat(run.modifiedAt()).contains("2026-03-04T09:17:41.559012Z");
        });
        api.onlyRequest()
                .is("GET", "/v1beta/findall/runs/" + runId)
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasNoBody();
    }

    @Test
    @Scenario(value = "result", live = Live.ON_EXISTING_RUN)
    void resultSendsTheBetasOnceAndReadsCandidatesWithOutputsAndCitations(RecordedApi api) {
        String runId = api.existingId(RUN_ID);

        FindAllRunResult result = api.client().findAll().result(runId, FindAllResultParams.builder()
                .betas(List.of(ParallelBeta.FINDALL_2025_09_15, ParallelBeta.FIELD_BASIS_2025_11_25))
                .build());

        assertThat(result.run().findallId()).isEqualTo(runId);
        assertThat(result.candidates()).allSatisfy(candidate -> assertThat(candidate.matchStatus().isKnown()).isTrue());
        api.replayedValues(() -> {
            assertThat(result.run().status().status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(result.run().status().isActive()).isFalse();
            assertThat(result.run().status().terminationReason())
                    .contains(FindAllRunStatus.TerminationReason.CANDIDATES_EXHAUSTED);
            assertThat(result.lastEventId()).contains("6a1f0c93e2c4a");
            assertThat(result.candidates()).extracting(FindAllCandidate::name, FindAllCandidate::matchStatus)
                    .containsExactly(
                            tuple("Kvist Sykkelverksted", MatchStatus.MATCHED),
                            tuple("Hallonberg Ramverk", MatchStatus.MATCHED),
                            tuple("Sisu Titaani Oy", MatchStatus.MATCHED),
                            tuple("Tallinna Torutöökoda", MatchStatus.UNMATCHED),
                            tuple("Bølgeform Cykler", MatchStatus.UNMATCHED),
                            tuple("Nordic Gravel Magazine", MatchStatus.DISCARDED));
            assertMatchedAndEnriched(result.candidates().get(0));
            assertUntitledCitationIsKept(result.candidates().get(1));
            assertThat(result.candidates().get(3).output().orElseThrow().get("nordic_workshop_check"))
                    .isEqualTo(JsonValue.parse("""
                            {"value": "Tallinn, Estonia", "type": "match_condition", "is_matched": false}"""));
            FindAllCandidate discarded = result.candidates().get(5);
            assertThat(discarded.candidateId()).isEqualTo("candidate_8f6e4d2c-0b9a-4e7d-8c5b-3a1f2e0d9c7b");
            assertThat(discarded.description()).isPresent();
            assertThat(discarded.output()).as("output left out").isEmpty();
            assertThat(discarded.basis()).as("basis left out").isEmpty();
        });
        api.onlyRequest()
                .is("GET", "/v1beta/findall/runs/" + runId + "/result")
                .hasApiKey(api.apiKey())
                .hasBetas("findall-2025-09-15,field-basis-2025-11-25")
                .hasNoBody();
    }

    @Test
    @Scenario(value = "schema", live = Live.ON_EXISTING_RUN)
    void schemaReadsConditionsEnrichmentsAndLimit(RecordedApi api) {
        String runId = api.existingId(RUN_ID);

        FindAllSchema schema = api.client().findAll().schema(runId);

        assertThat(schema.matchConditions()).isNotEmpty();
        assertThat(schema.generator().isKnown()).isTrue();
        api.replayedValues(() -> {
            assertThat(schema.objective()).isEqualTo(SEARCH.objective());
            assertThat(schema.entityType()).isEqualTo("companies");
            assertThat(schema.matchConditions()).isEqualTo(SEARCH.matchConditions());
            assertThat(schema.generator()).isEqualTo(FindAllGenerator.CORE);
            assertThat(schema.matchLimit()).contains(5L);
            FindAllEnrichInput enrichment = schema.enrichments().orElseThrow().get(0);
            assertThat(enrichment.processor()).isEqualTo("core");
            assertThat(enrichment.outputSchema().type()).isEqualTo("json");
            assertThat(JsonValue.of(enrichment.outputSchema().jsonSchema())).isEqualTo(FRAME_FACTS_SCHEMA);
            assertThat(enrichment.mcpServers()).isEmpty();
        });
        api.onlyRequest()
                .is("GET", "/v1beta/findall/runs/" + runId + "/schema")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasNoBody();
    }

    private static void assertMatchedAndEnriched(FindAllCandidate kvist) {
        assertThat(kvist.candidateId()).isEqualTo("candidate_3e0c6a52-8f1d-4b7a-9c2e-5d4f1a6b7c80");
        assertThat(kvist.url()).isEqualTo("https://kvist-sykkel.example");
        assertThat(kvist.output().orElseThrow()).isEqualTo(Map.of(
                "titanium_frames_check", JsonValue.parse("""
                        {"value": "Welds made-to-measure titanium road and gravel frames in-house",
                         "type": "match_condition", "is_matched": true}"""),
                "nordic_workshop_check", JsonValue.parse("""
                        {"value": "Bergen, Norway", "type": "match_condition", "is_matched": true}"""),
                "founding_year", JsonValue.parse("""
                        {"value": "2014", "type": "enrichment"}"""),
                "lead_builder", JsonValue.parse("""
                        {"value": "Ingrid Kvist", "type": "enrichment"}""")));
        List<FieldBasis> basis = kvist.basis().orElseThrow();
        assertThat(basis).extracting(FieldBasis::field, FieldBasis::confidence).containsExactly(
                tuple("titanium_frames_check", Optional.of("high")),
                tuple("nordic_workshop_check", Optional.of("high")),
                tuple("founding_year", Optional.of("high")),
                tuple("lead_builder", Optional.of("high")));
        assertThat(basis.get(1).reasoning()).startsWith("The contact page gives a workshop address in Bergen");
        assertThat(basis.get(1).citations()).extracting(Citation::title, Citation::url, Citation::excerpts)
                .containsExactly(
                        tuple(Optional.of("Visit the workshop"), "https://kvist-sykkel.example/contact",
                                Optional.of(List.of("Workshop: Sjøbodgaten 12, 5003 Bergen, Norway"))),
                        tuple(Optional.of("Hand-built in Bergen: a morning at Kvist"),
                                "https://nordicgravel.example/2025/09/kvist-visit", Optional.empty()));
    }

    private static void assertUntitledCitationIsKept(FindAllCandidate hallonberg) {
        FieldBasis workshop = hallonberg.basis().orElseThrow().get(1);
        assertThat(workshop.confidence()).contains("medium");
        Citation about = workshop.citations().get(0);
        assertThat(about.title()).as("title left out").isEmpty();
        assertThat(about.url()).isEqualTo("https://hallonberg-ramverk.example/about");
        assertThat(about.excerpts()).contains(List.of("Our workshop is in Sundbyberg, just north of Stockholm."));
    }
}
