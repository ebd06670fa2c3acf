package dev.parallel4j.runtime.error;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an exception tells about the response that caused it: the request line, the status, the headers, the
 * request id and the start of the body. It never holds request headers, so never credentials.
 *
 * @param method the HTTP method of the request
 * @param path the path of the request, without host or query
 * @param statusCode the HTTP status of the response
 * @param headers the response headers, names in lower case
 * @param bodyExcerpt the start of the response body, at most {@value #EXCERPT_LIMIT} characters (a cut one ends with
 *     {@code …})
 */
public record ResponseSummary(
        String method, String path, int statusCode, Map<String, List<String>> headers, String bodyExcerpt)
        implements Serializable {
    /** How much of a body an exception keeps. */
    public static final int EXCERPT_LIMIT = 1000;

    /**
     * Copies the headers and bounds the excerpt.
     *
     * @param method the HTTP method of the request
     * @param path the path of the request, without host or query
     * @param statusCode the HTTP status of the response
     * @param headers the response headers, names in lower case
     * @param bodyExcerpt the response body or its start, cut here to {@value #EXCERPT_LIMIT} characters; {@code null}
     *     for none
     */
    public ResponseSummary {
        headers = Map.copyOf(headers);
        bodyExcerpt = excerpt(bodyExcerpt);
    }

    /**
     * The request id the server assigned, from {@code x-request-id} or {@code request-id}.
     *
     * @return the request id, or empty if the response has neither header
     */
    public Optional<String> requestId() {
        return header("x-request-id").or(() -> header("request-id"));
    }

    /**
     * The first value of a response header.
     *
     * @param name the header's name in any case, e.g. {@code retry-after}
     * @return the header's first value, or empty if the response does not have it
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A one-line description: request line, status and request id. */
    String describe() {
        return method + " " + path + " returned HTTP " + statusCode + requestId().map(id -> " (request id " + id + ")").orElse("");
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        if (body.length() <= EXCERPT_LIMIT) {
            return body;
        }
        int end = EXCERPT_LIMIT - 1; // room for the ellipsis
        if (Character.isHighSurrogate(body.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return body.substring(0, end) + "…";
    }
}
