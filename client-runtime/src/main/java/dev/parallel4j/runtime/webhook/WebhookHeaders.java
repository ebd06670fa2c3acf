package dev.parallel4j.runtime.webhook;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The headers of a webhook delivery, looked up by name ignoring case, from whatever the receiving framework
 * offers: a map of names to values (the JDK HTTP server's {@code Headers}, a Spring {@code MultiValueMap}), a
 * {@link HttpHeaders}, or a function from a name to its value such as a servlet's {@code request::getHeader} or
 * Spring's {@code httpHeaders::getFirst}.
 */
public final class WebhookHeaders {
    private final Function<String, List<String>> lookup;

    private WebhookHeaders(Function<String, List<String>> lookup) {
        this.lookup = lookup;
    }

    /**
     * Headers held in a map from names to their values. Names that differ only in case are one header; a
     * {@code null} name (the status line of some HTTP libraries) is ignored. The map is copied.
     *
     * @param headers the header values by name
     * @return the headers
     */
    public static WebhookHeaders of(Map<String, ? extends Collection<String>> headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                List<String> all = byName.computeIfAbsent(name, k -> new ArrayList<>());
                values.stream().filter(Objects::nonNull).forEach(all::add);
            }
        });
        return new WebhookHeaders(name -> List.copyOf(byName.getOrDefault(name, List.of())));
    }

    /**
     * Headers of a JDK {@link HttpHeaders}, which already ignores case.
     *
     * @param headers the JDK headers of the delivery
     * @return the headers, read through {@code headers}
     */
    public static WebhookHeaders of(HttpHeaders headers) {
        Objects.requireNonNull(headers, "headers");
        return new WebhookHeaders(headers::allValues);
    }

    /**
     * Headers read through a function from a header name to its value, or {@code null} when absent. It is asked
     * for lower-case names ({@code webhook-id}), so it must ignore case as servlet's {@code getHeader} and Spring's
     * header maps do.
     *
     * @param lookup gives a header's value by name, e.g. a servlet's {@code request::getHeader}
     * @return the headers, read through {@code lookup}
     */
    public static WebhookHeaders of(Function<String, String> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return new WebhookHeaders(name -> {
            String value = lookup.apply(name);
            return value == null ? List.of() : List.of(value);
        });
    }

    /**
     * Every value of a header, in the order received; empty when the delivery does not have it.
     *
     * @param name the header's name in any case, e.g. {@code webhook-id}
     * @return the header's values, or an empty list
     */
    public List<String> values(String name) {
        List<String> values = lookup.apply(name.toLowerCase(Locale.ROOT));
        return values == null ? List.of() : values;
    }
}
