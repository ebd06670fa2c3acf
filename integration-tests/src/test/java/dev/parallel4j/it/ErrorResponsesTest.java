package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.DEFAULT_BETAS;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.Recorded.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parallel4j.client.model.ErrorResponse;
import dev.parallel4j.client.model.FindAllExtendInput;
import dev.parallel4j.client.model.HTTPValidationError;
import dev.parallel4j.client.model.IngestInput;
import dev.parallel4j.client.model.ValidationError;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario.Live;
import dev.parallel4j.it.support.Scenario;
import dev.parallel4j.runtime.error.ApiStatusException;
import dev.parallel4j.runtime.error.ConflictException;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.error.PaymentRequiredException;
import dev.parallel4j.runtime.error.RateLimitException;
import dev.parallel4j.runtime.error.UnprocessableEntityException;
import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Error answers become the exception of their status, carrying the request id and the body parsed as the schema
 * the operation declares: {@code ErrorResponse}, or {@code HTTPValidationError} for plain validation failures. The
 * statuses worth another attempt (409, 429) are retried twice first, the waits skipped by the test client.
 */
@ExtendWith(RecordedApiExtension.class)
final class ErrorResponsesTest {
    private static final String MISSING_RUN = "findall_5d8c2b7e90a14c3f8e6d1b0a9c7f4e21";

    @Test
    @Scenario(value = "error-402-create", live = Live.NOT_RECORDED)
    void createWithTooLittleCreditThrowsPaymentRequired(RecordedApi api) {
        PaymentRequiredException e = thrown(PaymentRequiredException.class,
                () -> api.client().findAll().create(SEARCH));

        assertErrorResponse(e, 402, "req_01JNV7D5P4K7X0R3V6D9F1HBMS", "a6d0c2e8-4f1b-4c93-8e57-1b9d3f6a0c24",
                "Insufficient credit: this run needs an estimated 12.00 USD, the balance is 3.40 USD.");
        assertThat(e.body(ErrorResponse.class).orElseThrow().error().detail()).contains(Map.of(
                "required_usd", JsonValue.of("12.00"), "balance_usd", JsonValue.of("3.40")));
        api.onlyRequest().is("POST", "/v1beta/findall/runs").hasApiKey(api.apiKey()).hasBetas(DEFAULT_BETAS);
    }

