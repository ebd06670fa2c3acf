package dev.parallel4j.runtime.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiStatusException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.ResponseDecodingException;
import dev.parallel4j.runtime.error.ResponseSummary;
import dev.parallel4j.runtime.error.StreamErrorException;
import dev.parallel4j.runtime.json.JsonProblems;
import dev.parallel4j.runtime.json.JsonTextReader;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.json.ModelChecks;
import dev.parallel4j.runtime.json.ModelValidationException;
import dev.parallel4j.runtime.sse.EventStream;
import dev.parallel4j.runtime.sse.Resumption;
import dev.parallel4j.runtime.sse.SseEvent;
import dev.parallel4j.runtime.sse.SseParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends the calls of a generated client over {@code java.net.http} and turns responses into typed values or
 * typed exceptions. One instance per client; thread-safe.
 *
 * <p>Every call is asynchronous in shape ({@link #executeAsync}, {@link #streamAsync}); the blocking methods run it in
 * place with {@link Futures#runInPlace}, sending and reading on the calling thread. A call is retried after
 * connection failures, timeouts and the statuses 408, 409, 429 and 5xx, with the header
 * {@value #RETRY_COUNT_HEADER} telling the server how many attempts came before; each attempt may take the call's
 * timeout, from sending the request to the end of the response body (of an event stream: to its headers). The reconnects of a resumable event stream are such calls
 * too. Decoded responses and events are checked against the document unless the client turned response validation
 * off.
 */
public final class RequestExecutor implements AutoCloseable {
    /** The header each attempt carries: {@code 0} on the first, then the number of retries before it. */
    public static final String RETRY_COUNT_HEADER = "x-parallel4j-retry-count";

    private static final String USER_AGENT = "parallel4j/" + version() + " (Java " + Runtime.version().feature() + ")";
    private static final String DONE_SENTINEL = "[DONE]";
    private static final Duration FIRST_RECONNECT_DELAY = Duration.ofMillis(500);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

    /**
     * The body of an event stream: read as it arrives for a success, read whole for an error status (to parse it
     * and to free the connection for a retry).
     */
    private static final BodyHandler<InputStream> STREAM_OR_ERROR = info -> isSuccess(info.statusCode())
            ? BodySubscribers.ofInputStream()
            : BodySubscribers.mapping(BodySubscribers.ofByteArray(), ByteArrayInputStream::new);

    /**
     * A client's settings.
     *
     * @param baseUrl the server calls go to
     * @param auth the credentials sent with each call
     * @param ownsHttp whether the HTTP client was created for this client, so {@link #close()} closes it
     * @param mapper reads and writes JSON
     * @param timeout how long one attempt may take unless the call's options say otherwise
     * @param headers headers sent with every call
     * @param validateResponses whether decoded responses and events are checked against the document
     * @param retries when and after how long failed attempts are retried
     * @param waiting the clock, the sleeper and the stream reconnects
     */
    record Settings(URI baseUrl, Auth auth, boolean ownsHttp, ObjectMapper mapper, Duration timeout, Map<String, String> headers,
            boolean validateResponses, RetryPolicy retries, Waiting waiting) {
        Settings {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * How the client waits: the clock deadlines and {@code Retry-After} dates are read from, the sleeper that waits
     * between attempts, reconnects and polls, and how many reconnects in a row a dropped event stream may try.
     */
    record Waiting(Clock clock, Sleeper sleeper, int maxStreamReconnects) {}

    private final Settings settings;
    private final AtomicReference<HttpClient> http;
    private final Consumer<ResponseSummary> observer;
    private final ObjectMapper mapper;
    private final BodyEncoder encoder;
    private final HttpLog log;

    /** Creates the executor of a client, sending its calls with {@code http}. */
    RequestExecutor(Settings settings, HttpClient http) {
        this(settings, new AtomicReference<>(http), summary -> {});
    }

    /**
     * Creates an executor.
     *
     * @param http the HTTP client, {@code null} once closed; shared with the executors {@link #observing} makes
     * @param observer told about the last response of each call
     */
    private RequestExecutor(Settings settings, AtomicReference<HttpClient> http, Consumer<ResponseSummary> observer) {
        this.settings = settings;
        this.http = http;
        this.observer = observer;
        this.mapper = settings.mapper();
        this.encoder = new BodyEncoder(mapper);
        this.log = new HttpLog(settings.auth());
    }

    /**
     * The server calls go to.
     *
     * @return the base URL the calls' paths are appended to
     */
    public URI baseUrl() {
        return settings.baseUrl();
    }

    /**
     * The Jackson mapper this client reads and writes JSON with; generated code reads webhook events with it.
     *
     * @return the client's mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The clock the client reads deadlines from.
     *
     * @return the clock, also read for {@code Retry-After} dates
     */
    public Clock clock() {
        return settings.waiting().clock();
    }

    /**
     * How the client waits between attempts, reconnects and polls.
     *
     * @return the client's sleeper
     */
    public Sleeper sleeper() {
        return settings.waiting().sleeper();
    }

    /**
     * An executor sharing this one's settings and connections that also reports the status and headers of the
     * last response of each call it sends (the response that produced its value or its error), for
     * {@link ApiService#withRawResponse}.
     */
    RequestExecutor observing(Consumer<ResponseSummary> observer) {
        return new RequestExecutor(settings, http, observer);
    }

    /**
     * Sends a call and reads its JSON response, waiting for it.
     *
     * @param <T> the success body's type
     * @param request the call to send
     * @param spec the call's success and error body types
     * @param options the call's settings overriding the client's
     * @return the success body, or {@code null} when the spec expects none
     * @throws ApiStatusException (a subtype per status) for an error status
     * @throws ResponseDecodingException if a success body does not match the declared type
     * @throws ApiConnectionException if the call could not be completed ({@link ApiTimeoutException} if it timed out)
     * @throws IllegalStateException if the client is closed
     */
    public <T> T execute(ApiRequest request, ResponseSpec<T> spec, RequestOptions options) {
        return Futures.runInPlace(() -> executeAsync(request, spec, options));
    }

    /**
     * Sends a call and reads its JSON response without blocking.
     *
     * @param <T> the success body's type
     * @param request the call to send
     * @param spec the call's success and error body types
     * @param options the call's settings overriding the client's
     * @return a future of what {@link #execute} returns, completed exceptionally with what it throws; cancelling it
     *     aborts the call
     * @throws IllegalStateException if the client is closed
     */
    public <T> CompletableFuture<T> executeAsync(ApiRequest request, ResponseSpec<T> spec, RequestOptions options) {
        String accept = spec.rawMediaType() != null ? spec.rawMediaType() : "application/json";
        return send(request, options, accept, new Call.Exchange<>(BodyHandlers.ofByteArray(), body -> {},
                response -> decode(request, response, spec)));
    }

    private <T> T decode(ApiRequest request, HttpResponse<byte[]> response, ResponseSpec<T> spec) {
        byte[] body = response.body();
        if (!isSuccess(response.statusCode())) {
            throw statusException(request, response, body, spec);
        }
        if (spec.successType() == null) {
            return null;
        }
        if (spec.rawMediaType() != null) {
            return raw(spec, response, body);
        }
        if (body.length == 0) {
            if (spec.successType() == JsonValue.class) {
                @SuppressWarnings("unchecked") // T is JsonValue
                T nothing = (T) JsonValue.NULL;
                return nothing; // a free-form body may be empty (the API has answered such calls with 204)
            }
            throw new ResponseDecodingException(summary(request, response, body), "expected JSON but the body is empty", null);
        }
        T value;
        try {
            value = mapper.readerFor(this.<T>javaType(spec.successType()))
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(body);
        } catch (IOException e) {
            throw new ResponseDecodingException(summary(request, response, body), JsonProblems.describe(e), e);
        }
        checkAgainstSchema(value, () -> summary(request, response, body), () -> "");
        return value;
    }

    /** Validates a decoded value when the client asks for it, failing as a decoding error naming the path. */
    private void checkAgainstSchema(Object value, Supplier<ResponseSummary> summary, Supplier<String> where) {
        if (!settings.validateResponses()) {
            return;
        }
        try {
            ModelChecks.validate(value);
        } catch (ModelValidationException e) {
            throw new ResponseDecodingException(summary.get(), where.get() + "at " + e.path() + ": " + e.problem(), e);
        }
    }

    /** A text or binary success body, as the spec's type ({@code String} or {@code byte[]}). */
    private static <T> T raw(ResponseSpec<T> spec, HttpResponse<?> response, byte[] body) {
        Object value = spec.successType() == String.class ? new String(body, charset(response)) : body;
        @SuppressWarnings("unchecked") // the spec's type is String or byte[], matching the value
        T typed = (T) value;
        return typed;
    }

    private static Charset charset(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        Matcher m = CHARSET.matcher(type);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * Opens a Server-Sent Events stream and decodes each event's data as JSON of the spec's type, waiting for the
     * stream to open. A stream the spec declares resumable reconnects after a dropped connection, asking for the
     * events after the last one delivered; an error event the spec declares raises {@link StreamErrorException}
     * unless the options ask for it as an event.
     *
     * @param <E> the events' type
     * @param request the call that opens the stream
     * @param spec the events' type, the error body types, and how the stream resumes and reports failures
     * @param options the call's settings overriding the client's
     * @return the open stream, decoding its events as they are iterated
     * @throws ApiStatusException (a subtype per status) if the server refuses the stream
     * @throws ApiConnectionException if the stream could not be opened
     * @throws IllegalStateException if the client is closed
     */
    public <E> EventStream<E> stream(ApiRequest request, ResponseSpec<E> spec, RequestOptions options) {
        return Futures.runInPlace(() -> streamAsync(request, spec, options));
    }

    /**
     * Opens a Server-Sent Events stream without blocking.
     *
     * @param <E> the events' type
     * @param request the call that opens the stream
     * @param spec the events' type, the error body types, and how the stream resumes and reports failures
     * @param options the call's settings overriding the client's
     * @return a future of the open stream, completed once its response headers have arrived, or exceptionally with
     *     what {@link #stream} throws; cancelling it aborts the call
     * @throws IllegalStateException if the client is closed
     */
    public <E> CompletableFuture<EventStream<E>> streamAsync(ApiRequest request, ResponseSpec<E> spec, RequestOptions options) {
        JavaType eventType = javaType(spec.successType());
        Resumption<E> resumption = spec.resumeParameter() == null
                ? Resumption.never()
                : Resumption.of(spec.eventIdProperty(), options.maxStreamReconnects().orElse(settings.waiting().maxStreamReconnects()),
                        (lastEventId, attempt, serverDelay) -> {
                            pause(request, serverDelay.orElseGet(() -> reconnectDelay(attempt)));
                            ApiRequest resumed = lastEventId
                                    .map(id -> request.withQueryParameter(spec.resumeParameter(), id)).orElse(request);
                            return Futures.runInPlace(() -> connect(resumed, spec, options, eventType, Function.identity()));
                        });
        return connect(request, spec, options, eventType,
                first -> new EventStream<>(first, resumption, request.toString()));
    }

    /**
     * Opens one connection of a stream, as a call like any other (retried, timed, logged); a reconnect of a
     * resumable stream is such a call with the resume parameter.
     *
     * @param opened what the call's value is made of the open connection
     */
    private <E, T> CompletableFuture<T> connect(ApiRequest request, ResponseSpec<E> spec, RequestOptions options, JavaType eventType,
            Function<EventStream.Connection<E>, T> opened) {
        return send(request, options, "text/event-stream", new Call.Exchange<>(STREAM_OR_ERROR, RequestExecutor::close,
                response -> opened.apply(openConnection(request, response, spec, options, eventType))));
    }

    private <E> EventStream.Connection<E> openConnection(ApiRequest request, HttpResponse<InputStream> response, ResponseSpec<E> spec,
            RequestOptions options, JavaType eventType) {
        if (!isSuccess(response.statusCode())) {
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readAllBytes(); // in memory: see STREAM_OR_ERROR
            } catch (IOException e) {
                body = new byte[0];
            }
            throw statusException(request, response, body, spec);
        }
        JsonTextReader<E> reader = JsonTextReader.of(mapper, eventType);
        return new EventStream.Connection<>(new SseParser(response.body()),
                event -> decodeEvent(request, response, event, reader, spec, options));
    }

    private <E> E decodeEvent(ApiRequest request, HttpResponse<?> response, SseEvent event, JsonTextReader<E> reader,
            ResponseSpec<E> spec, RequestOptions options) {
        String data = event.data();
        if (data.isBlank()) {
            return null;
        }
        if (data.equals(DONE_SENTINEL)) {
            throw new EventStream.EndOfStream();
        }
        Supplier<ResponseSummary> summary = () -> summary(request, response, data.getBytes(StandardCharsets.UTF_8));
        E value;
        try {
            value = reader.read(data);
        } catch (IOException e) {
            throw new ResponseDecodingException(summary.get(), describe(event) + JsonProblems.describe(e), e);
        }
        Object error = options.deliverErrorEvents() ? null : spec.errorOf(value);
        if (error != null) {
            throw new StreamErrorException(summary.get(), value, error, JsonValue.parse(data));
        }
        checkAgainstSchema(value, summary, () -> describe(event));
        return value;
    }

    /** How a decoding problem names the event it was found in. */
    private static String describe(SseEvent event) {
        return "event " + event.event() + (event.id().isEmpty() ? "" : " (id " + event.id() + ")") + ": ";
    }

    /** The wait before a reconnect the server did not time: half a second, doubling with each failure, at most 8 s. */
    private static Duration reconnectDelay(int attempt) {
        return FIRST_RECONNECT_DELAY.multipliedBy(1L << Math.min(attempt - 1, 4));
    }

    /** Waits before a reconnect, on the thread iterating the stream. */
    private void pause(ApiRequest request, Duration delay) {
        try {
            sleeper().await(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(request + " was interrupted", e);
        }
    }

    /** Starts a call: in place when inside {@link Futures#runInPlace}, else asynchronously. */
    private <B, T> CompletableFuture<T> send(ApiRequest request, RequestOptions options, String accept, Call.Exchange<B, T> exchange) {
        HttpClient client = http.get();
        if (client == null) {
            throw new IllegalStateException("The client is closed: " + request + " was not sent");
        }
        BodyEncoder.Encoded body = encoder.encode(request);
        Call.Exchange<B, T> observed = new Call.Exchange<>(exchange.handler(), exchange.release(), response -> {
            observer.accept(summary(request, response.statusCode(), response.headers(), new byte[0]));
            return exchange.finish().apply(response);
        });
        Call.Transport transport = new Call.Transport(client, settings.retries(), sleeper(), log);
        Duration timeout = effectiveTimeout(options);
        Call<B, T> call = new Call<>(transport, request,
                retryCount -> toHttpRequest(request, options, accept, body, timeout, retryCount), timeout,
                options.maxRetries().orElse(settings.retries().maxRetries()), body == null || body.replayable(), observed);
        return Futures.inPlace() ? call.runInPlace() : call.start();
    }

    /** One attempt's request; its timeout bounds the wait for the response headers (the call bounds the body). */
    private HttpRequest toHttpRequest(ApiRequest request, RequestOptions options, String accept, BodyEncoder.Encoded encoded,
            Duration timeout, int retryCount) {
        Auth auth = settings.auth();
        List<Map.Entry<String, String>> query = new ArrayList<>(request.query());
        query.addAll(options.query());
        if (auth.queryName() != null) {
            query.add(Map.entry(auth.queryName(), auth.value()));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.baseUrl() + request.path() + encode(query)));
        Map<String, String> effective = new LinkedHashMap<>();
        effective.put("User-Agent", USER_AGENT);
        effective.put("Accept", accept);
        effective.putAll(settings.headers());
        effective.putAll(request.headers());
        effective.putAll(options.headers());
        if (auth.headerName() != null) {
            effective.put(auth.headerName(), auth.value());
        }
        effective.put(RETRY_COUNT_HEADER, Integer.toString(retryCount));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (encoded != null) {
            effective.put("Content-Type", encoded.contentType());
            body = encoded.publisher();
        }
        effective.forEach(builder::setHeader);
        return builder.method(request.method(), body).timeout(timeout).build();
    }

    private Duration effectiveTimeout(RequestOptions options) {
        Duration chosen = options.timeout().orElse(settings.timeout());
        Duration minimum = options.minimumTimeout().orElse(Duration.ZERO);
        return minimum.compareTo(chosen) > 0 ? minimum : chosen;
    }

    /**
     * Closes the executor: later calls fail with {@link IllegalStateException}. An HTTP client the executor created
     * is closed too on Java 21 and later, after the calls in flight (open event streams included) have finished; on
     * Java 17 and 20, whose HTTP client cannot be closed, it is released, and its thread and idle connections end
     * once it is garbage collected. An HTTP client given to the builder is left open.
     */
    @Override
    public void close() {
        HttpClient client = http.getAndSet(null);
        if (settings.ownsHttp() && client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Closing the HTTP client failed", e);
            }
        }
    }

    /**
     * The settings, for a client's {@code toString()}: base URL, kind of credentials (never their value), timeout,
     * retries, and whether the executor is closed.
     *
     * @return the settings as comma-separated {@code name=value} pairs, ending with {@code , closed} once closed
     */
    public String describe() {
        return "baseUrl=" + settings.baseUrl() + ", auth=" + settings.auth() + ", timeout=" + settings.timeout()
                + ", maxRetries=" + settings.retries().maxRetries() + (http.get() == null ? ", closed" : "");
    }

    /** As {@link #describe()}. */
    @Override
    public String toString() {
        return "RequestExecutor{" + describe() + "}";
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is being dropped anyway
        }
    }

    private ApiStatusException statusException(ApiRequest request, HttpResponse<?> response, byte[] body, ResponseSpec<?> spec) {
        JsonValue json = null;
        Object typed = null;
        if (body.length > 0) {
            try {
                json = mapper.readValue(body, JsonValue.class);
            } catch (IOException notJson) {
                // an HTML error page or plain text: kept as the excerpt only
            }
        }
        Type errorType = spec.errorType(response.statusCode());
        if (json != null && errorType != null) {
            try {
                typed = mapper.readValue(body, javaType(errorType));
            } catch (IOException notDeclaredShape) {
                // the raw JSON stays available through json()
            }
        }
        return ApiStatusException.of(summary(request, response, body), typed, json);
    }

    private static ResponseSummary summary(ApiRequest request, HttpResponse<?> response, byte[] body) {
        return summary(request, response.statusCode(), response.headers(), body);
    }

    /** What exceptions and raw responses keep of a response: status, headers with lower-case names, body excerpt. */
    static ResponseSummary summary(ApiRequest request, int status, HttpHeaders responseHeaders, byte[] body) {
        Map<String, List<String>> headers = responseHeaders.map().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        int excerptBytes = Math.min(body.length, ResponseSummary.EXCERPT_LIMIT * 4);
        return new ResponseSummary(request.method(), request.path(), status, headers,
                new String(body, 0, excerptBytes, StandardCharsets.UTF_8));
    }

    private <T> JavaType javaType(Type type) {
        return mapper.getTypeFactory().constructType(type);
    }

    private static String encode(List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return "";
        }
        return query.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8).replace("+", "%20") + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static String version() {
        String version = RequestExecutor.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
