package dev.parallel4j.runtime.client;

import dev.parallel4j.runtime.json.OpenEnum;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How parameter values become text in a path, query string or header, following OpenAPI's default styles. */
public final class ParameterValues {
    private ParameterValues() {}

    /**
     * The text of one value: open enums by their wire string, floating-point numbers without a needless
     * {@code .0}, everything else by {@code toString()} (ISO-8601 for dates).
     *
     * @param value the value; not {@code null}
     * @return the value's text
     * @throws IllegalArgumentException if the value is a NaN or infinite floating-point number
     */
    public static String format(Object value) {
        if (value instanceof OpenEnum<?> e) {
            return e.asString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("A parameter cannot be " + d);
            }
            BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        }
        return value.toString();
    }

    /**
     * The {@code simple} style of headers and paths: a list becomes its elements joined with commas.
     *
     * @param value the value, a list of values, or {@code null}
     * @return the text, or {@code null} for {@code null} or an empty list (the parameter is left out)
     */
    public static String simple(Object value) {
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : values.stream().map(ParameterValues::format).collect(Collectors.joining(","));
        }
        return value == null ? null : format(value);
    }

    /** Time allowed beyond a wait the server was asked for, for the answer to cross the network. */
    static final Duration WAIT_MARGIN = Duration.ofSeconds(30);

    /**
     * How long a call may take when the caller asked the server to wait up to {@code seconds} before answering (a
     * long-poll {@code timeout} parameter): that wait plus a margin.
     *
     * @param seconds the wait the server was asked for, in seconds; a negative one counts as zero
     * @return the wait plus 30 seconds, the shortest timeout the call may be given
     */
    public static Duration serverWait(Number seconds) {
        long millis = Math.round(seconds.doubleValue() * 1000);
        return Duration.ofMillis(Math.max(millis, 0)).plus(WAIT_MARGIN);
    }

    /**
     * The values of a list parameter whose document says user values extend a default
     * ({@code x-stainless-extend-default}): the defaults first, then the caller's, each once.
     *
     * @param <T> the list's elements
     * @param defaults the default values the document lists
     * @param values the caller's values, or {@code null} for none
     * @return a new list of the defaults followed by the caller's values not among them, without duplicates
     */
    public static <T> List<T> extendDefault(List<T> defaults, List<T> values) {
        Set<T> merged = new LinkedHashSet<>(defaults);
        if (values != null) {
            merged.addAll(values);
        }
        return new ArrayList<>(merged);
    }
}
