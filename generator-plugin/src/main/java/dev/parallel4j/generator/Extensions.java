package dev.parallel4j.generator;

/**
 * parallel4j's own OpenAPI extensions, which a document or an overlay can use to steer the generated Java.
 * {@code x-stainless-override-schema} is translated into these on load.
 */
public final class Extensions {
    /** On an operation, tag, schema, property or parameter: the Java name to use. */
    public static final String NAME = "x-parallel4j-name";
    /**
     * On an inline schema: the name of the Java type it becomes. Inline schemas given the same name that are equal
     * become one type.
     */
    public static final String TYPE_NAME = "x-parallel4j-type-name";
    /** On an operation: the service (by tag name) it belongs to, overriding its first tag. */
    public static final String SERVICE = "x-parallel4j-service";
    /** On a list parameter's schema: values the caller gives are added to the schema's default. */
    public static final String EXTEND_DEFAULT = "x-parallel4j-extend-default";
    /**
     * On a numeric query parameter: it asks the server to wait up to that many seconds before answering (a long
     * poll), so the call's timeout is stretched to outlast the wait.
     */
    public static final String SERVER_WAIT = "x-parallel4j-server-wait";
    /**
     * On an operation: how it pages, as {@code {cursorParameter, nextCursor, items}} (a query parameter and two
     * response properties), when the {@code cursor}/{@code next_cursor} convention does not apply.
     */
    public static final String PAGINATION = "x-parallel4j-pagination";
    /**
     * On an event-stream operation: how it resumes after a dropped connection, as {@code {parameter, eventId}}: the
     * query parameter that takes the last event's id, and the top-level property of each event's JSON holding that
     * id ({@code eventId} may be left out when ids come in SSE {@code id} fields).
     */
    public static final String RESUME = "x-parallel4j-resume";
    /**
     * On an object schema: events of this schema in a stream report a failure; the value names the property holding
     * the error object. Iterating the stream raises an exception carrying it, rather than delivering the event.
     */
    public static final String ERROR_EVENT = "x-parallel4j-error-event";
    /**
     * On an operation reading a resource: adds a method waiting for the resource to finish, as {@code {name, events,
     * until, streamTimeout, description}}: the method's name, the operationId of the resource's event stream, the
     * finishing condition ({@code <property.path> == <value>} or {@code !=}, e.g. {@code status.is_active == false}),
     * optionally the query parameter of the stream that bounds it in seconds, and optionally its Javadoc. The method
     * follows the stream until an event carries the resource (the event property typed as this operation's result)
     * in a final state, and polls this operation when the stream is unavailable.
     */
    public static final String WAITER = "x-parallel4j-waiter";

    private Extensions() {}
}
