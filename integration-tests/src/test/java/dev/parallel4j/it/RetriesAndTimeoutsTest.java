package dev.parallel4j.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static dev.parallel4j.it.Recorded.SEARCH;
import static dev.parallel4j.it.Recorded.TASK_RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.TaskRunResult;
import dev.parallel4j.client.service.FindAllCreateParams;
import dev.parallel4j.client.service.TasksResultParams;
import dev.parallel4j.it.support.FaultyServer;
import dev.parallel4j.runtime.client.RequestOptions;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.InternalServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated client keeps working when the network and the server misbehave: broken connections, error
 * statuses worth another attempt and slow answers are retried with backoff (the waits recorded, not slept) until
 * the recorded answer comes through, or fail with a clear exception once the retries are spent.
 *
 * <p>The faults are put in front of the {@code create} recording, a POST: the JDK's client itself sends an
 * idempotent request (a GET) once more when a connection closes before any answer, which would blur the counts.
 */
final class RetriesAndTimeoutsTest {
    private static final String CREATED = "findall_27c5e0b9a4f34d1e8b6a09f3d5c1e782";
    private static final Supplier<MappingBuilder> CREATE = () -> post(urlPathEqualTo("/v1beta/findall/runs"));

    static Stream<Arguments> passingFaults() {
        return Stream.of(
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE)),
                Arguments.of("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
                Arguments.of("random data", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
                Arguments.of("408", aResponse().withStatus(408)),
                Arguments.of("409", aResponse().withStatus(409)),
                Arguments.of("429", aResponse().withStatus(429)),
                Arguments.of("500", aResponse().withStatus(500)),
                Arguments.of("503 HTML page", aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>503 Service Unavailable</h1></body></html>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingFaults")
    void aPassingFaultIsRetriedUntilTheRecordedAnswerComesThrough(String fault, ResponseDefinitionBuilder answer) {
        try (FaultyServer server = FaultyServer.start("create"); ParallelClient client = server.client().build()) {
            server.failFirst(CREATE, answer, answer);

            FindAllRun run = client.findAll().create(SEARCH);

            assertThat(run.findallId()).isEqualTo(CREATED);
            assertThat(server.retryCounts()).containsExactly("0", "1", "2");
            assertThat(server.waits()).hasSize(2);
            assertThat(server.waits().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
            assertThat(server.waits().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
            "RANDOM_DATA_THEN_CLOSE"})
    void aConnectionThatStaysBrokenFailsAfterThreeAttempts(Fault fault) {
        try (FaultyServer server = FaultyServer.start("create"); ParallelClient client = server.client().build()) {
            server.failAlways(CREATE.get(), aResponse().withFault(fault));

            ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class, () -> client.findAll().create(SEARCH));

            assertThat(e).isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessageStartingWith("POST /v1beta/findall/runs failed")
                    .hasMessageEndingWith("(attempt 3)");
            assertThat(server.retryCounts()).containsExactly("0", "1", "2");
        }
    }

    @Test
    void theClientAndEachCallChooseHowOftenToRetry() {
        try (FaultyServer server = FaultyServer.start("create"); ParallelClient patient = server.client().maxRetries(4).build();
                ParallelClient impatient = server.client().maxRetries(0).build()) {
            server.failAlways(CREATE.get(), aResponse().withStatus(503));

            catchThrowableOfType(InternalServerException.class, () -> impatient.findAll().create(SEARCH));
            assertThat(server.retryCounts()).containsExactly("0");

            catchThrowableOfType(InternalServerException.class, () -> patient.findAll().create(SEARCH));
            assertThat(server.retryCounts()).containsExactly("0", "0", "1", "2", "3", "4");

            catchThrowableOfType(InternalServerException.class, () -> patient.findAll().create(SEARCH,
                    FindAllCreateParams.none(), RequestOptions.builder().maxRetries(1).build()));
            assertThat(server.retryCounts()).endsWith("0", "1").hasSize(8);
        }
    }

    @Test
    void theServersRetryAfterIsWaitedForWhenItIsAMinuteAtMost() {
        Instant now = Instant.parse("2026-03-04T09:15:00Z");
        try (FaultyServer server = FaultyServer.start("create");
                ParallelClient client = server.client().clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
            server.failFirst(CREATE,
                    aResponse().withStatus(429).withHeader("Retry-After", "Wed, 04 Mar 2026 09:15:07 GMT"),
                    aResponse().withStatus(503).withHeader("retry-after-ms", "250"));

            assertThat(client.findAll().create(SEARCH).findallId()).isEqualTo(CREATED);

            assertThat(server.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofMillis(250));
        }
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        try (FaultyServer server = FaultyServer.start("retrieve");
                ParallelClient client = server.client().timeout(Duration.ofMillis(300)).build()) {
            server.failFirst(() -> get(urlPathEqualTo("/v1beta/findall/runs/" + RUN_ID)),
                    aResponse().withStatus(200).withFixedDelay(3_000));

            assertThat(client.findAll().retrieve(RUN_ID).findallId()).isEqualTo(RUN_ID);

            assertThat(server.retryCounts()).containsExactly("0", "1");
        }
    }

    @Test
    void aBodyDribbledSlowerThanTheTimeoutTimesOutRatherThanHanging() {
        try (FaultyServer server = FaultyServer.start("retrieve");
                ParallelClient client = server.client().timeout(Duration.ofSeconds(1)).maxRetries(0).build()) {
            server.failAlways(get(urlPathEqualTo("/v1beta/findall/runs/" + RUN_ID)), aResponse().withStatus(200)
                    .withHeader("x-request-id", "req_dribble").withBody("{\"findall_id\": \"" + RUN_ID + "\"}" + " ".repeat(400))
                    .withChunkedDribbleDelay(40, 20_000));

            ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class, () -> client.findAll().retrieve(RUN_ID));

            assertThat(e).hasMessage("GET /v1beta/findall/runs/" + RUN_ID + " timed out after 1 s while reading the body of"
                    + " HTTP 200 (request id req_dribble)");
            assertThat(e.requestId()).contains("req_dribble");
        }
    }

    @Test
    void aLongPollIsAllowedTheWaitItAsksForWhateverTheClientsTimeout() {
        try (FaultyServer server = FaultyServer.start("task-result-json");
                ParallelClient client = server.client().timeout(Duration.ofMillis(200)).maxRetries(0).build()) {
            server.failFirst(() -> get(urlPathEqualTo("/v1/tasks/runs/" + TASK_RUN_ID + "/result")), aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBodyFile("result-json.json").withFixedDelay(600));

            TaskRunResult result = client.tasks().result(TASK_RUN_ID, TasksResultParams.builder().timeout(30L).build());

            assertThat(result.run().runId()).isEqualTo(TASK_RUN_ID);
            assertThat(server.retryCounts()).as("waited for the slow answer rather than timing out").containsExactly("0");
        }
    }
}
