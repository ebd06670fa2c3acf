package dev.parallel4j.generator.ir;

import java.util.List;

/**
 * One method of a service: an HTTP operation, or one of the response media types of an operation that has
 * several (a JSON method and a streaming method).
 *
 * @param methodName the Java method name, e.g. {@code create}
 * @param operationId the document's operationId, or {@code ""}
 * @param httpMethod e.g. {@code POST}
 * @param path the path template, e.g. {@code /v1beta/findall/runs/{findall_id}}
 * @param docs its Javadoc
 * @param parameters path parameters first (in path order), then the others in document order
 * @param body the request body, or {@code null}
 * @param result what a successful call returns
 * @param errors the error responses the document declares, by status
 * @param paramsClassName the name of the class holding the non-path parameters, or {@code null} if there are none
 * @param pagination how the operation pages, or {@code null} when it does not
 * @param streamProperty for the two methods of an operation that answers JSON or a stream, the boolean body
 *     property that asks for the stream (the streaming method sets it, the other clears it), or {@code null}
 * @param stream for an event stream, how it resumes and which of its events report a failure; {@code null} for
 *     other results
 */
public record OperationDef(
        String methodName,
        String operationId,
        String httpMethod,
        String path,
        Docs docs,
        List<ParameterDef> parameters,
        BodyDef body,
        ResultDef result,
        List<ErrorDef> errors,
        String paramsClassName,
        PaginationDef pagination,
        String streamProperty,
        StreamDef stream) {
    /** Copies the lists. */
    public OperationDef {
        parameters = List.copyOf(parameters);
        errors = List.copyOf(errors);
    }

    /**
     * A cursor-paginated list: the query parameter taking the cursor, and the response properties holding the next
     * cursor and the items.
     *
     * @param cursorParameter the query parameter, e.g. {@code cursor}
     * @param nextCursor the response property, e.g. {@code next_cursor}
     * @param items the response property holding the page's items, a list
     * @param itemType the type of one item
     */
    public record PaginationDef(ParameterDef cursorParameter, PropertyDef nextCursor, PropertyDef items, TypeRef itemType) {}

    /**
     * What an event stream declares beyond the type of its events.
     *
     * @param resumeParameter the query parameter a dropped stream is resumed with, or {@code null} when it cannot
     *     resume
     * @param eventIdProperty the top-level JSON property holding each event's id, or {@code null} when ids come in
     *     SSE {@code id} fields
     * @param errorEvents the event types that report a failure, in the order the events declare them
     */
    public record StreamDef(ParameterDef resumeParameter, String eventIdProperty, List<ErrorEventDef> errorEvents) {
        /** Copies the list. */
        public StreamDef {
            errorEvents = List.copyOf(errorEvents);
        }
    }

    /**
     * Events of a type that report a failure.
     *
     * @param type the event type
     * @param error its property holding the error object
     */
    public record ErrorEventDef(TypeName type, PropertyDef error) {}

    /** The path parameters, in path order. */
    public List<ParameterDef> pathParameters() {
        return parameters.stream().filter(p -> p.location() == ParameterDef.Location.PATH).toList();
    }

    /** The query, header and cookie parameters, which live in the params class. */
    public List<ParameterDef> otherParameters() {
        return parameters.stream().filter(p -> p.location() != ParameterDef.Location.PATH).toList();
    }

    /**
     * The request body.
     *
     * @param type its Java type
     * @param required whether the call must send it
     * @param docs its Javadoc
     * @param encoding how it is sent
     * @param mediaType the media type the document gives it, e.g. {@code multipart/form-data}
     */
    public record BodyDef(TypeRef type, boolean required, Docs docs, BodyEncoding encoding, String mediaType) {}

    /** How a request body is sent. */
    public enum BodyEncoding {
        /** As JSON. */
        JSON,
        /** As {@code multipart/form-data}, one part per property. */
        MULTIPART,
        /** As {@code application/x-www-form-urlencoded}, one field per property. */
        FORM,
        /** As it is: text or bytes with the document's media type. */
        RAW
    }

    /**
     * What a successful call returns.
     *
     * @param kind how the body is delivered
     * @param type the type of the body, or of each event; {@code null} for {@link ResultKind#NONE}
     * @param docs the response's description
     * @param mediaType the media type of a {@link ResultKind#TEXT} or {@link ResultKind#BINARY} body, else {@code ""}
     */
    public record ResultDef(ResultKind kind, TypeRef type, Docs docs, String mediaType) {}

    /** How a success body is delivered. */
    public enum ResultKind {
        /** One JSON document. */
        JSON,
        /** A Server-Sent Events stream of JSON events. */
        EVENT_STREAM,
        /** Text of another media type (CSV, SDP, ...), returned as a {@code String}. */
        TEXT,
        /** Bytes of another media type (an image, an archive, ...), returned as a {@code byte[]}. */
        BINARY,
        /** No body. */
        NONE
    }

    /**
     * An error response the document declares.
     *
     * @param status {@code "404"}, {@code "4XX"} or {@code "default"}
     * @param type the body's type, or {@code null} when it has no JSON schema
     * @param docs the response's description
     */
    public record ErrorDef(String status, TypeRef type, Docs docs) {}
}
