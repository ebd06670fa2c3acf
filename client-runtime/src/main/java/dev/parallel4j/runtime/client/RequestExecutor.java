package dev.parallel4j.runtime.client;

import static dev.parallel4j.runtime.json.JsonProblems.describe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiStatusException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.ResponseDecodingException;
import dev.parallel4j.runtime.error.ResponseSummary;
import dev.parallel4j.runtime.error.StreamErrorException;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.json.ModelChecks;
import dev.parallel4j.runtime.json.ModelValidationException;
import dev.parallel4j.runtime.sse.EventStream;
import dev.parallel4j.runtime.sse.Resumption;
import dev.parallel4j.runtime.sse.SseEvent;
import dev.parallel4j.runtime.sse.SseParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends the calls of a generated client over {@code java.net.http} and turns responses into typed values or
 * typed exceptions. One instance per client; thread-safe.
 */
public final class RequestExecutor {
    private static final String USER_AGENT = "parallel4j/" + version() + " (Java " + Runtime.version().feature() + ")";
    private static final String DONE_SENTINEL = "[DONE]";
    private static final Duration FIRST_RECONNECT_DELAY = Duration.ofMillis(500);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

    private final URI baseUrl;
    private final Auth auth;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final BodyEncoder encoder;
    private final boolean validateResponses;
    private final Waiting waiting;

    /**
     * How the client waits: the clock deadlines are read from, the sleeper that waits between attempts, and how many
     * reconnects in a row a dropped event stream may try.
     */
    record Waiting(Clock clock, Sleeper sleeper, int maxStreamReconnects) {}

