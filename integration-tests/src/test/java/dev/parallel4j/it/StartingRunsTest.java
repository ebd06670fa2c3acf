package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.CONDITIONS_JSON;
import static dev.parallel4j.it.Recorded.DEFAULT_BETAS;
import static dev.parallel4j.it.Recorded.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.client.model.CandidateItem;
import dev.parallel4j.client.model.ExcludeCandidate;
import dev.parallel4j.client.model.FindAllCandidatesRequest;
import dev.parallel4j.client.model.FindAllCandidatesResponse;
import dev.parallel4j.client.model.FindAllGenerator;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunInput;
import dev.parallel4j.client.model.FindAllRunStatus;
import dev.parallel4j.client.model.FindAllSchema;
import dev.parallel4j.client.model.IngestInput;
import dev.parallel4j.client.model.MetadataValue;
import dev.parallel4j.client.model.ParallelBeta;
import dev.parallel4j.client.model.RunStatus;
import dev.parallel4j.client.model.Webhook;
import dev.parallel4j.client.service.FindAllCreateParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calls that start a search: drafting a specification (ingest), a quick candidate search, creating a run. */
@ExtendWith(RecordedApiExtension.class)
final class StartingRunsTest {
    @Test
    @Scenario("ingest")
    void ingestSendsTheObjectiveAndReadsTheDraftedSpecification(RecordedApi api) {
        FindAllSchema draft =
                api.client().findAll().ingest(IngestInput.builder().objective(SEARCH.objective()).build());

        assertThat(draft.objective()).isEqualTo(SEARCH.objective());
        assertThat(draft.generator().isKnown()).isTrue();
        api.replayedValues(() -> {
            assertThat(draft.entityType()).isEqualTo("companies");
            assertThat(draft.matchConditions()).isEqualTo(SEARCH.matchConditions());
            assertThat(draft.generator()).isEqualTo(FindAllGenerator.CORE);
            assertThat(draft.matchLimit()).as("match_limit: null").isEmpty();
            assertThat(draft.enrichments()).as("enrichments left out").isEmpty();
            assertThat(draft.additionalProperties()).isEmpty();
        });
        api.onlyRequest()
                .is("POST", "/v1beta/findall/ingest")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasJsonBody("""
                        {"objective": "Find independent workshops in the Nordic countries that build made-to-measure titanium bicycle frames"}
                        """);
    }

    @Test
    @Scenario("candidates")
    void candidatesSendsTheObjectiveWithoutABetaHeaderAndReadsTheRankedEntities(RecordedApi api) {
        FindAllCandidatesResponse found = api.client().findAll().candidates(FindAllCandidatesRequest.builder()
                .entityType(FindAllCandidatesRequest.EntityType.COMPANY)
                .objective("Independent titanium bicycle frame builders in Norway, Sweden, Finland and Denmark")
                .matchLimit(5L)
                .build());

        assertThat(found.candidateSetId()).startsWith("candidate_set_");
        assertThat(found.candidates()).hasSizeLessThanOrEqualTo(5);
        api.replayedValues(() -> {
            assertThat(found.candidateSetId()).isEqualTo("candidate_set_7e4b1d9a0c3f4a6e8b2d5c1f9e0a7b36");
            assertThat(found.candidates()).extracting(CandidateItem::name, CandidateItem::url).containsExactly(
                    tuple("Kvist Sykkelverksted", "https://kvist-sykkel.example"),
                    tuple("Hallonberg Ramverk", "https://hallonberg-ramverk.example"),
                    tuple("Sisu Titaani Oy", "https://sisutitaani.example"),
                    tuple("Tallinna Torutöökoda", "https://torutookoda.example"));
            assertThat(found.candidates().get(2).description())
                    .isEqualTo("Finnish workshop building titanium fat bikes and winter touring frames to order.");
        });
        api.onlyRequest()
                .is("POST", "/v1beta/findall/candidates")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasJsonBody("""
                        {"entity_type": "company",
                         "objective": "Independent titanium bicycle frame builders in Norway, Sweden, Finland and Denmark",
                         "match_limit": 5}
                        """);
    }

    @Test
    @Scenario("create")
    void createSendsTheWholeSpecificationWithTheAddedBetaAndReadsTheQueuedRun(RecordedApi api) {
        FindAllRunInput input = SEARCH.toBuilder()
                .addExcludeListItem(ExcludeCandidate.builder()
                        .name("Bølgeform Cykler").url("https://boelgeform.example").build())
                .metadata(Map.of(
                        "requested_by", MetadataValue.ofString("fleet-procurement"),
                        "batch", MetadataValue.ofLong(7),
                        "budget_eur", MetadataValue.ofDouble(40.5),
                        "notify_on_match", MetadataValue.ofBoolean(true)))
                .webhook(Webhook.builder()
                        .url("https://hooks.fleet.example/parallel/findall")
                        .addEventType(Webhook.EventType.of("findall.run.completed"))
                        .addEventType(Webhook.EventType.of("findall.candidate.matched"))
                        .build())
                .build();

        FindAllRun run = api.client().findAll().create(input,
                FindAllCreateParams.builder().addBeta(ParallelBeta.WEBHOOK_2025_08_12).build());

        assertThat(run.findallId()).startsWith("findall_");
        assertThat(run.generator()).contains(FindAllGenerator.CORE);
        assertThat(run.metadata()).as("metadata is echoed back").contains(Map.of(
                "requested_by", MetadataValue.ofString("fleet-procurement"),
                "batch", MetadataValue.ofLong(7),
                "budget_eur", MetadataValue.ofDouble(40.5),
                "notify_on_match", MetadataValue.ofBoolean(true)));
        assertThat(run.status().status().isKnown()).isTrue();
        api.replayedValues(() -> {
            assertThat(run.findallId()).isEqualTo("findall_27c5e0b9a4f34d1e8b6a09f3d5c1e782");
            assertThat(run.status().status()).isEqualTo(RunStatus.QUEUED);
            assertThat(run.status().isActive()).isTrue();
            assertThat(run.status().metrics().generatedCandidatesCount()).isZero();
            assertThat(run.status().metrics().matchedCandidatesCount()).isZero();
            assertThat(run.status().terminationReason()).as("termination_reason: null").isEmpty();
            assertThat(run.createdAt()).contains("2026-03-04T09:14:58.201734Z");
            assertThat(run.modifiedAt()).contains("2026-03-04T09:14:58.203118Z");
        });
        api.onlyRequest()
                .is("POST", "/v1beta/findall/runs")
                .hasApiKey(api.apiKey())
                .hasBetas("findall-2025-09-15,webhook-2025-08-12")
                .hasJsonBody("""
                        {"objective": "Find independent workshops in the Nordic countries that build made-to-measure titanium bicycle frames",
                         "entity_type": "companies",
                         "match_conditions": %s,
                         "generator": "core",
                         "match_limit": 5,
                         "exclude_list": [{"name": "Bølgeform Cykler", "url": "https://boelgeform.example"}],
                         "metadata": {"requested_by": "fleet-procurement", "batch": 7, "budget_eur": 40.5, "notify_on_match": true},
                         "webhook": {"url": "https://hooks.fleet.example/parallel/findall",
                                     "event_types": ["findall.run.completed", "findall.candidate.matched"]}}
                        """.formatted(CONDITIONS_JSON));
    }
}
