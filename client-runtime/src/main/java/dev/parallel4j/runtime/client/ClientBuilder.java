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
 * The settings every generated client shares: base URL, timeouts, default headers, the HTTP client, how often a
 * dropped event stream may reconnect, and the clock and sleeper it waits with. A generated client's builder extends
 * this and adds its credentials.
 *
 * @param <B> the generated builder, returned by each setter for chaining
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
    /** Default time allowed for a call, up to the end of the response headers. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default time allowed to open a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default number of reconnects in a row a dropped event stream may try. */
    public static final int DEFAULT_MAX_STREAM_RECONNECTS = 5;

    private URI baseUrl;
    private boolean allowInsecureHttp;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private HttpClient httpClient;
    private ObjectMapper mapper;
    private boolean responseValidation = true;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int maxStreamReconnects = DEFAULT_MAX_STREAM_RECONNECTS;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

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

    /** This builder, as its own type. */
    protected abstract B self();

    /** Builds the client. */
    public abstract C build();

    /**
     * Sends requests to another server, e.g. a proxy or a recorded-response server in tests.
     *
     * @throws IllegalArgumentException if it is not an absolute {@code http(s)} URL
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = parseBaseUrl(baseUrl);
        return self();
    }

    /**
     * Allows a plain {@code http://} base URL on a host that is not this machine. Off by default, because the
     * API key would cross the network unencrypted.
     */
    public B allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return self();
    }

    /** How long a call may take up to the end of the response headers (default 60 s). */
    public B timeout(Duration timeout) {
        this.timeout = positive(timeout, "timeout");
        return self();
    }

    /** How long opening a connection may take (default 10 s); ignored when {@link #httpClient} is given. */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return self();
    }

    /** Uses this JDK HTTP client, e.g. one with a proxy or custom TLS settings, instead of a new one. */
    public B httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return self();
    }

    /** Adds a header to every call. */
    public B header(String name, String value) {
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Uses this Jackson mapper. It must be configured as {@link Json#newMapper()} configures one; mainly useful
     * to share one mapper between clients.
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
     */
    public B responseValidation(boolean validate) {
        this.responseValidation = validate;
        return self();
    }

    /**
     * How many reconnects in a row an event stream may try after its connection drops before it gives up (default
     * {@value #DEFAULT_MAX_STREAM_RECONNECTS}); a reconnect that delivers an event starts the count again, and 0
     * never reconnects. Only streams whose operation can resume reconnect at all.
     */
    public B maxStreamReconnects(int maxStreamReconnects) {
        if (maxStreamReconnects < 0) {
            throw new IllegalArgumentException("maxStreamReconnects must not be negative: " + maxStreamReconnects);
        }
        this.maxStreamReconnects = maxStreamReconnects;
        return self();
    }

    /** The clock the client reads deadlines from (default the system clock); tests pass one they control. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * How the client waits between attempts (default {@link Sleeper#system()}); tests pass one that returns at once
     * and moves their clock on.
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * The executor the built client sends its calls through.
     *
     * @param auth the credentials the generated builder collected
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
        return new RequestExecutor(baseUrl, auth, http, mapper != null ? mapper : Json.newMapper(), timeout, headers,
                responseValidation, new RequestExecutor.Waiting(clock, sleeper, maxStreamReconnects));
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