    @Test
    @Scenario("error-404-events")
    void streamingAnUnknownRunThrowsNotFoundBeforeAnyEvent(RecordedApi api) {
        NotFoundException e = thrown(NotFoundException.class,
                () -> api.client().findAll().events(MISSING_RUN));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.body(ErrorResponse.class)).isPresent();
        assertThat(e.refId()).isPresent();
        api.replayedValues(() -> assertErrorResponse(e, 404, "req_01JNV7E8Q7M0Y3S6W9E2G4JCNT",
                "c41e7a90-5b2d-4f68-9a13-d7e0b6c8f25a", "FindAll run " + MISSING_RUN + " was not found."));
        api.onlyRequest()
                .is("GET", "/v1beta/findall/runs/" + MISSING_RUN + "/events")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasHeader("Accept", "text/event-stream");
    }

    @Test
    @Scenario(value = "error-409-cancel", live = Live.NOT_RECORDED)
    void cancellingAFinishedRunThrowsConflict(RecordedApi api) {
        ConflictException e = thrown(ConflictException.class,
                () -> api.client().findAll().cancel(RUN_ID));

        assertErrorResponse(e, 409, "req_01JNV7F1R0N3Z6T9X2F5H7KDPV", "e8b3f5a1-7c4d-4e2a-b690-2f1a8d5c7e39",
                "The FindAll run has already completed and cannot be cancelled.");
        api.retriedRequest(3).is("POST", "/v1beta/findall/runs/" + RUN_ID + "/cancel").hasApiKey(api.apiKey());
        api.waitedWithBackoff();
    }

    @Test
    @Scenario(value = "error-422-extend", live = Live.ON_EXISTING_RUN)
    void extendingByZeroThrowsUnprocessableWithAnErrorResponse(RecordedApi api) {
        String runId = api.existingId(RUN_ID);

        UnprocessableEntityException e = thrown(UnprocessableEntityException.class,
                () -> api.client().findAll().extend(runId,
                        FindAllExtendInput.builder().additionalMatchLimit(0).build()));

        assertThat(e.statusCode()).isEqualTo(422);
        assertThat(e.body(ErrorResponse.class)).isPresent();
        assertThat(e.body(HTTPValidationError.class)).as("extend declares ErrorResponse for 422").isEmpty();
        api.replayedValues(() -> {
            assertErrorResponse(e, 422, "req_01JNV7G4S3P6A9V2Y5G8J0LEQW", "f2a7c9d4-1e6b-4b85-8c30-9d4e2f7a1b56",
                    "additional_match_limit must be greater than 0.");
            assertThat(e.body(ErrorResponse.class).orElseThrow().error().detail()).contains(Map.of(
                    "field", JsonValue.of("additional_match_limit"), "received", JsonValue.of(0)));
        });
        api.onlyRequest()
                .is("POST", "/v1beta/findall/runs/" + runId + "/extend")
                .hasApiKey(api.apiKey())
                .hasJsonBody("{\"additional_match_limit\": 0}");
    }

    @Test
    @Scenario(value = "error-422-ingest", live = Live.NOT_RECORDED)
    void ingestingAnEmptyObjectiveThrowsUnprocessableWithTheValidationDetail(RecordedApi api) {
        UnprocessableEntityException e = thrown(UnprocessableEntityException.class,
                () -> api.client().findAll().ingest(IngestInput.builder().objective("").build()));

        assertThat(e.statusCode()).isEqualTo(422);
        assertThat(e.requestId()).contains("req_01JNV7H7T6Q9B2W5Z8H1K3MFRX");
        assertThat(e.body(ErrorResponse.class)).as("ingest declares HTTPValidationError for 422").isEmpty();
        ValidationError problem = e.body(HTTPValidationError.class).orElseThrow().detail().orElseThrow().get(0);
        assertThat(problem.loc())
                .containsExactly(ValidationError.Loc.ofString("body"), ValidationError.Loc.ofString("objective"));
        assertThat(problem.msg()).isEqualTo("String should have at least 1 character");
        assertThat(problem.type()).isEqualTo("string_too_short");
        assertThat(problem.additionalProperties()).containsEntry("input", JsonValue.of(""))
                .containsEntry("ctx", JsonValue.parse("{\"min_length\": 1}"));
        assertThat(e.errorMessage()).contains("body.objective: String should have at least 1 character");
        assertThat(e.refId()).as("validation errors carry no ref_id").isEmpty();
        api.onlyRequest()
                .is("POST", "/v1beta/findall/ingest")
                .hasApiKey(api.apiKey())
                .hasBetas(DEFAULT_BETAS)
                .hasJsonBody("{\"objective\": \"\"}");
    }

    @Test
    @Scenario(value = "error-429-create", live = Live.NOT_RECORDED)
    void creatingTooManyRunsThrowsRateLimitWithItsRetryAfter(RecordedApi api) {
        RateLimitException e = thrown(RateLimitException.class,
                () -> api.client().findAll().create(SEARCH));

        assertErrorResponse(e, 429, "req_01JNV7J0V9R2C5X8A1J4L6NGSY", "0d9c4b7e-3a2f-4d18-a6e5-8b1c0f9d2e73",
                "Rate limit exceeded: at most 300 FindAll runs can be created per hour.");
        assertThat(e.headers()).containsEntry("retry-after", List.of("1260"));
        api.retriedRequest(3).is("POST", "/v1beta/findall/runs").hasApiKey(api.apiKey()).hasBetas(DEFAULT_BETAS);
        api.waitedWithBackoff(); // the server's 21 minutes are more than a call waits for
    }


    /** The exception a call threw, failing if it threw none or another kind. */
    private static <E extends ApiStatusException> E thrown(Class<E> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        return type.cast(thrown);
    }

    private static void assertErrorResponse(
            ApiStatusException e, int status, String requestId, String refId, String message) {
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.requestId()).contains(requestId);
        ErrorResponse body = e.body(ErrorResponse.class).orElseThrow();
        assertThat(body.type()).isEqualTo("error");
        assertThat(body.error().refId()).isEqualTo(refId);
        assertThat(body.error().message()).isEqualTo(message);
        assertThat(e.errorMessage()).contains(message);
        assertThat(e.refId()).contains(refId);
        assertThat(e.getMessage()).contains("HTTP " + status, requestId, message, refId);
    }
}
