package dev.parallel4j.benchmarks.documents;

import static dev.parallel4j.benchmarks.documents.FindAllSubsetTest.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class DocumentMultiplierTest {
    @Test
    void addsRenamedCopiesOfPathsComponentsAndTags() throws Exception {
        ObjectNode tripled = DocumentMultiplier.multiply(FindAllSubsetTest.document(), 3);

        assertThat(names(tripled.path("paths"))).containsExactly("/findall", "/search", "/copy2/findall",
                "/copy2/search", "/copy3/findall", "/copy3/search");
        assertThat(names(tripled.path("components").path("schemas"))).hasSize(18).contains("Run", "RunCopy2", "RunCopy3");
        assertThat(names(tripled.path("components").path("securitySchemes"))).containsExactly("Key");
        assertThat(tripled.path("tags").findValuesAsText("name"))
                .containsExactly("FindAll", "Search", "FindAll Copy2", "Search Copy2", "FindAll Copy3", "Search Copy3");

        ObjectNode copy = (ObjectNode) tripled.path("paths").path("/copy2/findall");
        assertThat(copy.path("get").path("operationId").asText()).isEqualTo("list_copy2");
        assertThat(copy.path("get").path("tags").get(0).asText()).isEqualTo("FindAll Copy2");
        assertThat(copy.path("parameters").get(0).path("$ref").asText()).isEqualTo("#/components/parameters/BetaCopy2");
        ObjectNode run = (ObjectNode) tripled.path("components").path("schemas").path("RunCopy3");
        assertThat(run.path("properties").path("status").path("$ref").asText()).isEqualTo("#/components/schemas/StatusCopy3");
        assertThat(run.path("properties").path("event").path("discriminator").path("mapping").path("x").asText())
                .isEqualTo("#/components/schemas/MappedOnlyCopy3");
        assertThat(tripled.path("components").path("schemas").path("EventCopy2").path("properties").path("items")
                .path("$ref").asText()).isEqualTo("#/components/schemas/StatusCopy2/items");
    }

    @Test
    void leavesTheOriginalAsItWas() throws Exception {
        ObjectNode original = FindAllSubsetTest.document();

        DocumentMultiplier.multiply(original, 2);

        assertThat(original).isEqualTo(FindAllSubsetTest.document());
        assertThat(DocumentMultiplier.multiply(original, 1)).isEqualTo(original);
    }

    @Test
    void refusesAFactorBelowOne() throws Exception {
        ObjectNode document = FindAllSubsetTest.document();

        assertThatThrownBy(() -> DocumentMultiplier.multiply(document, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor must be at least 1, was 0");
    }
}
