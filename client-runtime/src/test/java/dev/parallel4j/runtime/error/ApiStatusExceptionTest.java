package dev.parallel4j.runtime.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiStatusExceptionTest {

    private static ResponseSummary response(int status, String body) {
        return new ResponseSummary("POST", "/v1/tasks/runs", status, Map.of("x-request-id", List.of("req_9")), body);
    }

    private static ApiStatusException fromJson(int status, String body) {
        return ApiStatusException.of(response(status, body), null, JsonValue.parse(body));
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(402, PaymentRequiredException.class),
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(408, RequestTimeoutException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(429, RateLimitException.class),
                Arguments.of(500, InternalServerException.class),
                Arguments.of(502, InternalServerException.class),
                Arguments.of(503, InternalServerException.class),
                Arguments.of(599, InternalServerException.class),
                Arguments.of(418, ApiStatusException.class),
                Arguments.of(405, ApiStatusException.class),
                Arguments.of(302, ApiStatusException.class));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void eachStatusHasItsType(int status, Class<? extends ApiStatusException> type) {
        ApiStatusException e = ApiStatusException.of(response(status, ""), null, null);
        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.requestId()).contains("req_9");
        assertThat(e).isInstanceOf(ApiException.class);
    }

    @Test
    void errorResponseShapeGivesMessageAndRefId() {
        ApiStatusException e = fromJson(404, "{\"type\":\"error\",\"error\":{\"ref_id\":\"ref_123\",\"message\":\"Run not found\"}}");
        assertThat(e.errorMessage()).contains("Run not found");
        assertThat(e.refId()).contains("ref_123");
        assertThat(e).hasMessage("POST /v1/tasks/runs returned HTTP 404 (request id req_9): Run not found [ref_id ref_123]");
    }

    @Test
    void validationShapeJoinsLocationAndMessage() {
        ApiStatusException e = fromJson(422, "{\"detail\":[{\"loc\":[\"body\",\"match_limit\"],\"msg\":\"must be at most 1000\","
                + "\"type\":\"less_than_equal\"},{\"loc\":[\"body\",\"items\",2],\"msg\":\"field required\"}]}");
        assertThat(e.errorMessage()).contains("body.match_limit: must be at most 1000; body.items.2: field required");
        assertThat(e.refId()).isEmpty();
        assertThat(e.getMessage()).endsWith("): body.match_limit: must be at most 1000; body.items.2: field required");
    }

    @Test
    void validationIssueWithoutLocationOrMessage() {
        ApiStatusException e = fromJson(422, "{\"detail\":[{\"msg\":\"bad\"},{\"loc\":[\"q\"]}]}");
        assertThat(e.errorMessage()).contains("bad; q: {\"loc\":[\"q\"]}");
    }

    @Test
    void detailStringAndTopLevelMessageAreUsed() {
        assertThat(fromJson(400, "{\"detail\":\"Not authenticated\"}").errorMessage()).contains("Not authenticated");
        assertThat(fromJson(400, "{\"message\":\"plain message\"}").errorMessage()).contains("plain message");
        assertThat(fromJson(400, "{\"detail\":[],\"message\":\"fallback\"}").errorMessage()).contains("fallback");
        // error.message wins over the others
        assertThat(fromJson(400, "{\"error\":{\"message\":\"first\"},\"detail\":\"second\",\"message\":\"third\"}").errorMessage())
                .contains("first");
    }

    @Test
    void unknownJsonShapeFallsBackToTheExcerpt() {
        ApiStatusException e = fromJson(409, "{\"error\":\"conflict\"}");
        assertThat(e.errorMessage()).isEmpty();
        assertThat(e.refId()).isEmpty();
        assertThat(e.json()).contains(JsonValue.parse("{\"error\":\"conflict\"}"));
        assertThat(e).hasMessage("POST /v1/tasks/runs returned HTTP 409 (request id req_9): {\"error\":\"conflict\"}");
    }

    @Test
    void nonJsonAndEmptyBodies() {
        ApiStatusException html = ApiStatusException.of(response(502, "<html>Bad Gateway</html>"), null, null);
        assertThat(html.json()).isEmpty();
        assertThat(html.errorMessage()).isEmpty();
        assertThat(html).hasMessageEndingWith(": <html>Bad Gateway</html>");

        ApiStatusException empty = ApiStatusException.of(response(503, ""), null, null);
        assertThat(empty).hasMessageEndingWith(": (empty body)");
        assertThat(ApiStatusException.of(response(400, "[1]"), null, JsonValue.parse("[1]")).errorMessage()).isEmpty();
    }

    @Test
    void typedBodyIsAvailableByType() {
        record Problem(String message) {}
        Problem problem = new Problem("p");
        ApiStatusException e = ApiStatusException.of(response(400, "{}"), problem, JsonValue.parse("{}"));
        assertThat(e.body()).contains(problem);
        assertThat(e.body(Problem.class)).contains(problem);
        assertThat(e.body(String.class)).isEmpty();
        assertThat(ApiStatusException.of(response(400, "{}"), null, null).body(Problem.class)).isEmpty();
    }

    @Test
    void exposesTheResponse() {
        ResponseSummary summary = new ResponseSummary("GET", "/x", 429, Map.of("retry-after", List.of("7")), "slow down");
        ApiStatusException e = ApiStatusException.of(summary, null, null);
        assertThat(e).isInstanceOf(RateLimitException.class);
        assertThat(e.response()).isSameAs(summary);
        assertThat(e.headers()).containsEntry("retry-after", List.of("7"));
        assertThat(e.requestId()).isEmpty();
        assertThat(e).hasMessage("GET /x returned HTTP 429: slow down");
    }
}
