package dev.parallel4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.client.model.AdvancedSearchSettings;
import dev.parallel4j.client.model.FetchPolicy;
import dev.parallel4j.client.model.SourcePolicy;
import dev.parallel4j.client.model.UsageItem;
import dev.parallel4j.client.model.V1ExcerptSettings;
import dev.parallel4j.client.model.V1SearchRequest;
import dev.parallel4j.client.model.V1SearchResponse;
import dev.parallel4j.client.model.V1WebSearchResult;
import dev.parallel4j.client.model.Warning;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.json.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Search API: one call with every request option, answered with ranked pages and their excerpts. */
@ExtendWith(RecordedApiExtension.class)
final class SearchTest {
    @Test
    @Scenario("search")
    void searchSendsObjectiveQueriesModeAndSettingsWithoutABetaHeaderAndReadsTheRankedPages(RecordedApi api) {
        V1SearchResponse found = api.client().search().create(V1SearchRequest.builder()
                .objective("How long do Nordic workshops take to build a made-to-measure titanium gravel frame,"
                        + " and what does one cost?")
                .addSearchQuery("titanium gravel frame lead time")
                .addSearchQuery("custom titanium frame builder Norway Sweden Finland Denmark")
                .mode(V1SearchRequest.Mode.BASIC)
                .maxCharsTotal(6000L)
                .clientModel("fleet-assistant")
                .advancedSettings(AdvancedSearchSettings.builder()
                        .sourcePolicy(SourcePolicy.builder()
                                .addIncludeDomain(".example")
                                .addExcludeDomain("forum.cyclingtalk.example")
                                .afterDate(LocalDate.of(2025, 6, 1))
                                .build())
                        .fetchPolicy(FetchPolicy.builder().maxAgeSeconds(86_400L).build())
                        .excerptSettings(V1ExcerptSettings.builder().maxCharsPerResult(1500L).build())
                        .location("no")
                        .maxResults(3L)
                        .build())
                .build());

        assertThat(found.searchId()).startsWith("search_");
        assertThat(found.sessionId()).isNotBlank();
        assertThat(found.results()).hasSizeLessThanOrEqualTo(3)
                .allSatisfy(result -> assertThat(result.url()).startsWith("http"));
        api.replayedValues(() -> {
            assertThat(found.searchId()).isEqualTo("search_3f9a0c7e21d84b5c9e6a1f0d2b7c4e85");
            assertThat(found.sessionId()).isEqualTo("session_8e1b4c7a2f9d4e60b3a5c1d7f0e2a946");
            assertThat(found.results())
                    .extracting(V1WebSearchResult::url, V1WebSearchResult::title, V1WebSearchResult::publishDate)
                    .containsExactly(
                            tuple("https://kvist-sykkel.example/titan",
                                    Optional.of("Kvist Sykkelverksted - Titanium, made to measure"),
                                    Optional.of("2025-11-03")),
                            tuple("https://nordicgravel.example/2025/09/kvist-visit",
                                    Optional.of("Hand-built in Bergen: a morning at Kvist"), Optional.of("2025-09-18")),
                            tuple("https://hallonberg-ramverk.example/frames", Optional.empty(), Optional.empty()));
            assertThat(found.results().get(0).excerpts()).containsExactly(
                    "## Lead times\nA made-to-measure titanium gravel frame leaves our Bergen workshop 10 to 12 weeks"
                            + " after the fit session.",
                    "Frames start at NOK 48 000, fit session and geometry drawing included.");
            assertThat(found.results().get(2).excerpts()).singleElement().asString().contains("about 16 weeks");
            Warning warning = found.warnings().orElseThrow().get(0);
            assertThat(warning.type()).isEqualTo(Warning.Type.INPUT_VALIDATION_WARNING);
            assertThat(warning.message()).startsWith("The second search query is long");
            assertThat(warning.detail()).contains(Map.of("search_query_index", JsonValue.of(1)));
            assertThat(found.usage().orElseThrow()).extracting(UsageItem::name, UsageItem::count)
                    .containsExactly(tuple("sku_search", 1L));
        });
        api.onlyRequest()
                .is("POST", "/v1/search")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasJsonBody("""
                        {"objective": "How long do Nordic workshops take to build a made-to-measure titanium gravel frame, and what does one cost?",
                         "search_queries": ["titanium gravel frame lead time",
                                            "custom titanium frame builder Norway Sweden Finland Denmark"],
                         "mode": "basic",
                         "max_chars_total": 6000,
                         "client_model": "fleet-assistant",
                         "advanced_settings": {
                           "source_policy": {"include_domains": [".example"],
                                             "exclude_domains": ["forum.cyclingtalk.example"],
                                             "after_date": "2025-06-01"},
                           "fetch_policy": {"max_age_seconds": 86400},
                           "excerpt_settings": {"max_chars_per_result": 1500},
                           "location": "no",
                           "max_results": 3}}
                        """);
    }
}
