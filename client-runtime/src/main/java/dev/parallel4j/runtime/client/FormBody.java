package dev.parallel4j.runtime.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code multipart/form-data} or {@code application/x-www-form-urlencoded} body: named fields in order. A field
 * holding a {@link FileUpload} becomes a file part, a list becomes one field per element, text, numbers, booleans
 * and enums become text, and anything else (a model, a map) becomes JSON.
 */
public final class FormBody {
    private final boolean multipart;
    private final List<Map.Entry<String, Object>> fields;

    private FormBody(Builder builder) {
        this.multipart = builder.multipart;
        this.fields = List.copyOf(builder.fields);
    }

    /**
     * Starts a {@code multipart/form-data} body.
     *
     * @return an empty builder of a multipart body
     */
    public static Builder multipart() {
        return new Builder(true);
    }

    /**
     * Starts an {@code application/x-www-form-urlencoded} body.
     *
     * @return an empty builder of a URL-encoded body
     */
    public static Builder urlEncoded() {
        return new Builder(false);
    }

    /**
     * Whether this is {@code multipart/form-data}.
     *
     * @return {@code true} for {@code multipart/form-data}, {@code false} for a URL-encoded body
     */
    public boolean isMultipart() {
        return multipart;
    }

    /**
     * The fields in order; values are never {@code null}.
     *
     * @return the fields as name and value pairs, in the order they were added; unmodifiable
     */
    public List<Map.Entry<String, Object>> fields() {
        return fields;
    }

    /** Collects fields. */
    public static final class Builder {
        private final boolean multipart;
        private final List<Map.Entry<String, Object>> fields = new ArrayList<>();

        private Builder(boolean multipart) {
            this.multipart = multipart;
        }

        /**
         * Adds a field; {@code null} adds nothing.
         *
         * @param name the field's name
         * @param value the field's value: a {@link FileUpload}, a list, text, a number, a boolean, an enum, a model
         *     or a map, or {@code null}
         * @return this builder
         */
        public Builder field(String name, Object value) {
            if (value != null) {
                fields.add(Map.entry(Objects.requireNonNull(name, "name"), value));
            }
            return this;
        }

        /**
         * The finished body.
         *
         * @return the body with the fields added so far
         */
        public FormBody build() {
            return new FormBody(this);
        }
    }
}
