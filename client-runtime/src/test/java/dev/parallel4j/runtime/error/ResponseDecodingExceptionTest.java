package dev.parallel4j.runtime.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseDecodingExceptionTest {

    private static ResponseSummary response(int status, String body) {
        return new ResponseSummary("POST", "/v1/tasks/runs", status, Map.of("x-request-id", List.of("req_9")), body);
    }

    @Test
    void decodingExceptionDescribesTheResponse() {
        ResponseDecodingException e = new ResponseDecodingException(response(200, "<html>"), "not JSON", null);
        assertThat(e).hasMessage("POST /v1/tasks/runs returned HTTP 200 (request id req_9) with a body that could not be read:"
                + " not JSON; body starts: <html>");
        assertThat(new ResponseDecodingException(response(200, ""), "expected JSON", null))
                .hasMessageEndingWith("expected JSON (empty body)");
        assertThat(e.response().statusCode()).isEqualTo(200);
    }

    @Test
    void keepsTheCause() {
        IllegalStateException cause = new IllegalStateException("parser");
        assertThat(new ResponseDecodingException(response(201, "x"), "p", cause)).hasCause(cause).isInstanceOf(ApiException.class);
    }
}
