package dev.parallel4j.benchmarks.jmh;

import dev.parallel4j.benchmarks.server.FixedResponseServer;
import dev.parallel4j.benchmarks.server.Payloads;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllEvent;
import dev.parallel4j.runtime.sse.EventStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One whole FindAll event stream of {@value #EVENTS} events per operation, read from a local server two ways: with
 * parallel4j's {@code findAll().events(id)}, every event parsed into its typed {@link FindAllEvent}; and as raw lines
 * from the same HTTP response ({@code java.net.http} and a {@code BufferedReader}), the upper bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(1)
public class FindAllEventStreamBenchmark {
    /** Events in the stream. */
    public static final int EVENTS = 100_000;

    private FixedResponseServer server;
    private ParallelClient parallel4j;
    private HttpClient http;
    private HttpRequest request;

    /** Starts the server (the stream is encoded once) and the clients. */
    @Setup(Level.Trial)
    public void start() {
        server = Payloads.server(0, EVENTS);
        parallel4j = ParallelClient.builder().apiKey("bench-key").baseUrl(server.baseUri().toString()).build();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(URI.create(server.baseUri() + Payloads.EVENTS_PATH))
                .header("x-api-key", "bench-key")
                .header("accept", "text/event-stream")
                .build();
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    /** Every event, typed. */
    @Benchmark
    public int typedEvents(Blackhole sink) {
        int count = 0;
        try (EventStream<FindAllEvent> events = parallel4j.findAll().events(Payloads.FINDALL_ID)) {
            for (FindAllEvent event : events) {
                sink.consume(event);
                count++;
            }
        }
        return checked(count, EVENTS);
    }

    /** Every line, as text. */
    @Benchmark
    public int rawLines(Blackhole sink) throws InterruptedException {
        int lines = 0;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.consume(line);
                    lines++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checked(lines, EVENTS * 3);
    }

    private static int checked(int count, int expected) {
        if (count != expected) {
            throw new IllegalStateException("expected " + expected + ", read " + count);
        }
        return count;
    }
}
