package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.CONDITIONS_JSON;
import static dev.parallel4j.it.Recorded.DEFAULT_BETAS;
import static dev.parallel4j.it.Recorded.FRAME_FACTS_SCHEMA;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.Recorded.SEARCH;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.client.model.FindAllEnrichInput;
import dev.parallel4j.client.model.FindAllExtendInput;
import dev.parallel4j.client.model.FindAllGenerator;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunInput;
import dev.parallel4j.client.model.FindAllSchema;
import dev.parallel4j.client.model.JsonSchema;
import dev.parallel4j.client.model.McpServer;
import dev.parallel4j.client.model.ParallelBeta;
import dev.parallel4j.client.service.FindAllEnrichParams;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calls that change a run: adding an enrichment, raising its match limit, cancelling it. */
@ExtendWith(RecordedApiExtension.class)
final class ChangingRunsTest {
    @Test
    @Scenario(value = "enrich", live = Live.ON_EXISTING_RUN)
    void enrichSendsTheSchemaAndMcpServerAndReadsTheSpecificationWithoutItsCredentials(RecordedApi api) {
        String runId = api.existingId(RUN_ID);
        FindAllEnrichInput enrichment = FindAllEnrichInput.builder()
                .outputSchema(JsonSchema.builder().jsonSchema(FRAME_FACTS_SCHEMA.asObject().orElseThrow()).build())
                .addMcpServer(McpServer.builder()
                        .url("https://registry.framebuilders.example/mcp")
                        .name("framebuilder-registry")
                        .putHeader("Authorization", "Bearer registry-token-for-tests")
                        .addAllowedTool("lookup_workshop")
                        .build())
                .build();

        FindAllSchema schema = api.client().findAll().enrich(runId, enrichment,
                FindAllEnrichParams.builder().addBeta(ParallelBeta.MCP_SERVER_2025_07_17).build());

        FindAllEnrichInput added = schema.enrichments().orElseThrow().get(schema.enrichments().get().size() - 1);
        assertThat(JsonValue.of(added.outputSchema().jsonSchema())).isEqualTo(FRAME_FACTS_SCHEMA);
        McpServer server = added.mcpServers().orElseThrow().get(0);
        assertThat(server.headers()).as("MCP headers are never echoed back").isEmpty();
        api.replayedValues(() -> {
            assertThat(schema.objective()).isEqualTo(SEARCH.objective());
            assertThat(schema.matchConditions()).isEqualTo(SEARCH.matchConditions());
            assertThat(schema.enrichments().orElseThrow()).hasSize(1);
            assertThat(added.processor()).isEqualTo("core");
            assertThat(server.type()).isEqualTo("url");
            assertThat(server.url()).isEqualTo("https://registry.framebuilders.example/mcp");
            assertThat(server.name()).isEqualTo("framebuilder-registry");
            assertThat(server.allowedTools()).contains(List.of("lookup_workshop"));
            assertThat(schema.matchLimit()).contains(5L);
        });
        api.onlyRequest()
                .is("POST", "/v1beta/findall/runs/" + runId + "/enrich")
                .hasApiKey(api.apiKey())
                .hasBetas("findall-2025-09-15,mcp-server-2025-07-17")
                .hasJsonBody("""
                        {"output_schema": {"json_schema": %s, "type": "json"},
                         "mcp_servers": [{"type": "url",
                                          "url": "https://registry.framebuilders.example/mcp",
                                          "headers": {"Authorization": "Bearer registry-token-for-tests"},
                                          "name": "framebuilder-registry",
                                          "allowed_tools": ["lookup_workshop"]}]}
                        """.formatted(FRAME_FACTS_SCHEMA.toJson()));
    }

    @Test
    @Scenario(value = "extend", live = Live.ON_EXISTING_RUN)
    void extendSendsTheIncrementAndReadsTheRaisedLimit(RecordedApi api) {
        String runId = api.existingId(RUN_ID);

        FindAllSchema schema = api.client().findAll().extend(runId,
                FindAllExtendInput.builder().additionalMatchLimit(10).build());

        assertThat(schema.matchLimit()).isPresent();
        api.replayedValues(() -> {
            assertThat(schema.matchLimit()).contains(15L);
            assertThat(schema.objective()).isEqualTo(SEARCH.objective());
            assertThat(schema.entityType()).isEqualTo("companies");
            assertThat(schema.generator()).isEqualTo(FindAllGenerator.CORE);
            assertThat(schema.enrichments().orElseThrow()).hasSize(1);
        });
        api.onlyRequest()
                .is("POST", "/v1beta/findall/runs/" + runId + "/extend")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasJsonBody("""
                        {"additional_match_limit": 10}
                        """);
    }

    @Test
    @Scenario("cancel")
    void cancelSendsNoBodyAndReadsTheUndocumentedAnswerAsJson(RecordedApi api) {
        FindAllRun run = api.client().findAll().create(SEARCH.toBuilder()
                .generator(FindAllGenerator.PREVIEW)
                .metadata(Optional.empty())
                .build());

        JsonValue answer = api.client().findAll().cancel(run.findallId());

        assertThat(answer).as("a JSON null is JsonValue.NULL, not a Java null").isNotNull();
        api.replayedValues(() -> {
            assertThat(run.findallId()).isEqualTo("findall_e3a90c5d71b24f8e9d06a4b2c8f1e537");
            assertThat(run.generator()).contains(FindAllGenerator.PREVIEW);
            assertThat(answer).isEqualTo(JsonValue.NULL);
        });
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThatRequest(requests.get(0))
                .is("POST", "/v1beta/findall/runs")
                .hasJsonBody("""
                        {"objective": "Find independent workshops in the Nordic countries that build made-to-measure titanium bicycle frames",
                         "entity_type": "companies",
                         "match_conditions": %s,
                         "generator": "preview",
                         "match_limit": 5}
                        """.formatted(CONDITIONS_JSON));
        assertThatRequest(requests.get(1))
                .is("POST", "/v1beta/findall/runs/" + run.findallId() + "/cancel")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasNoBody();
    }
}