    RequestExecutor(URI baseUrl, Auth auth, HttpClient http, ObjectMapper mapper, Duration timeout, Map<String, String> headers,
            boolean validateResponses, Waiting waiting) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.http = http;
        this.mapper = mapper;
        this.timeout = timeout;
        this.headers = Map.copyOf(headers);
        this.encoder = new BodyEncoder(mapper);
        this.validateResponses = validateResponses;
        this.waiting = waiting;
    }

    /** The server calls go to. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The Jackson mapper this client reads and writes JSON with; generated code reads webhook events with it. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The clock the client reads deadlines from. */
    public Clock clock() {
        return waiting.clock();
    }

    /** How the client waits between attempts. */
    public Sleeper sleeper() {
        return waiting.sleeper();
    }

    /**
     * Sends a call and reads its JSON response.
     *
     * @return the success body, or {@code null} when the spec expects none
     * @throws ApiStatusException (a subtype per status) for an error status
     * @throws ResponseDecodingException if a success body does not match the declared type
     * @throws ApiConnectionException if the call could not be completed
     */
    public <T> T execute(ApiRequest request, ResponseSpec<T> spec, RequestOptions options) {
        String accept = spec.rawMediaType() != null ? spec.rawMediaType() : "application/json";
        HttpResponse<byte[]> response = send(request, options, accept, BodyHandlers.ofByteArray());
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
            throw new ResponseDecodingException(summary(request, response, body), describe(e), e);
        }
        checkAgainstSchema(value, () -> summary(request, response, body), "");
        return value;
    }

    /** Validates a decoded value when the client asks for it, failing as a decoding error naming the path. */
    private void checkAgainstSchema(Object value, Supplier<ResponseSummary> summary, String what) {
        if (!validateResponses) {
            return;
        }
        try {
            ModelChecks.validate(value);
        } catch (ModelValidationException e) {
            throw new ResponseDecodingException(summary.get(), what + "at " + e.path() + ": " + e.problem(), e);
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
     * Opens a Server-Sent Events stream and decodes each event's data as JSON of the spec's type. A stream the spec
     * declares resumable reconnects after a dropped connection, asking for the events after the last one delivered;
     * an error event the spec declares raises {@link StreamErrorException} unless the options ask for it as an event.
     *
     * @throws ApiStatusException (a subtype per status) if the server refuses the stream
     * @throws ApiConnectionException if the stream could not be opened
     */
    public <E> EventStream<E> stream(ApiRequest request, ResponseSpec<E> spec, RequestOptions options) {
        JavaType eventType = javaType(spec.successType());
        Resumption<E> resumption = spec.resumeParameter() == null
                ? Resumption.never()
                : Resumption.of(spec.eventIdProperty(), options.maxStreamReconnects().orElse(waiting.maxStreamReconnects()),
                        (lastEventId, attempt, serverDelay) -> {
                            pause(request, serverDelay.orElseGet(() -> reconnectDelay(attempt)));
                            ApiRequest resumed = lastEventId
                                    .map(id -> request.withQueryParameter(spec.resumeParameter(), id)).orElse(request);
                            return connect(resumed, spec, options, eventType);
                        });
        return new EventStream<>(connect(request, spec, options, eventType), resumption, request.toString());
    }

    /** Opens one connection of a stream. */
    private <E> EventStream.Connection<E> connect(ApiRequest request, ResponseSpec<E> spec, RequestOptions options, JavaType eventType) {
        HttpResponse<InputStream> response = send(request, options, "text/event-stream", BodyHandlers.ofInputStream());
        if (!isSuccess(response.statusCode())) {
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(64 * 1024);
            } catch (IOException e) {
                body = new byte[0];
            }
            throw statusException(request, response, body, spec);
        }
        return new EventStream.Connection<>(new SseParser(response.body()),
                event -> decodeEvent(request, response, event, eventType, spec, options));
    }

    private <E> E decodeEvent(ApiRequest request, HttpResponse<?> response, SseEvent event, JavaType type, ResponseSpec<E> spec,
            RequestOptions options) {
        String data = event.data();
        if (data.isBlank()) {
            return null;
        }
        if (data.equals(DONE_SENTINEL)) {
            throw new EventStream.EndOfStream();
        }
        String what = "event " + event.event() + (event.id().isEmpty() ? "" : " (id " + event.id() + ")") + ": ";
        Supplier<ResponseSummary> summary = () -> summary(request, response, data.getBytes(StandardCharsets.UTF_8));
        E value;
        try {
            value = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(data);
        } catch (JsonProcessingException e) {
            throw new ResponseDecodingException(summary.get(), what + describe(e), e);
        }
        Object error = options.deliverErrorEvents() ? null : spec.errorOf(value);
        if (error != null) {
            throw new StreamErrorException(summary.get(), value, error, JsonValue.parse(data));
        }
        checkAgainstSchema(value, summary, what);
        return value;
    }

    /** The wait before a reconnect the server did not time: half a second, doubling with each failure, at most 8 s. */
    private static Duration reconnectDelay(int attempt) {
        return FIRST_RECONNECT_DELAY.multipliedBy(1L << Math.min(attempt - 1, 4));
    }

    private void pause(ApiRequest request, Duration delay) {
        try {
            waiting.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(request + " was interrupted", e);
        }
    }

    private <B> HttpResponse<B> send(ApiRequest request, RequestOptions options, String accept, BodyHandler<B> handler) {
        HttpRequest httpRequest = toHttpRequest(request, options, accept);
        try {
            return http.send(httpRequest, handler);
        } catch (HttpTimeoutException e) {
            throw new ApiTimeoutException(request + " timed out: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ApiConnectionException(request + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(request + " was interrupted", e);
        }
    }

    private HttpRequest toHttpRequest(ApiRequest request, RequestOptions options, String accept) {
        List<Map.Entry<String, String>> query = new ArrayList<>(request.query());
        query.addAll(options.query());
        if (auth.queryName() != null) {
            query.add(Map.entry(auth.queryName(), auth.value()));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.path() + encode(query)))
                .timeout(effectiveTimeout(options));
        Map<String, String> effective = new LinkedHashMap<>();
        effective.put("User-Agent", USER_AGENT);
        effective.put("Accept", accept);
        effective.putAll(headers);
        effective.putAll(request.headers());
        effective.putAll(options.headers());
        if (auth.headerName() != null) {
            effective.put(auth.headerName(), auth.value());
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        BodyEncoder.Encoded encoded = encoder.encode(request);
        if (encoded != null) {
            effective.put("Content-Type", encoded.contentType());
            body = HttpRequest.BodyPublishers.ofByteArray(encoded.bytes());
        }
        effective.forEach(builder::setHeader);
        return builder.method(request.method(), body).build();
    }

    private Duration effectiveTimeout(RequestOptions options) {
        Duration chosen = options.timeout().orElse(timeout);
        Duration minimum = options.minimumTimeout().orElse(Duration.ZERO);
        return minimum.compareTo(chosen) > 0 ? minimum : chosen;
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
        Map<String, List<String>> headers = response.headers().map().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        int excerptBytes = Math.min(body.length, ResponseSummary.EXCERPT_LIMIT * 4);
        return new ResponseSummary(request.method(), request.path(), response.statusCode(), headers,
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
