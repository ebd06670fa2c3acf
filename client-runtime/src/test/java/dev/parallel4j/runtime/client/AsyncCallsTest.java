package dev.parallel4j.runtime.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.sse.EventStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The asynchronous calls underneath every call: futures that complete without a blocked thread, cancellation that
 * aborts the request or the wait before a retry, blocking calls that behave like the future they wait for, and
 * closing.
 */
final class AsyncCallsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final ApiRequest GET = ApiRequest.builder("GET", "/v1/things/t1").build();
    private static final ResponseSpec<JsonValue> JSON = ResponseSpec.of(JsonValue.class);

    /** A server that accepts connections and never answers, to watch what the client does with them. */
    private ServerSocket silent;

    @BeforeEach
    void openSilentServer() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        silent.setSoTimeout(10_000);
    }

    @AfterEach
    void closeSilentServer() throws IOException {
        silent.close();
    }

    private RequestExecutor silentExecutor() {
        return new TestClientBuilder().baseUrl("http://127.0.0.1:" + silent.getLocalPort()).build();
    }

    /** Reads what the client sends until it closes the connection: {@code true} if it did within 10 s. */
    private static boolean closedByClient(Socket connection) throws IOException {
        connection.setSoTimeout(10_000);
        InputStream in = connection.getInputStream();
        try {
            while (in.read() >= 0) {
                // the request, then nothing until the client gives up the connection
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void aFutureCompletesWithTheValueOrExceptionallyWithTheTypedException() {
        server.stubFor(get("/v1/things/t1").willReturn(okJson("{\"id\":\"t1\"}")));
        server.stubFor(get("/v1/things/none").willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req_404")));
        RequestExecutor executor = new TestClientBuilder().baseUrl(server.baseUrl()).build();

        assertThat(executor.executeAsync(GET, JSON, RequestOptions.none()).join()).isEqualTo(JsonValue.parse("{\"id\":\"t1\"}"));
        CompletableFuture<JsonValue> missing = executor.executeAsync(ApiRequest.builder("GET", "/v1/things/none").build(), JSON,
                RequestOptions.none());
        ExecutionException failed = catchThrowableOfType(ExecutionException.class, missing::get);
        assertThat(failed.getCause()).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.requestId()).contains("req_404"));
    }

    @Test
    void cancellingTheFutureAbortsTheRequestInFlight() throws Exception {
        CompletableFuture<JsonValue> call = silentExecutor().executeAsync(GET, JSON, RequestOptions.none());

        try (Socket connection = silent.accept()) {
            assertThat(call).isNotDone();
            assertThat(call.cancel(true)).isTrue();
            assertThat(closedByClient(connection)).as("the client closed the connection").isTrue();
        }
        assertThat(call).isCancelled();
    }

    @Test
    void cancellingAStreamBeforeItOpensAbortsItToo() throws Exception {
        CompletableFuture<EventStream<JsonValue>> opening = silentExecutor().streamAsync(GET, JSON, RequestOptions.none());

        try (Socket connection = silent.accept()) {
            opening.cancel(true);
            assertThat(closedByClient(connection)).isTrue();
        }
    }

    @Test
    void cancellingDuringTheWaitBeforeARetryEndsTheWaitAndSendsNothingMore() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
        CompletableFuture<CompletableFuture<Void>> waiting = new CompletableFuture<>();
        Sleeper never = delay -> {
            CompletableFuture<Void> wait = new CompletableFuture<>();
            waiting.complete(wait);
            return wait;
        };
        RequestExecutor executor = new TestClientBuilder().baseUrl(server.baseUrl()).sleeper(never).build();

        CompletableFuture<JsonValue> call = executor.executeAsync(GET, JSON, RequestOptions.none());
        CompletableFuture<Void> wait = waiting.join();
        call.cancel(true);

        assertThatThrownBy(() -> wait.get(10, TimeUnit.SECONDS)).as("the wait is cancelled, maybe by the call's own thread")
                .isInstanceOf(CancellationException.class);
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void interruptingABlockingCallCancelsItAndKeepsTheInterrupt() throws Exception {
        RequestExecutor executor = silentExecutor();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                executor.execute(GET, JSON, RequestOptions.none());
            } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();

        try (Socket connection = silent.accept()) {
            caller.interrupt();
            caller.join(10_000);
            assertThat(closedByClient(connection)).isTrue();
        }
        assertThat(thrown.get()).isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessage("Interrupted while waiting for a response; the call was cancelled");
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void aBlockingCallIsSentAndDecodedOnTheCallingThreadAndAnAsynchronousOneIsNot() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"t1\"}")));
        RequestExecutor executor = new TestClientBuilder().baseUrl(server.baseUrl()).build();
        List<Thread> decodedOn = new CopyOnWriteArrayList<>();
        RequestExecutor observed = executor.observing(response -> decodedOn.add(Thread.currentThread()));

        JsonValue blocking = observed.execute(GET, JSON, RequestOptions.none());
        JsonValue async = observed.executeAsync(GET, JSON, RequestOptions.none()).join();

        assertThat(blocking).isEqualTo(async).isEqualTo(JsonValue.parse("{\"id\":\"t1\"}"));
        assertThat(decodedOn).hasSize(2);
        assertThat(decodedOn.get(0)).as("no hand-off to another thread").isSameAs(Thread.currentThread());
        assertThat(decodedOn.get(1)).isNotSameAs(Thread.currentThread());
    }

    @Test
    void aBlockingCallThrowsWithTheCallersStackTrace() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        RequestExecutor executor = new TestClientBuilder().baseUrl(server.baseUrl()).build();

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> executor.execute(GET, JSON, RequestOptions.none()));

        assertThat(e.getStackTrace()[0].getMethodName()).isEqualTo("execute");
        assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getMethodName))
                .contains("aBlockingCallThrowsWithTheCallersStackTrace");
        assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getClassName))
                .noneMatch(name -> name.startsWith("java.util.concurrent") || name.startsWith("jdk.internal.net.http"));
    }

    @Test
    void mappingAFutureKeepsCancellationFlowingToTheCall() throws Exception {
        CompletableFuture<JsonValue> call = silentExecutor().executeAsync(GET, JSON, RequestOptions.none());
        CompletableFuture<String> mapped = Futures.map(call, JsonValue::toJson);

        try (Socket connection = silent.accept()) {
            mapped.cancel(true);
            assertThat(closedByClient(connection)).isTrue();
        }
        assertThat(call).isCancelled();
    }

    @Test
    void aClosedExecutorRefusesCalls() {
        RequestExecutor executor = new TestClientBuilder().baseUrl(server.baseUrl()).build();
        executor.close();
        executor.close();

        assertThatThrownBy(() -> executor.executeAsync(GET, JSON, RequestOptions.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The client is closed: GET /v1/things/t1 was not sent");
    }

    @Test
    void closingLeavesAnHttpClientGivenToTheBuilderUsable() throws Exception {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        RequestExecutor executor = new TestClientBuilder().baseUrl(server.baseUrl()).httpClient(own).build();
        executor.execute(GET, JSON, RequestOptions.none());

        executor.close();

        assertThat(own.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/x")).build(), BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aClosedExecutorLeavesNothingThatKeepsItsHttpClientAlive() throws Exception {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        WeakReference<HttpClient> http = callThenClose();

        boolean collected = false;
        for (int i = 0; i < 50 && !collected; i++) {
            System.gc();
            Thread.sleep(100);
            collected = http.get() == null;
        }

        assertThat(collected).as("the HTTP client was garbage collected").isTrue();
    }

    /**
     * Makes a call through an HTTP client with a connect timeout (whose pooled connection the JDK keeps with what
     * the call gave it) and closes the executor; only a weak reference to the HTTP client is left.
     */
    private static WeakReference<HttpClient> callThenClose() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        RequestExecutor executor = new TestClientBuilder().baseUrl(server.baseUrl()).httpClient(http).build();
        executor.execute(GET, JSON, RequestOptions.none());
        executor.close();
        return new WeakReference<>(http);
    }
}
