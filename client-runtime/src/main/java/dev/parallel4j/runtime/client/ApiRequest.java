package dev.parallel4j.runtime.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call as a generated service describes it: method, path with its parameters filled in, query
 * parameters, headers and an optional body (JSON, a form, or raw content). Immutable.
 */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final Object body;
    private final FormBody form;
    private final RawBody raw;

    /**
     * A body sent as it is, not as JSON: text or bytes with their media type.
     *
     * @param content a {@code String} (sent as UTF-8), {@code byte[]} or {@link FileUpload}
     * @param mediaType the {@code Content-Type} to send
     */
    public record RawBody(Object content, String mediaType) {}

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.query = List.copyOf(builder.query);
        this.headers = Map.copyOf(builder.headers);
        this.body = builder.body;
        this.form = builder.form;
        this.raw = builder.raw;
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param pathTemplate the path as the document writes it, e.g. {@code /v1/runs/{run_id}}
     * @return a new builder for the request
     */
    public static Builder builder(String method, String pathTemplate) {
        return new Builder(method, pathTemplate);
    }

    /**
     * The HTTP method.
     *
     * @return the HTTP method, e.g. {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * The path with every parameter filled in and encoded.
     *
     * @return the path, e.g. {@code /v1/runs/run_123}, without host or query
     */
    public String path() {
        return path;
    }

    /**
     * The query parameters in order, not yet encoded.
     *
     * @return the query parameters as name-value pairs, unmodifiable; a name may occur more than once
     */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * The headers this call sets.
     *
     * @return the header values by name, unmodifiable
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The object to send as JSON, or {@code null} when the body is not JSON or there is none.
     *
     * @return the object to serialize as the JSON body, or {@code null}
     */
    public Object body() {
        return body;
    }

    /**
     * The form to send, or {@code null}.
     *
     * @return the form body, or {@code null} when the body is not a form
     */
    public FormBody form() {
        return form;
    }

    /**
     * The raw body to send, or {@code null}.
     *
     * @return the raw body, or {@code null} when the body is not raw content
     */
    public RawBody raw() {
        return raw;
    }

    /**
     * This request with a query parameter set to one value, replacing any it had: how a dropped event stream asks
     * for the events after the last one it received.
     *
     * @param name the parameter's name; every entry of this name is removed
     * @param value the parameter's new value, not yet encoded
     * @return a copy of this request with the parameter at the end of its query
     */
    public ApiRequest withQueryParameter(String name, String value) {
        Builder copy = new Builder(method, path);
        query.stream().filter(entry -> !entry.getKey().equals(name)).forEach(copy.query::add);
        copy.query.add(Map.entry(name, Objects.requireNonNull(value, "value")));
        copy.headers.putAll(headers);
        copy.body = body;
        copy.form = form;
        copy.raw = raw;
        return new ApiRequest(copy);
    }

    /** {@code METHOD /path}, for messages. */
    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Collects a request. */
    public static final class Builder {
        private final String method;
        private String path;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body;
        private FormBody form;
        private RawBody raw;

        private Builder(String method, String pathTemplate) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(pathTemplate, "pathTemplate");
        }

        /**
         * Fills in a path parameter, percent-encoding it as one path segment.
         *
         * @param name the parameter's name as the template writes it between braces, e.g. {@code run_id}
         * @param value the parameter's value; a list becomes its elements joined with commas
         * @return this builder
         * @throws IllegalArgumentException if the value is missing or empty, or the template has no such parameter
         */
        public Builder pathParam(String name, Object value) {
            String placeholder = "{" + name + "}";
            if (!path.contains(placeholder)) {
                throw new IllegalArgumentException("The path " + path + " has no parameter " + name);
            }
            String text = ParameterValues.simple(value);
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("Path parameter " + name + " must not be empty");
            }
            path = path.replace(placeholder, encodeSegment(text));
            return this;
        }

        /**
         * Adds a query parameter in OpenAPI's default {@code form} style: a list adds one entry per element; a
         * {@code null} value adds nothing.
         *
         * @param name the parameter's name
         * @param value the parameter's value, a list of values, or {@code null}
         * @return this builder
         */
        public Builder query(String name, Object value) {
            if (value instanceof Collection<?> values) {
                values.forEach(element -> query.add(Map.entry(name, ParameterValues.format(element))));
            } else if (value != null) {
                query.add(Map.entry(name, ParameterValues.format(value)));
            }
            return this;
        }

        /**
         * Sets a header in OpenAPI's {@code simple} style; {@code null} or an empty list sets nothing.
         *
         * @param name the header's name
         * @param value the header's value; a list becomes its elements joined with commas
         * @return this builder
         */
        public Builder header(String name, Object value) {
            String text = ParameterValues.simple(value);
            if (text != null) {
                headers.put(name, text);
            }
            return this;
        }

        /**
         * Sets the object to send as the JSON body; {@code null} sends no body (for an optional body).
         *
         * @param body the object to serialize as JSON, or {@code null}
         * @return this builder
         */
        public Builder jsonBody(Object body) {
            this.body = body;
            return this;
        }

        /**
         * Sets a form body.
         *
         * @param form the form to send
         * @return this builder
         */
        public Builder formBody(FormBody form) {
            this.form = Objects.requireNonNull(form, "form");
            return this;
        }

        /**
         * Sends content as it is; {@code null} sends no body.
         *
         * @param content a {@code String} (sent as UTF-8), {@code byte[]} or {@link FileUpload}
         * @param mediaType its {@code Content-Type}
         * @return this builder
         */
        public Builder rawBody(Object content, String mediaType) {
            if (content != null && !(content instanceof String || content instanceof byte[] || content instanceof FileUpload)) {
                throw new IllegalArgumentException("A raw body is a String, byte[] or FileUpload, not " + content.getClass().getName());
            }
            this.raw = content == null ? null : new RawBody(content, Objects.requireNonNull(mediaType, "mediaType"));
            return this;
        }

        /**
         * Adds a cookie in OpenAPI's default {@code form} style to the {@code Cookie} header; {@code null} adds
         * nothing.
         *
         * @param name the cookie's name
         * @param value the cookie's value; a list becomes its elements joined with commas
         * @return this builder
         */
        public Builder cookie(String name, Object value) {
            String text = ParameterValues.simple(value);
            if (text != null) {
                String pair = name + "=" + text;
                headers.merge("Cookie", pair, (existing, added) -> existing + "; " + added);
            }
            return this;
        }

        /**
         * The finished request.
         *
         * @return the request, immutable
         * @throws IllegalStateException if a path parameter was not filled in
         */
        public ApiRequest build() {
            int open = path.indexOf('{');
            if (open >= 0) {
                throw new IllegalStateException("Path parameter " + path.substring(open) + " of " + path + " was not set");
            }
            return new ApiRequest(this);
        }

        private static String encodeSegment(String text) {
            if (text.equals(".") || text.equals("..")) {
                return text.replace(".", "%2E"); // a bare dot segment would be resolved away, changing the path
            }
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
