package dev.parallel4j.runtime.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.json.OpenEnum;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns a request's body (JSON, form or raw) into the bytes and {@code Content-Type} sent. */
final class BodyEncoder {
    /**
     * An encoded body.
     *
     * @param contentType the {@code Content-Type} header
     * @param bytes the content
     */
    record Encoded(String contentType, byte[] bytes) {}

    private final ObjectMapper mapper;

    BodyEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The encoded body, or {@code null} when the request has none. */
    Encoded encode(ApiRequest request) {
        if (request.body() != null) {
            return new Encoded("application/json", json(request, request.body()));
        }
        if (request.form() != null) {
            return request.form().isMultipart() ? multipart(request, request.form()) : urlEncoded(request, request.form());
        }
        if (request.raw() != null) {
            Object content = request.raw().content();
            byte[] bytes = content instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : content instanceof FileUpload file ? file.content() : ((byte[]) content).clone();
            return new Encoded(request.raw().mediaType(), bytes);
        }
        return null;
    }

    private byte[] json(ApiRequest request, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of " + request + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Encoded urlEncoded(ApiRequest request, FormBody form) {
        String text = fields(form).stream()
                .map(f -> encode(f.getKey()) + "=" + encode(text(request, f.getValue())))
                .collect(Collectors.joining("&"));
        return new Encoded("application/x-www-form-urlencoded", text.getBytes(StandardCharsets.UTF_8));
    }

    private Encoded multipart(ApiRequest request, FormBody form) {
        String boundary = "parallel4j-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> field : fields(form)) {
            Object value = field.getValue();
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(field.getKey())).append('"');
            byte[] content;
            if (value instanceof FileUpload file) {
                head.append("; filename=\"").append(quoted(file.filename())).append("\"\r\nContent-Type: ").append(file.contentType());
                content = file.content();
            } else if (isText(value)) {
                content = ParameterValues.format(value).getBytes(StandardCharsets.UTF_8);
            } else {
                head.append("\r\nContent-Type: application/json");
                content = json(request, value);
            }
            out.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Encoded("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** The form's fields with lists spread into one field per element. */
    private static List<Map.Entry<String, Object>> fields(FormBody form) {
        List<Map.Entry<String, Object>> spread = new ArrayList<>();
        for (Map.Entry<String, Object> field : form.fields()) {
            if (field.getValue() instanceof Collection<?> values) {
                values.forEach(v -> spread.add(Map.entry(field.getKey(), v)));
            } else {
                spread.add(field);
            }
        }
        return spread;
    }

    private String text(ApiRequest request, Object value) {
        return isText(value) ? ParameterValues.format(value) : new String(json(request, value), StandardCharsets.UTF_8);
    }

    private static boolean isText(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof OpenEnum<?>;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
    }
}
