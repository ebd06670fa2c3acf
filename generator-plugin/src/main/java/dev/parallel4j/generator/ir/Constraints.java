package dev.parallel4j.generator.ir;

import java.math.BigDecimal;

/**
 * The validation keywords of a schema, kept for Javadoc and for {@code validate()}. Each is {@code null} when
 * the document does not set it.
 *
 * @param minimum the inclusive or exclusive lower bound of a number
 * @param exclusiveMinimum whether {@code minimum} itself is excluded
 * @param maximum the upper bound of a number
 * @param exclusiveMaximum whether {@code maximum} itself is excluded
 * @param minLength the least length of a string
 * @param maxLength the greatest length of a string
 * @param pattern the regular expression a string must match
 * @param minItems the least size of an array
 * @param maxItems the greatest size of an array
 */
public record Constraints(
        BigDecimal minimum,
        boolean exclusiveMinimum,
        BigDecimal maximum,
        boolean exclusiveMaximum,
        Integer minLength,
        Integer maxLength,
        String pattern,
        Integer minItems,
        Integer maxItems) {
    /** No constraints. */
    public static final Constraints NONE = new Constraints(null, false, null, false, null, null, null, null, null);

    /** Whether no keyword is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
