package dev.parallel4j.runtime.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallel4j.runtime.json.OpenEnum;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a request's body (JSON, form or raw) into what is sent: its {@code Content-Type} and its content, bytes
 * in memory with the files it carries in between, read as the call is sent.
 */
final class BodyEncoder {
    /**
     * An encoded body.
     *
     * @param contentType the {@code Content-Type} header
     * @param chunks the content in order: {@code byte[]} and {@link FileUpload} chunks
     */
    record Encoded(String contentType, List<Object> chunks) {
        Encoded(String contentType, byte[] bytes) {
            this(contentType, List.of(bytes));
        }

        /** Whether the body can be sent again, for a retry: every file in it can. */
        boolean replayable() {
            return chunks.stream().allMatch(chunk -> !(chunk instanceof FileUpload file) || file.isReplayable());
        }

        /** A publisher of the whole body, for one attempt. */
        BodyPublisher publisher() {
            if (chunks.size() == 1) {
                return publisher(chunks.get(0));
            }
            return BodyPublishers.concat(chunks.stream().map(Encoded::publisher).toArray(BodyPublisher[]::new));
        }

        private static BodyPublisher publisher(Object chunk) {
            return chunk instanceof FileUpload file ? file.publisher() : BodyPublishers.ofByteArray((byte[]) chunk);
        }
    }

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
            Object chunk = content instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : content instanceof FileUpload ? content : ((byte[]) content).clone();
            return new Encoded(request.raw().mediaType(), List.of(chunk));
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
        List<Object> chunks = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> field : fields(form)) {
            Object value = field.getValue();
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(field.getKey())).append('"');
            if (value instanceof FileUpload file) {
                head.append("; filename=\"").append(quoted(file.filename())).append("\"\r\nContent-Type: ").append(file.contentType());
                out.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
                chunks.add(out.toByteArray());
                chunks.add(file);
                out.reset();
            } else {
                byte[] content;
                if (isText(value)) {
                    content = ParameterValues.format(value).getBytes(StandardCharsets.UTF_8);
                } else {
                    head.append("\r\nContent-Type: application/json");
                    content = json(request, value);
                }
                out.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
                out.writeBytes(content);
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        chunks.add(out.toByteArray());
        return new Encoded("multipart/form-data; boundary=" + boundary, chunks);
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
