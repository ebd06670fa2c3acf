package dev.parallel4j.runtime.client;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the client logs, through {@link System.Logger} (so it reaches JUL, SLF4J or Log4j setups) under the name
 * {@value #NAME}; nothing at the default {@code INFO} level. {@code DEBUG}: one line per attempt (method, URL,
 * status or failure, duration, attempt, request id) and one per retry (its reason and wait). {@code TRACE}: the
 * request and response headers as well.
 *
 * <p>Secrets are never logged: the values of credential headers ({@code x-api-key}, {@code Authorization},
 * cookies and the client's own credential header) and of credential query parameters (the client's own and common
 * names such as {@code api_key} or {@code token}) are written {@value #REDACTED}.
 */
final class HttpLog {
    /** The logger's name. */
    static final String NAME = "dev.parallel4j";
    static final String REDACTED = "***";

    private static final Set<String> SECRET_HEADERS = Set.of(
            "x-api-key", "api-key", "authorization", "proxy-authorization", "cookie", "set-cookie");
    private static final Set<String> SECRET_PARAMETERS = Set.of(
            "api_key", "api-key", "apikey", "key", "token", "access_token", "secret", "password", "signature", "sig");
    private static final Pattern QUERY_PAIR = Pattern.compile("([^&=]*)=([^&]*)");

    private final Logger logger = System.getLogger(NAME);
    private final String authHeader;
    private final String authParameter;

    /**
     * Creates the log of one client.
     *
     * @param auth the client's credentials, whose header or query parameter is redacted as well
     */
    HttpLog(Auth auth) {
        this.authHeader = auth.headerName() == null ? null : auth.headerName().toLowerCase(Locale.ROOT);
        this.authParameter = auth.queryName();
    }

    /** Whether attempts are logged at all; when not, callers skip preparing messages. */
    boolean enabled() {
        return logger.isLoggable(Level.DEBUG);
    }

    void request(String method, URI uri, HttpHeaders headers, int attempt) {
        if (logger.isLoggable(Level.TRACE)) {
            logger.log(Level.TRACE, method + " " + redact(uri) + " (attempt " + attempt + ") request headers: " + redact(headers));
        }
    }

    void response(String method, URI uri, int status, HttpHeaders headers, Duration took, int attempt) {
        if (!enabled()) {
            return;
        }
        String requestId = headers.firstValue("x-request-id").or(() -> headers.firstValue("request-id"))
                .map(id -> ", request id " + id).orElse("");
        logger.log(Level.DEBUG, method + " " + redact(uri) + " -> HTTP " + status + " in " + took.toMillis() + " ms (attempt "
                + attempt + requestId + ")");
        if (logger.isLoggable(Level.TRACE)) {
            logger.log(Level.TRACE, method + " " + redact(uri) + " (attempt " + attempt + ") response headers: " + redact(headers));
        }
    }

    void failure(String method, URI uri, String problem, Duration took, int attempt) {
        if (enabled()) {
            logger.log(Level.DEBUG, method + " " + redact(uri) + " -> failed in " + took.toMillis() + " ms (attempt " + attempt
                    + "): " + problem);
        }
    }

    void retry(String method, URI uri, String reason, Duration delay, int retry, int maxRetries) {
        if (enabled()) {
            logger.log(Level.DEBUG, method + " " + redact(uri) + ": retrying in " + delay.toMillis() + " ms (retry " + retry
                    + " of " + maxRetries + ") after " + reason);
        }
    }

    void notRetried(String method, URI uri, String reason) {
        if (enabled()) {
            logger.log(Level.DEBUG, method + " " + redact(uri) + ": not retrying after " + reason
                    + ": the request body is a stream that cannot be sent again");
        }
    }

    /** The URL with the values of credential query parameters replaced. */
    String redact(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri.toString();
        }
        Matcher pair = QUERY_PAIR.matcher(query);
        StringBuilder redacted = new StringBuilder();
        while (pair.find()) {
            String name = URLDecoder.decode(pair.group(1), StandardCharsets.UTF_8);
            boolean secret = name.equals(authParameter) || SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
            pair.appendReplacement(redacted, Matcher.quoteReplacement(secret ? pair.group(1) + "=" + REDACTED : pair.group()));
        }
        pair.appendTail(redacted);
        String text = uri.toString();
        return text.substring(0, text.indexOf('?') + 1) + redacted;
    }

    /** The headers, sorted by name, with the values of credential headers replaced. */
    String redact(HttpHeaders headers) {
        Map<String, Object> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean secret = SECRET_HEADERS.contains(lower) || lower.equals(authHeader);
            shown.put(name, secret ? REDACTED : values.size() == 1 ? values.get(0) : List.copyOf(values));
        });
        return shown.toString();
    }
}
