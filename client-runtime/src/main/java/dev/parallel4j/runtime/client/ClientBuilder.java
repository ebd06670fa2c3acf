package dev.parallel4j.runtime.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.json.Json;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings every generated client shares: base URL, timeouts, retries, default headers, the HTTP client,
 * response validation, how often a dropped event stream may reconnect, and the clock and sleeper it waits with. A
 * generated client's builder extends this and adds its credentials.
 *
 * @param <B> the generated builder, returned by each setter for chaining
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
    /** Default time allowed for each attempt of a call, up to the end of the response body. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default time allowed to open a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default number of retries after a failed attempt. */
    public static final int DEFAULT_MAX_RETRIES = RetryPolicy.DEFAULT_MAX_RETRIES;
    /** Default number of reconnects in a row a dropped event stream may try. */
    public static final int DEFAULT_MAX_STREAM_RECONNECTS = 5;

    private URI baseUrl;
    private boolean allowInsecureHttp;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration initialRetryDelay = RetryPolicy.DEFAULT_INITIAL_DELAY;
    private Duration maxRetryDelay = RetryPolicy.DEFAULT_MAX_DELAY;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.scheduled();
    private HttpClient httpClient;
    private ObjectMapper mapper;
    private boolean responseValidation = true;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int maxStreamReconnects = DEFAULT_MAX_STREAM_RECONNECTS;

    /**
     * Creates a builder.
     *
     * @param defaultBaseUrl the server the document names
     */
    protected ClientBuilder(String defaultBaseUrl) {
        this.baseUrl = parseBaseUrl(defaultBaseUrl);
    }

    /** Creates a builder for an API whose document names no server: {@link #baseUrl(String)} must be called. */
    protected ClientBuilder() {
        this.baseUrl = null;
    }

    /**
     * This builder, as its own type.
     *
     * @return this builder
     */
    protected abstract B self();

    /**
     * Builds the client.
     *
     * @return a new client with this builder's settings
     */
    public abstract C build();

    /**
     * Sends requests to another server, e.g. a proxy or a recorded-response server in tests.
     *
     * @param baseUrl the server's URL, e.g. {@code https://proxy.example.com/parallel}, without query or fragment; a
     *     trailing {@code /} is dropped
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute {@code http(s)} URL
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = parseBaseUrl(baseUrl);
        return self();
    }

    /**
     * Allows a plain {@code http://} base URL on a host that is not this machine. Off by default, because the
     * API key would cross the network unencrypted.
     *
     * @param allow whether a plain {@code http://} base URL on another host is accepted
     * @return this builder
     */
    public B allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return self();
    }

    /**
     * How long each attempt of a call may take, from sending the request to the end of the response body (for an
     * event stream: to its headers); default 60 s. A call the server may hold open on purpose (a long poll whose
     * wait the caller chose) is allowed that wait plus a margin. A timed-out attempt is retried like a failed
     * connection; {@code RequestOptions} can override this per call.
     *
     * @param timeout the time allowed for each attempt; must be positive
     * @return this builder
     */
    public B timeout(Duration timeout) {
        this.timeout = positive(timeout, "timeout");
        return self();
    }

    /**
     * How long opening a connection may take (default 10 s); ignored when {@link #httpClient} is given. The JDK's
     * HTTP client applies it to the whole client; per call, the call's timeout bounds connecting too.
     *
     * @param connectTimeout the time allowed to open a connection; must be positive
     * @return this builder
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return self();
    }

    /**
     * How many times a failed attempt is retried (default 2; {@code 0} never retries): after a connection failure or
     * timeout, and after the statuses 408, 409, 429 and 5xx unless the response says {@code x-should-retry: false}.
     * A call whose body is a stream ({@link FileUpload#of(String, java.io.InputStream)}) is never retried, since
     * its body cannot be sent again. {@code RequestOptions} can override this per call.
     *
     * @param maxRetries the number of retries after the first attempt; must not be negative
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        this.maxRetries = maxRetries;
        return self();
    }

    /**
     * The waits between attempts (default 0.5 s doubling to 8 s): the first retry waits {@code initialDelay}, each
     * later one twice the previous, at most {@code maxDelay}, each minus up to a quarter at random. A server that
     * asks for a wait of at most 60 s, with {@code Retry-After} (seconds or an HTTP date) or {@code retry-after-ms},
     * gets it instead; a longer one is not waited for.
     *
     * @param initialDelay the wait before the first retry; must be positive
     * @param maxDelay the longest wait between attempts; must be positive and not shorter than {@code initialDelay}
     * @return this builder
     */
    public B retryDelays(Duration initialDelay, Duration maxDelay) {
        this.initialRetryDelay = positive(initialDelay, "initialDelay");
        this.maxRetryDelay = positive(maxDelay, "maxDelay");
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
        }
        return self();
    }

    /**
     * Uses this JDK HTTP client, e.g. one with a proxy or custom TLS settings, instead of a new one. Closing the
     * generated client leaves it open.
     *
     * @param httpClient the client to send requests with
     * @return this builder
     */
    public B httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return self();
    }

    /**
     * Adds a header to every call.
     *
     * @param name the header's name, e.g. {@code X-Request-Source}; a later call with the same name replaces its value
     * @param value the header's value
     * @return this builder
     */
    public B header(String name, String value) {
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Uses this Jackson mapper. It must be configured as {@link Json#newMapper()} configures one; mainly useful
     * to share one mapper between clients.
     *
     * @param mapper the mapper to read and write JSON with
     * @return this builder
     */
    public B objectMapper(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        return self();
    }

    /**
     * Whether each response is checked against the document before it is returned (default {@code true}): a
     * response lacking a required property then fails as a {@link dev.parallel4j.runtime.error.ResponseDecodingException}
     * naming the property's path. With {@code false}, such a response is returned and only reading the missing
     * property fails; call {@code validate()} on a model to check it later.
     *
     * @param validate {@code true} to check each response, {@code false} to return it unchecked
     * @return this builder
     */
    public B responseValidation(boolean validate) {
        this.responseValidation = validate;
        return self();
    }

    /**
     * How many reconnects in a row an event stream may try after its connection drops before it gives up (default
     * {@value #DEFAULT_MAX_STREAM_RECONNECTS}); a reconnect that delivers an event starts the count again, and 0
     * never reconnects. Only streams whose operation can resume reconnect at all.
     *
     * @param maxStreamReconnects the number of reconnects in a row allowed; must not be negative
     * @return this builder
     */
    public B maxStreamReconnects(int maxStreamReconnects) {
        if (maxStreamReconnects < 0) {
            throw new IllegalArgumentException("maxStreamReconnects must not be negative: " + maxStreamReconnects);
        }
        this.maxStreamReconnects = maxStreamReconnects;
        return self();
    }

    /**
     * The clock the client reads time from (default the system clock): the deadlines of waits, and the
     * {@code Retry-After} dates servers send. Tests pass one they control, with a {@link #sleeper} to match.
     *
     * @param clock the clock to read the time from
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * How the client waits (default {@link Sleeper#scheduled()}, which blocks no thread): between the attempts of a
     * retried call, before reconnecting a dropped event stream, between the polls of a wait. Tests pass one that
     * records the waits, ends them at once and moves their clock on.
     *
     * @param sleeper the sleeper to wait with
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * The executor the built client sends its calls through.
     *
     * @param auth the credentials the generated builder collected
     * @return a new executor with this builder's settings and {@code auth}
     * @throws IllegalStateException if no base URL is known, or it is plain HTTP to another host and that was not
     *     allowed
     */
    protected final RequestExecutor executor(Auth auth) {
        if (baseUrl == null) {
            throw new IllegalStateException("No base URL: the API document names no server, so call baseUrl(...)");
        }
        if ("http".equalsIgnoreCase(baseUrl.getScheme()) && !allowInsecureHttp && !isLoopback(baseUrl.getHost())) {
            throw new IllegalStateException("Refusing to send credentials over plain HTTP to " + baseUrl
                    + "; use https, or call allowInsecureHttp(true) if this is intended");
        }
        HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version("https".equalsIgnoreCase(baseUrl.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        RetryPolicy retries = new RetryPolicy(maxRetries, initialRetryDelay, maxRetryDelay, clock);
        return new RequestExecutor(new RequestExecutor.Settings(baseUrl, auth, httpClient == null,
                mapper != null ? mapper : Json.newMapper(), timeout, headers, responseValidation, retries,
                new RequestExecutor.Waiting(clock, sleeper, maxStreamReconnects)), http);
    }

    private static URI parseBaseUrl(String text) {
        Objects.requireNonNull(text, "baseUrl");
        URI uri;
        try {
            uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid base URL: " + text + " (" + e.getReason() + ")", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("The base URL must be an absolute http or https URL: " + text);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("The base URL must not have a query or fragment: " + text);
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        boolean literal = host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        if (!literal) {
            return false; // a name other than localhost: never resolved here, so never trusted
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }
}
