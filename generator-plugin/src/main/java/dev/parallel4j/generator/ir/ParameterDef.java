package dev.parallel4j.generator.ir;

/**
 * A path, query, header or cookie parameter of an operation.
 *
 * @param wireName the name on the wire, e.g. {@code parallel-beta}
 * @param javaName the Java name, e.g. {@code betas}
 * @param location where it is sent
 * @param type its Java type
 * @param required whether the call must set it
 * @param docs its Javadoc
 * @param defaultValue the document's default as a plain Java value, or {@code null}
 * @param extendsDefault whether values the caller gives are added to the default rather than replacing it
 *     (only for lists)
 * @param serverWait whether the value (or the default) is a time in seconds the server may hold the call open,
 *     which the call's timeout must outlast
 */
public record ParameterDef(
        String wireName,
        String javaName,
        Location location,
        TypeRef type,
        boolean required,
        Docs docs,
        Object defaultValue,
        boolean extendsDefault,
        boolean serverWait) {

    /** Where a parameter is sent. */
    public enum Location {
        /** In the path template. */
        PATH,
        /** In the query string. */
        QUERY,
        /** In a header. */
        HEADER,
        /** In the {@code Cookie} header. */
        COOKIE
    }
}
