package dev.parallel4j.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A webhook delivery recorded under {@code src/test/resources/webhooks/<name>.http}: the request line, the headers,
 * a blank line and the body, whose last line break ends the file and is not part of the body (see the README
 * there).
 *
 * @param name the file name without {@code .http}
 * @param headers the headers in file order, by name as written
 * @param body the body, exactly the bytes the signatures cover
 */
public record RecordedDelivery(String name, Map<String, List<String>> headers, String body) {
    /** Copies the headers. */
    public RecordedDelivery {
        headers = Map.copyOf(headers);
    }

    /** Reads a recorded delivery. */
    public static RecordedDelivery load(String name) {
        String text = read("/webhooks/" + name + ".http");
        int blank = text.indexOf("\n\n");
        if (blank < 0 || !text.endsWith("\n")) {
            throw new IllegalStateException(name + ".http: expected headers, a blank line, then the body and a final line break");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String[] lines = text.substring(0, blank).split("\n");
        for (int i = 1; i < lines.length; i++) { // line 0 is the request line
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon), k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
        }
        return new RecordedDelivery(name, headers, text.substring(blank + 2, text.length() - 1));
    }

    /** The same delivery with a header replaced, or removed when {@code value} is {@code null}. */
    public RecordedDelivery withHeader(String header, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        changed.remove(header);
        if (value != null) {
            changed.put(header, List.of(value));
        }
        return new RecordedDelivery(name, changed, body);
    }

    /** The same delivery with another body. */
    public RecordedDelivery withBody(String changed) {
        return new RecordedDelivery(name, headers, changed);
    }

    /** The first value of a header. */
    public String header(String header) {
        return headers.get(header).get(0);
    }

    private static String read(String resource) {
        try (InputStream in = RecordedDelivery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded delivery " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
