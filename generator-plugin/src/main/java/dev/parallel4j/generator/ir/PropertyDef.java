package dev.parallel4j.generator.ir;

/**
 * A property of an object model.
 *
 * @param jsonName the name on the wire
 * @param javaName the accessor and builder method name
 * @param type its Java type (never nullable itself: see {@code nullable})
 * @param required whether the document lists it as required
 * @param nullable whether JSON {@code null} is an allowed value
 * @param docs its Javadoc
 * @param defaultValue the document's default as a plain Java value (String, Number, Boolean, List, Map), or
 *     {@code null}
 * @param constant the value the document fixes with {@code const} (or a one-value enum with {@code const}), or
 *     {@code null}
 * @param secret whether its value must not appear in {@code toString()} ({@code format: password}, or a map of
 *     such values)
 * @param constraints its validation keywords
 */
public record PropertyDef(
        String jsonName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        Docs docs,
        Object defaultValue,
        String constant,
        boolean secret,
        Constraints constraints) {

    /** Whether a present-but-missing value falls back to the document's default in the accessor. */
    public boolean hasDefault() {
        return defaultValue != null && constant == null;
    }
}
