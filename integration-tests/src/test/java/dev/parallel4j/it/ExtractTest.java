package dev.parallel4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.client.model.AdvancedExtractSettings;
import dev.parallel4j.client.model.ExtractError;
import dev.parallel4j.client.model.FetchPolicy;
import dev.parallel4j.client.model.FullContentSettings;
import dev.parallel4j.client.model.UsageItem;
import dev.parallel4j.client.model.V1ExcerptSettings;
import dev.parallel4j.client.model.V1ExtractRequest;
import dev.parallel4j.client.model.V1ExtractResponse;
import dev.parallel4j.client.model.V1ExtractResult;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Extract API: several pages read in one call, where one unreadable URL is reported without failing the call. */
@ExtendWith(RecordedApiExtension.class)
final class ExtractTest {
    private static final List<String> URLS = List.of(
            "https://kvist-sykkel.example/titan",
            "https://hallonberg-ramverk.example/frames",
            "https://sisutitaani.example/custom",
            "https://torutookoda.example/en/pricing");

    @Test
    @Scenario("extract")
    void extractSendsTheUrlsAndSettingsAndReadsPagesAndTheUrlThatFailed(RecordedApi api) {
        V1ExtractResponse extracted = api.client().extract().create(V1ExtractRequest.builder()
                .urls(URLS)
                .objective("Lead time and starting price of a made-to-measure titanium frame")
                .addSearchQuery("lead time")
                .addSearchQuery("frame price")
                .advancedSettings(AdvancedExtractSettings.builder()
                        .fetchPolicy(FetchPolicy.builder()
                                .maxAgeSeconds(3600L).timeoutSeconds(15.5).disableCacheFallback(true).build())
                        .excerptSettings(V1ExcerptSettings.builder().maxCharsPerResult(2000L).build())
                        .fullContent(FullContentSettings.builder().maxCharsPerResult(8000L).build())
                        .build())
                .build());

        assertThat(extracted.extractId()).startsWith("extract_");
        assertThat(Stream.concat(extracted.results().stream().map(V1ExtractResult::url),
                        extracted.errors().stream().map(ExtractError::url)))
                .as("every URL comes back once, as a page or as an error")
                .containsExactlyInAnyOrderElementsOf(URLS);
        api.replayedValues(() -> {
            assertThat(extracted.results())
                    .extracting(V1ExtractResult::url, V1ExtractResult::title, V1ExtractResult::publishDate)
                    .containsExactly(
                            tuple(URLS.get(0), Optional.of("Kvist Sykkelverksted - Titanium, made to measure"),
                                    Optional.of("2025-11-03")),
                            tuple(URLS.get(1), Optional.of("Frames - Hallonberg Ramverk"), Optional.empty()),
                            tuple(URLS.get(2), Optional.of("Sisu Titaani - Custom frames"), Optional.of("2026-01-12")));
            V1ExtractResult kvist = extracted.results().get(0);
            assertThat(kvist.excerpts()).hasSize(2)
                    .first().asString().contains("10 to 12 weeks after the fit session");
            assertThat(kvist.fullContent()).hasValueSatisfying(page -> assertThat(page)
                    .startsWith("# Titanium, made to measure\n")
                    .contains("## Prices\nFrames start at NOK 48 000"));
            assertThat(extracted.results().get(2).fullContent()).as("full_content: null").isEmpty();
            ExtractError failed = extracted.errors().get(0);
            assertThat(extracted.errors()).hasSize(1);
            assertThat(failed.url()).isEqualTo("https://torutookoda.example/en/pricing");
            assertThat(failed.errorType()).isEqualTo("http_error");
            assertThat(failed.httpStatusCode()).contains(404L);
            assertThat(failed.content()).hasValueSatisfying(body -> assertThat(body).contains("Lehte ei leitud."));
            assertThat(extracted.warnings()).as("warnings: null").isEmpty();
            assertThat(extracted.usage().orElseThrow()).extracting(UsageItem::name, UsageItem::count).containsExactly(
                    tuple("sku_extract_excerpts", 3L), tuple("sku_extract_full_content", 2L));
            assertThat(extracted.sessionId()).isEqualTo("session_1d6f3a8c0e2b4d79a5c7e9b1f3d5a072");
        });
        api.onlyRequest()
                .is("POST", "/v1/extract")
                .hasApiKey(api.apiKey())
                .hasNoBetas()
                .hasJsonBody("""
                        {"urls": ["https://kvist-sykkel.example/titan",
                                  "https://hallonberg-ramverk.example/frames",
                                  "https://sisutitaani.example/custom",
                                  "https://torutookoda.example/en/pricing"],
                         "objective": "Lead time and starting price of a made-to-measure titanium frame",
                         "search_queries": ["lead time", "frame price"],
                         "advanced_settings": {
                           "fetch_policy": {"max_age_seconds": 3600, "timeout_seconds": 15.5, "disable_cache_fallback": true},
                           "excerpt_settings": {"max_chars_per_result": 2000},
                           "full_content": {"max_chars_per_result": 8000}}}
                        """);
    }
}
