package dev.parallel4j.benchmarks.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindAllSubsetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode document() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
                 "security": [{"Key": []}],
                 "tags": [{"name": "FindAll"}, {"name": "Search"}],
                 "paths": {
                   "/findall": {
                     "parameters": [{"$ref": "#/components/parameters/Beta"}],
                     "get": {"tags": ["FindAll"], "operationId": "list",
                             "responses": {"200": {"description": "ok", "content": {"application/json":
                               {"schema": {"$ref": "#/components/schemas/Run"}}}}}},
                     "post": {"tags": ["Search"], "operationId": "other",
                              "responses": {"200": {"description": "ok", "content": {"application/json":
                                {"schema": {"$ref": "#/components/schemas/Unused"}}}}}}},
                   "/search": {"get": {"tags": ["Search"], "operationId": "search",
                              "responses": {"200": {"description": "ok"}}}}},
                 "components": {
                   "parameters": {"Beta": {"name": "b", "in": "header",
                     "schema": {"type": "string", "x-stainless-override-schema": {"$ref": "#/components/schemas/Beta"}}}},
                   "schemas": {
                     "Run": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"},
                             "event": {"oneOf": [{"$ref": "#/components/schemas/Event"}],
                                       "discriminator": {"propertyName": "type",
                                         "mapping": {"x": "#/components/schemas/MappedOnly"}}}}},
                     "Status": {"type": "string"},
                     "Event": {"type": "object", "properties": {"items": {"$ref": "#/components/schemas/Status/items"}}},
                     "MappedOnly": {"type": "object"},
                     "Beta": {"type": "string"},
                     "Unused": {"type": "object"}},
                   "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "k"}}}}
                """);
    }

    @Test
    void keepsTheTaggedOperationsAndEverythingTheyReach() throws Exception {
        ObjectNode subset = FindAllSubset.subset(document(), "FindAll");

        assertThat(names(subset.path("paths"))).containsExactly("/findall");
        assertThat(names(subset.path("paths").path("/findall"))).containsExactly("parameters", "get");
        assertThat(names(subset.path("components").path("schemas")))
                .containsExactly("Run", "Status", "Event", "MappedOnly", "Beta");
        assertThat(names(subset.path("components").path("parameters"))).containsExactly("Beta");
        assertThat(names(subset.path("components").path("securitySchemes"))).containsExactly("Key");
        assertThat(subset.path("tags").findValuesAsText("name")).containsExactly("FindAll");
        assertThat(subset.path("info")).isEqualTo(document().path("info"));
    }

    @Test
    void refusesATagNoOperationHas() {
        assertThatThrownBy(() -> FindAllSubset.subset(document(), "Monitor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no operation is tagged 'Monitor'");
    }

    @Test
    void refusesAReferenceToAMissingComponent() throws Exception {
        ObjectNode broken = document();
        ((ObjectNode) broken.path("components").path("schemas")).remove("Status");

        assertThatThrownBy(() -> FindAllSubset.subset(broken, "FindAll"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'#/components/schemas/Status' points to no component");
    }

    @Test
    void cutsOurSpecDownToFindAll(@TempDir Path dir) {
        Path spec = Path.of("../../spec/src/main/openapi/parallel-openapi.yaml");
        assumeTrue(Files.isRegularFile(spec), "the spec module is beside this one");
        Path out = dir.resolve("findall.json");

        FindAllSubset.main(new String[] {spec.toString(), out.toString()});

        ObjectNode subset = OpenApiDocuments.read(out);
        assertThat(names(subset.path("paths"))).isNotEmpty().allMatch(path -> path.startsWith("/v1beta/findall/"));
        assertThat(names(subset.path("components").path("schemas")))
                .contains("FindAllRun", "FindAllRunResult", "FindAllCandidate", "Citation")
                .doesNotContain("TaskRun", "SearchResult");
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
