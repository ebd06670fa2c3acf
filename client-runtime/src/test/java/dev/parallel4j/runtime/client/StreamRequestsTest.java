package dev.parallel4j.runtime.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.error.StreamErrorException;
import dev.parallel4j.runtime.error.StreamInterruptedException;
import dev.parallel4j.runtime.sse.EventStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Event streams over HTTP as a spec declares them: resuming with a query parameter after the server cuts the
 * response, bounded reconnects with their delays (each reconnect a call retried like any other), and error events
 * raised (or delivered on request).
 */
class StreamRequestsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The events of these tests: an id, a value, or an error object. */
    record Event(@JsonProperty("type") String type, @JsonProperty("event_id") String eventId, @JsonProperty("n") Integer n,
            @JsonProperty("error") Failure error) {}

    record Failure(@JsonProperty("ref_id") String refId, @JsonProperty("message") String message) {}

    private static final ResponseSpec<Event> RESUMABLE = ResponseSpec.of(Event.class)
            .resumable("last_event_id", "event_id")
            .withErrorEvent(Event.class, event -> "error".equals(event.type()) ? event.error() : null);

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private RequestExecutor executor() {
        return new TestClientBuilder().baseUrl(server.baseUrl()).sleeper(sleeper).build();
    }

    private static String event(String id, int n) {
        return "event: item\ndata: {\"type\":\"item\",\"event_id\":\"" + id + "\",\"n\":" + n + "}\n\n";
    }

    private static ApiRequest request() {
        return ApiRequest.builder("GET", "/v1/runs/{id}/events").pathParam("id", "r1")
                .query("last_event_id", "e0").query("timeout", 30).build();
    }

    /** A response whose body stops after {@code body}, although its Content-Length promised more: a cut connection. */
    private static ResponseDefinitionBuilder cutAfter(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withHeader("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length + 500))
                .withBody(body);
    }

    private static ResponseDefinitionBuilder events(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    private static void script(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            server.stubFor(get(anyUrl()).inScenario("stream").whenScenarioStateIs(i == 0 ? STARTED : "step " + i)
                    .willSetStateTo("step " + (i + 1)).willReturn(responses[i]));
        }
    }

    private static List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (LoggedRequest request : server.findAll(anyRequestedFor(anyUrl()))) {
            urls.add(request.getUrl());
        }
        return urls;
    }

    private static List<Integer> values(List<Event> events) {
        return events.stream().map(Event::n).toList();
    }

    @Test
    void aCutResponseIsResumedAfterTheLastEventDeliveredReplacingTheResumeParameter() {
        script(cutAfter(event("e1", 1) + event("e2", 2) + "event: item\ndata: {\"type\":\"item\",\"event_id\":\"e3\""),
                cutAfter("event: item\ndata: {"),
                events(event("e3", 3) + event("e4", 4)));

        List<Event> seen;
        try (EventStream<Event> stream = executor().stream(request(), RESUMABLE, RequestOptions.none())) {
            seen = stream.stream().toList();
            assertThat(stream.lastEventId()).contains("e4");
        }

        assertThat(values(seen)).containsExactly(1, 2, 3, 4);
        assertThat(urls()).containsExactly(
                "/v1/runs/r1/events?last_event_id=e0&timeout=30",
                "/v1/runs/r1/events?timeout=30&last_event_id=e2",
                "/v1/runs/r1/events?timeout=30&last_event_id=e2");
        assertThat(sleeper.waits()).as("half a second, then doubled").containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void reconnectsAreBoundedPerClientAndPerCall() {
        script(cutAfter(event("e1", 1)), cutAfter("event: item\ndata: {"),
                cutAfter("event: item\ndata: {"), events(event("e2", 2)));
        EventStream<Event> stream = executor().stream(request(), RESUMABLE,
                RequestOptions.builder().maxStreamReconnects(2).build());

        Throwable thrown = catchThrowable(() -> stream.stream().toList());

        assertThat(thrown).isExactlyInstanceOf(StreamInterruptedException.class)
                .hasMessageStartingWith("The event stream of GET /v1/runs/r1/events broke after event e1 and 2 reconnects failed: ");
        assertThat(((StreamInterruptedException) thrown).lastEventId()).contains("e1");
        assertThat(stream.isClosed()).isTrue();
        assertThat(urls()).hasSize(3);
    }

    @Test
    void aReconnectIsACallLikeAnyOtherRetriedAfterAFailedAttemptBeforeItCountsAsFailed() {
        script(cutAfter(event("e1", 1)), aResponse().withStatus(503).withHeader("retry-after-ms", "250"),
                events(event("e2", 2)));

        List<Event> seen;
        try (EventStream<Event> stream = executor().stream(request(), RESUMABLE,
                RequestOptions.builder().maxStreamReconnects(1).build())) {
            seen = stream.stream().toList();
        }

        assertThat(values(seen)).containsExactly(1, 2);
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getHeader(RequestExecutor.RETRY_COUNT_HEADER))
                .as("the reconnect's second attempt carries its retry count").containsExactly("0", "0", "1");
        assertThat(urls().subList(1, 3)).containsOnly("/v1/runs/r1/events?timeout=30&last_event_id=e1");
        assertThat(sleeper.waits()).as("the reconnect delay, then the server's wait before the retry")
                .containsExactly(Duration.ofMillis(500), Duration.ofMillis(250));
    }

    @Test
    void aReconnectRefusedForGoodRaisesItsStatusAtOnce() {
        script(cutAfter(event("e1", 1)), aResponse().withStatus(404).withBody("{\"error\":{\"message\":\"gone\"}}"));
        EventStream<Event> stream = executor().stream(request(), RESUMABLE, RequestOptions.none());

        assertThat(catchThrowable(() -> stream.stream().toList())).isExactlyInstanceOf(NotFoundException.class);
        assertThat(stream.isClosed()).isTrue();
        assertThat(urls()).hasSize(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aStreamThatCannotResumeIsNotReconnected() {
        script(cutAfter(event("e1", 1)), events(event("e2", 2)));
        EventStream<Event> stream = executor().stream(request(), ResponseSpec.of(Event.class), RequestOptions.none());

        assertThat(catchThrowable(() -> stream.stream().toList())).isExactlyInstanceOf(StreamInterruptedException.class);
        assertThat(urls()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void theServersRetryFieldSetsTheWaitBeforeReconnecting() {
        script(cutAfter("retry: 1200\n\n" + event("e1", 1)), events(event("e2", 2)));
        try (EventStream<Event> stream = executor().stream(request(), RESUMABLE, RequestOptions.none())) {
            assertThat(values(stream.stream().toList())).containsExactly(1, 2);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(1200));
    }

    @Test
    void anErrorEventRaisesStreamErrorExceptionCarryingTheErrorAndClosesTheStream() {
        String error = "{\"type\":\"error\",\"error\":{\"ref_id\":\"ref_9\",\"message\":\"Evaluation failed\"}}";
        server.stubFor(get(anyUrl()).willReturn(events(event("e1", 1) + "event: error\ndata: " + error + "\n\n" + event("e2", 2))
                .withHeader("x-request-id", "req_e")));
        EventStream<Event> stream = executor().stream(request(), RESUMABLE, RequestOptions.none());
        List<Event> seen = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> stream.forEach(seen::add));

        assertThat(values(seen)).containsExactly(1);
        assertThat(thrown).isExactlyInstanceOf(StreamErrorException.class)
                .hasMessage("The event stream of GET /v1/runs/r1/events (request id req_e) sent an error event: "
                        + "Evaluation failed [ref_id ref_9]");
        StreamErrorException e = (StreamErrorException) thrown;
        assertThat(e.error(Failure.class)).contains(new Failure("ref_9", "Evaluation failed"));
        assertThat(e.event()).isEqualTo(new Event("error", null, null, new Failure("ref_9", "Evaluation failed")));
        assertThat(e.refId()).contains("ref_9");
        assertThat(e.errorMessage()).contains("Evaluation failed");
        assertThat(e.requestId()).contains("req_e");
        assertThat(e.json().toJson()).isEqualTo(error);
        assertThat(stream.isClosed()).isTrue();
    }

    @Test
    void errorEventsAreDeliveredAsEventsWhenTheCallAsksForThem() {
        String error = "{\"type\":\"error\",\"error\":{\"ref_id\":\"ref_9\",\"message\":\"Evaluation failed\"}}";
        server.stubFor(get(anyUrl()).willReturn(events(event("e1", 1) + "data: " + error + "\n\n" + event("e2", 2))));

        List<Event> seen;
        try (EventStream<Event> stream = executor().stream(request(), RESUMABLE,
                RequestOptions.builder().deliverErrorEvents(true).build())) {
            seen = stream.stream().toList();
        }

        assertThat(seen).extracting(Event::type).containsExactly("item", "error", "item");
        assertThat(seen.get(1).error().refId()).isEqualTo("ref_9");
    }
}
