package dev.parallel4j.runtime.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What an operation's responses look like, as the document declares them: the success body (JSON of a type, text,
 * bytes, or nothing) and the types of error bodies by status ({@code "404"}), status range ({@code "4XX"}) or
 * {@code "default"}.
 *
 * <p>Generated services keep one constant per operation. Immutable.
 *
 * @param <T> the type of the success body ({@link Void} for none)
 */
public final class ResponseSpec<T> {
    private final Type successType;
    private final String rawMediaType;
    private final Map<String, Type> errorTypes;

    private ResponseSpec(Type successType, String rawMediaType, Map<String, Type> errorTypes) {
        this.successType = successType;
        this.rawMediaType = rawMediaType;
        this.errorTypes = Map.copyOf(errorTypes);
    }

    /** A JSON success body of a plain type. */
    public static <T> ResponseSpec<T> of(Class<T> type) {
        return new ResponseSpec<>(Objects.requireNonNull(type, "type"), null, Map.of());
    }

    /** A JSON success body of a generic type, such as a list. */
    public static <T> ResponseSpec<T> of(TypeReference<T> type) {
        return new ResponseSpec<>(type.getType(), null, Map.of());
    }

    /** No success body is expected (e.g. 204); whatever the server sends is ignored. */
    public static ResponseSpec<Void> noContent() {
        return new ResponseSpec<>(null, null, Map.of());
    }

    /** A text success body (e.g. {@code text/csv}), decoded with the charset the response names, UTF-8 otherwise. */
    public static ResponseSpec<String> text(String mediaType) {
        return new ResponseSpec<>(String.class, Objects.requireNonNull(mediaType, "mediaType"), Map.of());
    }

    /** A binary success body (e.g. {@code image/png}), returned as its bytes. */
    public static ResponseSpec<byte[]> bytes(String mediaType) {
        return new ResponseSpec<>(byte[].class, Objects.requireNonNull(mediaType, "mediaType"), Map.of());
    }

    /**
     * Declares the type of the error body for a status as the document writes it.
     *
     * @param status {@code "404"}, {@code "4XX"} or {@code "default"}
     * @param type the type to parse that body as
     */
    public ResponseSpec<T> withError(String status, Class<?> type) {
        Map<String, Type> errors = new LinkedHashMap<>(errorTypes);
        errors.put(status.toUpperCase(Locale.ROOT), Objects.requireNonNull(type, "type"));
        return new ResponseSpec<>(successType, rawMediaType, errors);
    }

    /** The media type of a text or binary success body, or {@code null} for JSON. */
    String rawMediaType() {
        return rawMediaType;
    }

    /** The type of the success body, or {@code null} when none is expected. */
    Type successType() {
        return successType;
    }

    /** The declared type of the error body for a status, most specific first, or {@code null}. */
    Type errorType(int status) {
        Type exact = errorTypes.get(Integer.toString(status));
        if (exact != null) {
            return exact;
        }
        Type range = errorTypes.get(status / 100 + "XX");
        return range != null ? range : errorTypes.get("DEFAULT");
    }
}
