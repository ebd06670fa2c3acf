package dev.parallel4j.runtime.client;

import dev.parallel4j.runtime.error.ResponseSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call's value with the response it came from: its status, its headers and the request id the server gave it.
 * Obtained from any generated service with {@code withRawResponse(service -> service.retrieve(id))}. A call that
 * fails throws as usual; its exception carries the same details ({@code ApiStatusException.statusCode()},
 * {@code headers()}, {@code ApiException.requestId()}).
 *
 * @param <T> the value: the parsed body, a page, an open event stream, or {@code null} for a call without one
 */
public final class RawResponse<T> {
    private final ResponseSummary response;
    private final T value;

    RawResponse(ResponseSummary response, T value) {
        this.response = response;
        this.value = value;
    }

    /**
     * The HTTP status code.
     *
     * @return the status code, e.g. {@code 200}
     */
    public int statusCode() {
        return response.statusCode();
    }

    /**
     * The response headers, names in lower case.
     *
     * @return the headers' values by name, unmodifiable
     */
    public Map<String, List<String>> headers() {
        return response.headers();
    }

    /**
     * The first value of a response header, whatever the case of {@code name}.
     *
     * @param name the header's name, e.g. {@code x-ratelimit-remaining}
     * @return the header's first value, or empty if the response does not have the header
     */
    public Optional<String> header(String name) {
        return response.header(name);
    }

    /**
     * The request id the server assigned, from {@code x-request-id} or {@code request-id}.
     *
     * @return the request id, or empty if the response carries none
     */
    public Optional<String> requestId() {
        return response.requestId();
    }

    /**
     * The call's value, as the call without {@code withRawResponse} returns it.
     *
     * @return the call's value, or {@code null} for a call without one
     */
    public T value() {
        return value;
    }

    /** The request line, status and request id; never the headers' values. */
    @Override
    public String toString() {
        return "RawResponse{" + response.method() + " " + response.path() + " -> HTTP " + response.statusCode()
                + response.requestId().map(id -> ", request id " + id).orElse("") + "}";
    }
}
