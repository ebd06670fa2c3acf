package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.it.support.FaultyServer;
import dev.parallel4j.it.support.OpenConnections;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One client shared by many threads: every call succeeds (the threads race to the service the client makes on first
 * use), connections are reused rather than opened per call, and once the client is closed and dropped nothing of it
 * is left: no thread of its HTTP client, no connection.
 */
final class ConcurrencyTest {
    private static final int THREADS = 32;
    private static final int CALLS_PER_THREAD = 200;

    @Test
    void thirtyTwoThreadsShareOneClientWithoutErrorsOrLeaks() throws Exception {
        OpenConnections.assumeCountable();
        try (FaultyServer server = FaultyServer.start("retrieve", THREADS * 2)) {
            Set<String> threadsBefore = httpClientThreads();

            callFromManyThreads(server);

            assertThat(server.requests()).hasSize(THREADS * CALLS_PER_THREAD);
            boolean released = OpenConnections.eventually(System::gc,
                    () -> OpenConnections.to(server.port()) == 0 && newThreads(threadsBefore).isEmpty());
            assertThat(released).as("connections to the server: %d; threads of the HTTP client left: %s",
                    OpenConnections.to(server.port()), newThreads(threadsBefore)).isTrue();
        }
    }

    /** Runs every call through one client, then closes it; nothing refers to the client afterwards. */
    private static void callFromManyThreads(FaultyServer server) throws Exception {
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try (ParallelClient client = server.client().build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        try {
                            assertThat(client.findAll().retrieve(RUN_ID).findallId()).isEqualTo(RUN_ID);
                        } catch (Throwable failure) {
                            failures.add(failure);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            assertThat(failures).isEmpty();
            assertThat(OpenConnections.to(server.port())).as("connections kept for reuse").isBetween(1L, (long) THREADS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(server.retryCounts()).containsOnly("0");
    }

    private static Set<String> httpClientThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("HttpClient-")).collect(Collectors.toSet());
    }

    private static Set<String> newThreads(Set<String> before) {
        Set<String> now = httpClientThreads();
        now.removeAll(before);
        return now;
    }
}
