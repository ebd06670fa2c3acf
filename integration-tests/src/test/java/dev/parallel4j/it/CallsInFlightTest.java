package dev.parallel4j.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.parallel4j.it.Recorded.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.it.support.FaultyServer;
import dev.parallel4j.it.support.OpenConnections;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous calls in flight: cancelling one's future aborts its request, closing the connection; and calls
 * waiting for an answer or for their next attempt hold no thread while they wait.
 */
final class CallsInFlightTest {
    @Test
    void cancellingTheFutureAbortsTheRequestInFlight() {
        OpenConnections.assumeCountable();
        try (FaultyServer server = FaultyServer.start("retrieve"); ParallelClient client = server.client().build()) {
            server.failAlways(get(urlPathEqualTo("/v1beta/findall/runs/" + RUN_ID)), aResponse().withFixedDelay(5_000));
            CompletableFuture<FindAllRun> call = client.findAll().retrieveAsync(RUN_ID);
            assertThat(OpenConnections.eventually(() -> {}, () -> server.requests().size() == 1)).isTrue();
            assertThat(OpenConnections.to(server.port())).isEqualTo(1);

            assertThat(call.cancel(true)).isTrue();

            assertThat(OpenConnections.eventually(() -> {}, () -> OpenConnections.to(server.port()) == 0))
                    .as("the client closed its connection").isTrue();
            assertThat(call).isCancelled();
        }
    }

    @Test
    void callsWaitingForAnAnswerOrARetryHoldNoThread() {
        try (FaultyServer server = FaultyServer.start("retrieve", 80)) {
            server.failAlways(get(urlPathEqualTo("/v1beta/findall/runs/" + RUN_ID)), aResponse().withStatus(503));
            server.failAlways(get(urlPathEqualTo("/v1beta/findall/runs/slow")), aResponse().withFixedDelay(5_000));
            ParallelClient client = server.client().sleeper(delay -> new CompletableFuture<>()).build();

            List<CompletableFuture<FindAllRun>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(client.findAll().retrieveAsync(RUN_ID)); // each waits for a retry that never comes
                calls.add(client.findAll().retrieveAsync("slow")); // each waits for an answer
            }
            assertThat(OpenConnections.eventually(() -> {}, () -> server.requests().size() == 100)).isTrue();

            assertThat(calls).noneMatch(CompletableFuture::isDone);
            assertThat(threadsInClientCode()).as("threads running or waiting in the client's code").isEmpty();
            calls.forEach(call -> call.cancel(true));
            client.close();
        }
    }

    /** The threads, other than this one, with a frame of the client or its runtime on their stack. */
    private static List<String> threadsInClientCode() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey() != Thread.currentThread())
                .filter(thread -> Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName().startsWith("dev.parallel4j.")))
                .map(thread -> thread.getKey().getName())
                .toList();
    }
}
