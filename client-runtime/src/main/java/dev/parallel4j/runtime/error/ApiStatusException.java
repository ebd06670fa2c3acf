package dev.parallel4j.runtime.error;

import dev.parallel4j.runtime.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server answered with an error status. Each common status has its own subtype, so a caller can catch
 * exactly the failure it handles ({@link NotFoundException}, {@link RateLimitException}, ...).
 *
 * <p>The exception carries the status, the response headers, the request id and the body: parsed as the schema
 * the document declares for that status ({@link #body()}), as raw JSON ({@link #json()}), and as an error message
 * and reference id found in the two error shapes APIs commonly use ({@code {"error": {"message", "ref_id"}}} and a
 * validation {@code {"detail": [{"loc", "msg"}]}}).
 */
public class ApiStatusException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final ResponseSummary response;
    private final transient Object body;
    private final transient JsonValue json;

    /**
     * Creates an exception.
     *
     * @param response the response
     * @param body the body parsed as the declared error schema, or {@code null}
     * @param json the body as JSON, or {@code null} when it is not JSON
     */
    public ApiStatusException(ResponseSummary response, Object body, JsonValue json) {
        super(message(response, json), null, response);
        this.response = response;
        this.body = body;
        this.json = json;
    }

    /**
     * The exception type for a status: its own subtype for 400, 401, 402, 403, 404, 408, 409, 422, 429 and 5xx,
     * this type otherwise.
     *
     * @param response the response
     * @param body the body parsed as the declared error schema, or {@code null}
     * @param json the body as JSON, or {@code null} when it is not JSON
     * @return a new exception of the subtype for the response's status
     */
    public static ApiStatusException of(ResponseSummary response, Object body, JsonValue json) {
        return factory(response.statusCode()).apply(response, body, json);
    }

    private static Factory factory(int status) {
        switch (status) {
            case 400:
                return BadRequestException::new;
            case 401:
                return AuthenticationException::new;
            case 402:
                return PaymentRequiredException::new;
            case 403:
                return PermissionDeniedException::new;
            case 404:
                return NotFoundException::new;
            case 408:
                return RequestTimeoutException::new;
            case 409:
                return ConflictException::new;
            case 422:
                return UnprocessableEntityException::new;
            case 429:
                return RateLimitException::new;
            default:
                return status >= 500 ? InternalServerException::new : ApiStatusException::new;
        }
    }

    /**
     * The HTTP status code.
     *
     * @return the response's status code, e.g. {@code 404}
     */
    public int statusCode() {
        return response.statusCode();
    }

    /**
     * The response headers, names in lower case.
     *
     * @return the response headers by lower-case name, each with its values in order
     */
    public Map<String, List<String>> headers() {
        return response.headers();
    }

    /**
     * The request line, status, headers and body excerpt.
     *
     * @return the summary of the response
     */
    public ResponseSummary response() {
        return response;
    }

    /**
     * The body parsed as the schema the document declares for this status, if it declares one and it parsed.
     *
     * @return the parsed body, or empty if no schema is declared or the body did not parse
     */
    public Optional<Object> body() {
        return Optional.ofNullable(body);
    }

    /**
     * The body as a given declared error type, e.g. {@code e.body(ErrorResponse.class)}.
     *
     * @param <T> the declared error type
     * @param type the class of the declared error type
     * @return the body, if it was parsed as that type
     */
    public <T> Optional<T> body(Class<T> type) {
        return type.isInstance(body) ? Optional.of(type.cast(body)) : Optional.empty();
    }

    /**
     * The body as JSON, if it is JSON.
     *
     * @return the body as JSON, or empty if it is not JSON
     */
    public Optional<JsonValue> json() {
        return Optional.ofNullable(json);
    }

    /**
     * The human-readable message the server gave, from either common error shape.
     *
     * @return the server's error message, or empty if the body has none
     */
    public Optional<String> errorMessage() {
        return errorMessage(json);
    }

    /**
     * The reference id the server gave the error ({@code error.ref_id}), to quote to its support.
     *
     * @return the error's reference id, or empty if the body has none
     */
    public Optional<String> refId() {
        return refId(json);
    }

    private static String message(ResponseSummary response, JsonValue json) {
        String detail = errorMessage(json).orElseGet(() -> response.bodyExcerpt().isEmpty()
                ? "(empty body)" : response.bodyExcerpt());
        String refId = refId(json).map(id -> " [ref_id " + id + "]").orElse("");
        return response.describe() + ": " + detail + refId;
    }

    /** The {@code error.ref_id} of a JSON error body or event, if it has one. */
    static Optional<String> refId(JsonValue json) {
        return member(json, "error").flatMap(error -> member(error, "ref_id")).flatMap(JsonValue::asString);
    }

    /** The human-readable message of a JSON error body or event, from either common error shape. */
    static Optional<String> errorMessage(JsonValue json) {
        Optional<String> message = member(json, "error").flatMap(error -> member(error, "message"))
                .flatMap(JsonValue::asString);
        if (message.isPresent()) {
            return message;
        }
        Optional<JsonValue> detail = member(json, "detail");
        Optional<String> text = detail.flatMap(JsonValue::asString);
        if (text.isPresent()) {
            return text;
        }
        Optional<String> issues = detail.flatMap(JsonValue::asArray).map(ApiStatusException::validationIssues)
                .filter(s -> !s.isEmpty());
        return issues.isPresent() ? issues : member(json, "message").flatMap(JsonValue::asString);
    }

    private static String validationIssues(List<JsonValue> issues) {
        return issues.stream().map(issue -> {
            String location = member(issue, "loc").flatMap(JsonValue::asArray)
                    .map(parts -> parts.stream().map(ApiStatusException::text).collect(Collectors.joining(".")))
                    .orElse("");
            String msg = member(issue, "msg").flatMap(JsonValue::asString).orElse(issue.toJson());
            return location.isEmpty() ? msg : location + ": " + msg;
        }).collect(Collectors.joining("; "));
    }

    private static String text(JsonValue value) {
        return value.asString().orElseGet(value::toJson);
    }

    private static Optional<JsonValue> member(JsonValue json, String name) {
        return json == null ? Optional.empty() : json.asObject().map(members -> members.get(name));
    }

    /** Constructor reference shared by all subtypes. */
    private interface Factory {
        ApiStatusException apply(ResponseSummary response, Object body, JsonValue json);
    }
}
