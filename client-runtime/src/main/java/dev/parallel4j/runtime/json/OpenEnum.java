package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every generated open enum: a string value that is one of the constants the document lists, or any
 * other string the server sends later.
 *
 * <p>Servers add enum values without notice; a closed Java {@code enum} would make such a response fail to
 * parse. An open enum keeps the unknown text verbatim and writes it back unchanged. {@link #value()} maps the
 * known values to a Java {@code enum} for {@code switch}, with one extra constant for everything else.
 *
 * @param <V> the Java {@code enum} naming the known values
 */
public abstract class OpenEnum<V extends Enum<V>> {
    private final String text;
    private final V value;

    /**
     * Creates a value.
     *
     * @param text the exact string on the wire
     * @param value the matching known constant, or the subclass's constant for unknown values
     */
    protected OpenEnum(String text, V value) {
        this.text = Objects.requireNonNull(text, "text");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * The exact string on the wire.
     *
     * @return the text the server sent or the client writes, unchanged
     */
    @JsonValue
    public final String asString() {
        return text;
    }

    /**
     * The known constant this value stands for, or the unknown marker.
     *
     * @return the matching constant of {@code V}, or the subclass's constant for unknown values
     */
    public final V value() {
        return value;
    }

    /**
     * Whether the document lists this value.
     *
     * @return {@code true} for one of the known constants, {@code false} for text the document does not list
     */
    public abstract boolean isKnown();

    /**
     * Indexes the known constants of a subclass by their wire text.
     *
     * @param constants the known constants, in declaration order
     * @param <E> the subclass
     * @return an unmodifiable map from each constant's wire text to the constant
     * @throws IllegalArgumentException if two constants share a wire text
     */
    @SafeVarargs
    protected static <E extends OpenEnum<?>> Map<String, E> index(E... constants) {
        Map<String, E> byText = new LinkedHashMap<>();
        for (E constant : constants) {
            if (byText.put(constant.asString(), constant) != null) {
                throw new IllegalArgumentException("Duplicate enum value " + constant.asString());
            }
        }
        return Map.copyOf(byText);
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && text.equals(((OpenEnum<?>) other).text);
    }

    @Override
    public final int hashCode() {
        return text.hashCode();
    }

    @Override
    public final String toString() {
        return text;
    }
}
