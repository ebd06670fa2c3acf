package dev.parallel4j.generator.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Method names from the REST shape of a service's paths, and how clashes between them are resolved. */
final class OperationNamerTest {

    @Test
    void namesTheFindAllServiceByRestShape() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("POST", "/v1beta/findall/candidates", "findall_candidates_v1beta_findall_candidates_post"),
                op("POST", "/v1beta/findall/ingest", "ingest_findall_run_v1beta_findall_ingest_post"),
                op("POST", "/v1beta/findall/runs", "findall_runs_v1_v1beta_findall_runs_post"),
                op("GET", "/v1beta/findall/runs/{findall_id}", "findall_runs_v1_get_v1beta_findall_runs__findall_id__get"),
                op("POST", "/v1beta/findall/runs/{findall_id}/cancel", "cancel_findall_run"),
                op("POST", "/v1beta/findall/runs/{findall_id}/enrich", "enrich_findall_run"),
                op("GET", "/v1beta/findall/runs/{findall_id}/events", "get_findall_events"),
                op("POST", "/v1beta/findall/runs/{findall_id}/extend", "extend_findall_run"),
                op("GET", "/v1beta/findall/runs/{findall_id}/result", "get_findall_result"),
                op("GET", "/v1beta/findall/runs/{findall_id}/schema", "get_findall_schema")));

        assertThat(names).containsExactly(
                entry("POST /v1beta/findall/candidates", "candidates"),
                entry("POST /v1beta/findall/ingest", "ingest"),
                entry("POST /v1beta/findall/runs", "create"),
                entry("GET /v1beta/findall/runs/{findall_id}", "retrieve"),
                entry("POST /v1beta/findall/runs/{findall_id}/cancel", "cancel"),
                entry("POST /v1beta/findall/runs/{findall_id}/enrich", "enrich"),
                entry("GET /v1beta/findall/runs/{findall_id}/events", "events"),
                entry("POST /v1beta/findall/runs/{findall_id}/extend", "extend"),
                entry("GET /v1beta/findall/runs/{findall_id}/result", "result"),
                entry("GET /v1beta/findall/runs/{findall_id}/schema", "schema"));
    }

    @Test
    void namesTheCrudShapesOfTheMainCollection() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("GET", "/v1/pets", null),
                op("POST", "/v1/pets", null),
                op("GET", "/v1/pets/{id}", null),
                op("PUT", "/v1/pets/{id}", null),
                op("PATCH", "/v1/pets/{id}/tags", null),
                op("DELETE", "/v1/pets/{id}", null)));

        assertThat(names.values()).containsExactly("list", "create", "retrieve", "update", "tags", "delete");
    }

    @Test
    void namesItemsOfASubCollectionAfterItsSingular() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("POST", "/monitors", null),
                op("GET", "/monitors/{id}", null),
                op("GET", "/monitors/{id}/events/{event_id}", null),
                op("DELETE", "/monitors/{id}/entries/{entry_id}", null)));

        assertThat(names.values()).containsExactly("create", "retrieve", "retrieveEvent", "deleteEntry");
    }

    @Test
    void ignoresTheVersionSegmentWhenFindingTheMainCollection() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("POST", "/v1/runs", null),
                op("GET", "/v1beta/runs/{id}", null),
                op("GET", "/v2/runs/{id}/input", null)));

        assertThat(names.values()).containsExactly("create", "retrieve", "input");
    }

    @Test
    void aSegmentSpelledLikeTheServiceIsItsCollectionEvenWhenUsedOnce() {
        assertThat(OperationNamer.name("Search", List.of(op("POST", "/v1/search", null))).values()).containsExactly("create");
        assertThat(OperationNamer.name("Jobs", List.of(op("GET", "/v1/jobs", null))).values()).containsExactly("list");
        assertThat(OperationNamer.name("Monitor", List.of(op("GET", "/v1/monitors", null), op("GET", "/v1/monitors/{id}", null))).values())
                .containsExactly("list", "retrieve");
        assertThat(OperationNamer.name("Search", List.of(op("POST", "/v1/extract", null))).values()).containsExactly("extract");
    }

    @Test
    void aSingleOperationIsNamedAfterItsLastSegment() {
        assertThat(OperationNamer.name(List.of(op("POST", "/v1/search", "v1_search_v1_search_post"))).values())
                .containsExactly("search");
    }

    @Test
    void addsTheVerbWhenOperationsOfDifferentMethodsShareAName() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("POST", "/groups", null),
                op("GET", "/groups/{id}", null),
                op("GET", "/groups/{id}/runs", null),
                op("POST", "/groups/{id}/runs", null)));

        assertThat(names.values()).containsExactly("create", "retrieve", "listRuns", "createRuns");
    }

    @Test
    void addsTheVersionOfTheOddOneOutWhenTheVerbDoesNotHelp() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("POST", "/v1/tasks/runs", null),
                op("GET", "/v1/tasks/runs/{run_id}", null),
                op("GET", "/v1/tasks/runs/{run_id}/events", "tasks_runs_events_get_v1"),
                op("GET", "/v1beta/tasks/runs/{run_id}/events", "tasks_runs_events_get_v1beta")));

        assertThat(names.values()).containsExactly("create", "retrieve", "events", "eventsV1beta");
    }

    @Test
    void namesTheResourceAnOperationHangsOffWhenThatTellsThemApart() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("GET", "/groups/{group_id}/runs/{run_id}", "get_group_run"),
                op("GET", "/batches/{batch_id}/runs/{run_id}", "get_batch_run"),
                op("GET", "/groups/{group_id}/events", null),
                op("GET", "/batches/{batch_id}/events", null)));

        assertThat(names.values()).containsExactly("retrieveGroupRun", "retrieveBatchRun", "groupEvents", "batchEvents");
    }

    @Test
    void fallsBackToTheOperationIdWhenNothingElseTellsOperationsApart() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("GET", "/groups/{group_id}/runs/{run_id}", "get_group_run"),
                op("GET", "/groups/{id}/runs/{run}", "get_group_run_again"),
                op("POST", "/runs", null)));

        assertThat(names.values()).containsExactly("getGroupRun", "getGroupRunAgain", "runs");
    }

    @Test
    void aCollectionIsCreatedAndListedEvenBelowAnItem() {
        Map<String, String> names = OperationNamer.name(List.of(
                op("POST", "/groups", null),
                op("GET", "/groups/{id}", null),
                op("POST", "/groups/{id}/runs", null),
                op("GET", "/groups/{id}/runs", null),
                op("GET", "/groups/{id}/runs/{run_id}", null),
                op("GET", "/groups/{id}/status", null),
                op("PUT", "/groups/{id}/status", null)));

        assertThat(names.values()).containsExactly("create", "retrieve", "createRun", "listRuns", "retrieveRun",
                "retrieveStatus", "replaceStatus");
    }

    @Test
    void aNameChosenByTheDocumentWinsAndIsKeptInClashes() {
        List<OperationNamer.Candidate> candidates = new ArrayList<>();
        candidates.add(new OperationNamer.Candidate("GET /runs", "GET", "/runs", "list_runs", "all"));
        candidates.add(new OperationNamer.Candidate("GET /runs/{id}", "GET", "/runs/{id}", "get_run", "retrieve"));
        candidates.add(op("GET", "/runs/{id}/copy", "copy_run"));
        candidates.add(new OperationNamer.Candidate("GET /v2/runs/{id}", "GET", "/v2/runs/{id}", "get_run_v2", null));

        Map<String, String> names = OperationNamer.name(candidates);

        assertThat(names.values()).containsExactly("all", "retrieve", "copy", "retrieveV2");
    }

    @Test
    void rejectsTwoChosenNamesThatClash() {
        List<OperationNamer.Candidate> candidates = List.of(
                new OperationNamer.Candidate("GET /a", "GET", "/a", null, "fetch"),
                new OperationNamer.Candidate("GET /b", "GET", "/b", null, "fetch"));

        assertThatThrownBy(() -> OperationNamer.name(candidates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("operations GET /a and GET /b would both be named fetch");
    }

    @Test
    void rejectsANameTakenByTheAsynchronousTwinOfAnother() {
        List<OperationNamer.Candidate> candidates = List.of(
                new OperationNamer.Candidate("GET /a", "GET", "/a", null, "fetchAsync"),
                new OperationNamer.Candidate("GET /b", "GET", "/b", null, "fetch"));

        assertThatThrownBy(() -> OperationNamer.name(candidates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("operation GET /a would be named fetchAsync, the name of the asynchronous twin of GET /b");
    }

    @Test
    void rejectsAClashThatNoOperationIdResolves() {
        List<OperationNamer.Candidate> candidates = List.of(op("GET", "/v1/a/{id}/x", null), op("GET", "/v1/a/{key}/x", null));

        assertThatThrownBy(() -> OperationNamer.name(candidates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("operations GET /v1/a/{id}/x and GET /v1/a/{key}/x would both be named x");
    }

    @Test
    void recognisesPathParameters() {
        assertThat(OperationNamer.isParameter("{findall_id}")).isTrue();
        assertThat(OperationNamer.isParameter("runs")).isFalse();
        assertThat(OperationNamer.isParameter("{open")).isFalse();
    }

    private static OperationNamer.Candidate op(String method, String path, String operationId) {
        return new OperationNamer.Candidate(method + " " + path, method, path, operationId, null);
    }
}
