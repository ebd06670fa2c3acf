package dev.parallel4j.benchmarks.jmh;

import com.example.generated.ApiClient;
import com.example.generated.ApiException;
import com.example.generated.api.FindAllApi;
import dev.parallel4j.benchmarks.jmh.handwritten.FindAllModels;
import dev.parallel4j.benchmarks.jmh.handwritten.HandWrittenFindAllClient;
import dev.parallel4j.benchmarks.server.FixedResponseServer;
import dev.parallel4j.benchmarks.server.Payloads;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunResult;
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

/**
 * One FindAll call per operation, {@code retrieve(id)} (a run, under 1 KB) and {@code result(id)} (500 judged
 * candidates, about 1 MB), with (a) hand-written {@code java.net.http} + Jackson code, (b) parallel4j's generated
 * client and (c) OpenAPI Generator's native client generated from the same FindAll document. Each checks what it
 * got, so that no client can skip work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FindAllCallBenchmark {
    /** Candidates in the result. */
    public static final int CANDIDATES = 500;
    private static final String BETA = "findall-2025-09-15";

    private FixedResponseServer server;
    private HandWrittenFindAllClient handWritten;
    private ParallelClient parallel4j;
    private FindAllApi openApiGenerator;

    /** Starts the server and the three clients. */
    @Setup(Level.Trial)
    public void start() {
        server = Payloads.server(CANDIDATES, 0);
        String baseUrl = server.baseUri().toString();
        handWritten = new HandWrittenFindAllClient(baseUrl, "bench-key");
        parallel4j = ParallelClient.builder().apiKey("bench-key").baseUrl(baseUrl).build();
        ApiClient api = new ApiClient();
        api.updateBaseUri(baseUrl);
        api.setRequestInterceptor(request -> request.header("x-api-key", "bench-key"));
        openApiGenerator = new FindAllApi(api);
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    /** (a) retrieve, by hand. */
    @Benchmark
    public FindAllModels.Run retrieveHandWritten() {
        FindAllModels.Run run = handWritten.retrieve(Payloads.FINDALL_ID);
        return checked(run, run.findallId());
    }

    /** (b) retrieve, parallel4j. */
    @Benchmark
    public FindAllRun retrieveParallel4j() {
        FindAllRun run = parallel4j.findAll().retrieve(Payloads.FINDALL_ID);
        return checked(run, run.findallId());
    }

    /** (c) retrieve, OpenAPI Generator. */
    @Benchmark
    public com.example.generated.model.FindAllRun retrieveOpenApiGenerator() throws ApiException {
        com.example.generated.model.FindAllRun run =
                openApiGenerator.findallRunsV1GetV1betaFindallRunsFindallIdGet(Payloads.FINDALL_ID, BETA);
        return checked(run, run.getFindallId());
    }

    /** (a) result, by hand. */
    @Benchmark
    public FindAllModels.RunResult resultHandWritten() {
        FindAllModels.RunResult result = handWritten.result(Payloads.FINDALL_ID);
        return checked(result, result.candidates().size());
    }

    /** (b) result, parallel4j. */
    @Benchmark
    public FindAllRunResult resultParallel4j() {
        FindAllRunResult result = parallel4j.findAll().result(Payloads.FINDALL_ID);
        return checked(result, result.candidates().size());
    }

    /** (c) result, OpenAPI Generator. */
    @Benchmark
    public com.example.generated.model.FindAllRunResult resultOpenApiGenerator() throws ApiException {
        com.example.generated.model.FindAllRunResult result =
                openApiGenerator.getFindallResultV1betaFindallRunsFindallIdResultGet(Payloads.FINDALL_ID, BETA);
        return checked(result, result.getCandidates().size());
    }

    private static <T> T checked(T value, String findallId) {
        if (!Payloads.FINDALL_ID.equals(findallId)) {
            throw new IllegalStateException("wrong run: " + findallId);
        }
        return value;
    }

    private static <T> T checked(T value, int candidates) {
        if (candidates != CANDIDATES) {
            throw new IllegalStateException("expected " + CANDIDATES + " candidates, got " + candidates);
        }
        return value;
    }
}
