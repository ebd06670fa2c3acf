package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

    private static String path(Object value) {
        return ApiRequest.builder("GET", "/v1/runs/{run_id}/result").pathParam("run_id", value).build().path();
    }

    @Test
    void plainPathParameterIsInsertedAsIs() {
        assertThat(path("run_01-AZ_az.9~x*")).isEqualTo("/v1/runs/run_01-AZ_az.9%7Ex*/result");
    }

    @Test
    void pathParameterIsEncodedAsOneSegment() {
        assertThat(path("a b")).isEqualTo("/v1/runs/a%20b/result");
        assertThat(path("a/b")).isEqualTo("/v1/runs/a%2Fb/result");
        assertThat(path("a+b")).isEqualTo("/v1/runs/a%2Bb/result");
        assertThat(path("a?b#c%d&e=f")).isEqualTo("/v1/runs/a%3Fb%23c%25d%26e%3Df/result");
        assertThat(path("{x}")).isEqualTo("/v1/runs/%7Bx%7D/result");
        assertThat(path("ü✓")).isEqualTo("/v1/runs/%C3%BC%E2%9C%93/result");
    }

    @Test
    void dotSegmentsAreEncodedSoTheyCannotClimbThePath() {
        assertThat(path("..")).isEqualTo("/v1/runs/%2E%2E/result");
        assertThat(path(".")).isEqualTo("/v1/runs/%2E/result");
        assertThat(path("...")).isEqualTo("/v1/runs/.../result");
        assertThat(path("a..b")).isEqualTo("/v1/runs/a..b/result");
    }

    @Test
    void pathParameterUsesSimpleStyle() {
        assertThat(path(List.of("a", "b c"))).isEqualTo("/v1/runs/a%2Cb%20c/result");
        assertThat(path(12)).isEqualTo("/v1/runs/12/result");
        assertThat(path(TestEnums.Beta.SEARCH)).isEqualTo("/v1/runs/search-extract-2025-10-10/result");
    }

    @Test
    void severalPathParameters() {
        ApiRequest request = ApiRequest.builder("POST", "/v1/{a}/x/{b}").pathParam("b", "2").pathParam("a", "1").build();
        assertThat(request.path()).isEqualTo("/v1/1/x/2");
        assertThat(request).hasToString("POST /v1/1/x/2");
    }

    @Test
    void missingPathParameterFailsAtBuild() {
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/v1/{a}/x/{b}").pathParam("a", "1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Path parameter {b} of /v1/1/x/{b} was not set");
    }

    @Test
    void unknownOrRepeatedPathParameterIsRejected() {
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/v1/{a}").pathParam("b", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The path /v1/{a} has no parameter b");
        assertThatThrownBy(() -> ApiRequest.builder("GET", "/v1/{a}").pathParam("a", "1").pathParam("a", "2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyPathParameterIsRejected() {
        for (Object empty : Arrays.asList("", null, List.of())) {
            assertThatThrownBy(() -> ApiRequest.builder("GET", "/v1/{a}").pathParam("a", empty))
                    .as(String.valueOf(empty))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Path parameter a must not be empty");
        }
    }

    @Test
    void queryListIsExplodedInOrder() {
        ApiRequest request = ApiRequest.builder("GET", "/v1/x")
                .query("tag", List.of("a", "b c"))
                .query("limit", 10)
                .query("timeout", 30.0)
                .query("skip", null)
                .query("none", List.of())
                .query("tag", "d")
                .query("beta", TestEnums.Beta.of("zz"))
                .build();
        assertThat(request.query()).containsExactly(
                Map.entry("tag", "a"), Map.entry("tag", "b c"), Map.entry("limit", "10"),
                Map.entry("timeout", "30"), Map.entry("tag", "d"), Map.entry("beta", "zz"));
        assertThatThrownBy(() -> request.query().add(Map.entry("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void headerUsesSimpleStyleAndSkipsAbsentValues() {
        ApiRequest request = ApiRequest.builder("GET", "/v1/x")
                .header("parallel-beta", List.of(TestEnums.Beta.SEARCH, TestEnums.Beta.of("other")))
                .header("x-null", null)
                .header("x-empty", List.of())
                .header("x-number", 2.0)
                .build();
        assertThat(request.headers()).containsOnly(
                Map.entry("parallel-beta", "search-extract-2025-10-10,other"), Map.entry("x-number", "2"));
    }

    @Test
    void cookiesShareOneHeaderAndNullAddsNothing() {
        ApiRequest request = ApiRequest.builder("GET", "/v1/x").cookie("a", "1").cookie("b", List.of("x", "y"))
                .cookie("c", null).build();
        assertThat(request.headers()).containsOnly(Map.entry("Cookie", "a=1; b=x,y"));
    }

    @Test
    void laterHeaderReplacesEarlier() {
        ApiRequest request = ApiRequest.builder("GET", "/v1/x").header("h", "1").header("h", "2").build();
        assertThat(request.headers()).containsOnly(Map.entry("h", "2"));
    }

    @Test
    void bodyIsOptionalAndNullMeansNone() {
        assertThat(ApiRequest.builder("GET", "/v1/x").build().body()).isNull();
        Map<String, Object> body = Map.of("a", 1);
        ApiRequest request = ApiRequest.builder("POST", "/v1/x").jsonBody(body).build();
        assertThat(request.body()).isSameAs(body);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(ApiRequest.builder("POST", "/v1/x").jsonBody(null).build().body()).isNull();
    }

    @Test
    void withQueryParameterReplacesEveryValueOfItAndKeepsTheRest() {
        ApiRequest request = ApiRequest.builder("GET", "/v1/runs/{id}/events").pathParam("id", "r 1")
                .query("last_event_id", "e0").query("timeout", 30).header("h", "v").build();

        ApiRequest resumed = request.withQueryParameter("last_event_id", "e7");

        assertThat(resumed.path()).isEqualTo("/v1/runs/r%201/events");
        assertThat(resumed.query()).containsExactly(Map.entry("timeout", "30"), Map.entry("last_event_id", "e7"));
        assertThat(resumed.headers()).containsExactly(Map.entry("h", "v"));
        assertThat(request.query()).as("unchanged").containsExactly(Map.entry("last_event_id", "e0"), Map.entry("timeout", "30"));
        assertThat(ApiRequest.builder("GET", "/e").build().withQueryParameter("after", "1").query())
                .containsExactly(Map.entry("after", "1"));
    }
}
