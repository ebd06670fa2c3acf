package dev.parallel4j.generator.ir;

/**
 * The client entry point.
 *
 * @param className e.g. {@code ParallelClient}
 * @param docs its Javadoc (from the document's info)
 * @param defaultBaseUrl the first server URL, or {@code ""} when the document names none
 * @param envPrefix the prefix of its environment variables, e.g. {@code PARALLEL} for {@code PARALLEL_API_KEY}
 * @param auth how it authenticates
 */
public record ClientDef(String className, Docs docs, String defaultBaseUrl, String envPrefix, AuthDef auth) {

    /**
     * The security scheme the client applies to every call.
     *
     * @param kind the kind of credential
     * @param name the header or query parameter name for API keys, else {@code ""}
     * @param schemeName the scheme's name in the document
     */
    public record AuthDef(AuthKind kind, String name, String schemeName) {}

    /** The kinds of credential a client can send. */
    public enum AuthKind {
        /** An API key in a header. */
        API_KEY_HEADER,
        /** An API key in the query string. */
        API_KEY_QUERY,
        /** {@code Authorization: Bearer}. */
        BEARER,
        /** {@code Authorization: Basic}. */
        BASIC,
        /** None. */
        NONE
    }
}
