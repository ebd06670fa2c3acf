package dev.parallel4j.runtime.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseSummaryTest {

    private static ResponseSummary withHeaders(Map<String, List<String>> headers) {
        return new ResponseSummary("GET", "/v1/runs/r1", 404, headers, "");
    }

    @Test
    void requestIdComesFromXRequestIdThenRequestId() {
        assertThat(withHeaders(Map.of("x-request-id", List.of("req_1", "req_2"))).requestId()).contains("req_1");
        assertThat(withHeaders(Map.of("request-id", List.of("req_3"))).requestId()).contains("req_3");
        assertThat(withHeaders(Map.of("x-request-id", List.of("a"), "request-id", List.of("b"))).requestId()).contains("a");
        assertThat(withHeaders(Map.of()).requestId()).isEmpty();
        assertThat(withHeaders(Map.of("x-request-id", List.of())).requestId()).isEmpty();
    }

    @Test
    void headerLookupIgnoresTheCaseOfTheName() {
        ResponseSummary summary = withHeaders(Map.of("retry-after", List.of("30")));
        assertThat(summary.header("Retry-After")).contains("30");
        assertThat(summary.header("RETRY-AFTER")).contains("30");
        assertThat(summary.header("x-other")).isEmpty();
    }

    @Test
    void headersAreCopied() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("a", List.of("1"));
        ResponseSummary summary = withHeaders(headers);
        headers.put("b", List.of("2"));
        assertThat(summary.headers()).containsOnlyKeys("a");
        assertThatThrownBy(() -> summary.headers().put("c", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void describeNamesRequestStatusAndRequestId() {
        assertThat(new ResponseSummary("POST", "/v1/tasks/runs", 500, Map.of("x-request-id", List.of("abc")), "").describe())
                .isEqualTo("POST /v1/tasks/runs returned HTTP 500 (request id abc)");
        assertThat(new ResponseSummary("GET", "/v1/x", 200, Map.of(), "").describe())
                .isEqualTo("GET /v1/x returned HTTP 200");
    }

    @Test
    void shortBodyIsKeptWhole() {
        String body = "x".repeat(ResponseSummary.EXCERPT_LIMIT);
        assertThat(new ResponseSummary("GET", "/", 500, Map.of(), body).bodyExcerpt()).isEqualTo(body);
        assertThat(new ResponseSummary("GET", "/", 500, Map.of(), null).bodyExcerpt()).isEmpty();
    }

    @Test
    void longBodyIsCutToTheLimitIncludingTheEllipsis() {
        String body = "y".repeat(ResponseSummary.EXCERPT_LIMIT + 1);
        String excerpt = new ResponseSummary("GET", "/", 500, Map.of(), body).bodyExcerpt();
        assertThat(excerpt).hasSize(ResponseSummary.EXCERPT_LIMIT).endsWith("y…");
        assertThat(excerpt).startsWith("y".repeat(ResponseSummary.EXCERPT_LIMIT - 1));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        // an emoji (two UTF-16 units) straddling the cut
        String body = "a".repeat(ResponseSummary.EXCERPT_LIMIT - 2) + "😀" + "b".repeat(10);
        String excerpt = new ResponseSummary("GET", "/", 500, Map.of(), body).bodyExcerpt();
        assertThat(excerpt).hasSizeLessThanOrEqualTo(ResponseSummary.EXCERPT_LIMIT).endsWith("a…");
        assertThat(Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 2))).isFalse();
    }
}
