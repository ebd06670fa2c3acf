package dev.parallel4j.runtime.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ApiService#withRawResponse}: any call's value with the status, headers and request id it came with. */
final class RawResponseTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final ResponseSpec<JsonValue> JSON = ResponseSpec.of(JsonValue.class);

    /** The smallest generated-style service. */
    static final class ThingService extends ApiService<ThingService> {
        ThingService(RequestExecutor executor) {
            super(executor, ThingService::new);
        }

        JsonValue retrieve(String id) {
            return Futures.join(retrieveAsync(id));
        }

        CompletableFuture<JsonValue> retrieveAsync(String id) {
            return executor().executeAsync(ApiRequest.builder("GET", "/v1/things/{id}").pathParam("id", id).build(), JSON,
                    RequestOptions.none());
        }
    }

    private final ThingService things = new ThingService(new TestClientBuilder().baseUrl(server.baseUrl())
            .sleeper(new RecordingSleeper()).build());

    private static void stubThing(String id, String requestId) {
        server.stubFor(get("/v1/things/" + id).willReturn(okJson("{\"id\":\"" + id + "\"}").withStatus(201)
                .withHeader("x-request-id", requestId).withHeader("X-RateLimit-Remaining", "41")));
    }

    @Test
    void aCallsValueComesWithItsStatusHeadersAndRequestId() {
        stubThing("t1", "req_t1");

        RawResponse<JsonValue> raw = things.withRawResponse(service -> service.retrieve("t1"));

        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.requestId()).contains("req_t1");
        assertThat(raw.header("x-ratelimit-remaining")).contains("41");
        assertThat(raw.headers()).containsEntry("x-ratelimit-remaining", List.of("41"));
        assertThat(raw.value()).isEqualTo(JsonValue.parse("{\"id\":\"t1\"}"));
        assertThat(raw).hasToString("RawResponse{GET /v1/things/t1 -> HTTP 201, request id req_t1}");
    }

    @Test
    void afterRetriesTheLastAttemptsResponseIsReported() {
        server.stubFor(get("/v1/things/t1").inScenario("retry").whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503).withHeader("x-request-id", "req_down")));
        server.stubFor(get("/v1/things/t1").inScenario("retry").whenScenarioStateIs("up")
                .willReturn(okJson("{}").withHeader("x-request-id", "req_up")));

        assertThat(things.withRawResponse(service -> service.retrieve("t1")).requestId()).contains("req_up");
    }

    @Test
    void aFailedCallThrowsWithTheSameDetails() {
        server.stubFor(get("/v1/things/gone").willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req_gone")));

        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> things.withRawResponse(service -> service.retrieve("gone")));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.requestId()).contains("req_gone");
    }

    @Test
    void asynchronousCallsEachGetTheirOwnResponse() {
        stubThing("a", "req_a");
        stubThing("b", "req_b");

        CompletableFuture<RawResponse<JsonValue>> a = things.withRawResponseAsync(service -> service.retrieveAsync("a"));
        CompletableFuture<RawResponse<JsonValue>> b = things.withRawResponseAsync(service -> service.retrieveAsync("b"));

        assertThat(a.join().requestId()).contains("req_a");
        assertThat(b.join().requestId()).contains("req_b");
        assertThat(b.join().value()).isEqualTo(JsonValue.parse("{\"id\":\"b\"}"));
        assertThat(things.retrieve("a")).as("the service itself is unchanged").isEqualTo(JsonValue.parse("{\"id\":\"a\"}"));
    }

    @Test
    void aLambdaThatMakesNoCallIsAMistake() {
        assertThatThrownBy(() -> things.withRawResponse(service -> "nothing"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("withRawResponse: the lambda made no call on the service it was given");
    }
}
