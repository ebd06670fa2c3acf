package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.translate.Pointers.child;

import dev.parallel4j.generator.Extensions;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.OperationDef.BodyDef;
import dev.parallel4j.generator.ir.OperationDef.BodyEncoding;
import dev.parallel4j.generator.ir.OperationDef.ErrorDef;
import dev.parallel4j.generator.ir.OperationDef.ErrorEventDef;
import dev.parallel4j.generator.ir.OperationDef.PaginationDef;
import dev.parallel4j.generator.ir.OperationDef.ResultDef;
import dev.parallel4j.generator.ir.OperationDef.ResultKind;
import dev.parallel4j.generator.ir.OperationDef.StreamDef;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.ParameterDef.Location;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.translate.SchemaTranslator.Hint;
import dev.parallel4j.generator.translate.SchemaTranslator.Resolved;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one OpenAPI operation into the service methods it becomes: one, or two when its success response comes
 * both as JSON and as an event stream (the second named {@code <name>Streaming}).
 */
final class OperationTranslator {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern TEXT_APPLICATION_TYPE =
            Pattern.compile("application/((sdp|xml|yaml|x-yaml|csv|x-ndjson|javascript)|[a-z0-9.+-]*\\+xml)(;.*)?");
    private static final Pattern JSON_TYPE = Pattern.compile("application/([a-z0-9.+-]*\\+)?json(;.*)?");
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");
    /**
     * Names a path parameter, which becomes an argument of the service method, must not take: the method's other
     * arguments, its local {@code request}, and the service's field.
     */
    private static final Set<String> METHOD_ARGUMENTS = Set.of("body", "params", "options", "request", "executor");
    /** Methods every parameters class has, which its query, header and cookie parameters must not take. */
    private static final Set<String> PARAMS_MEMBERS = Set.of(
            "builder", "toBuilder", "build", "none", "equals", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");

    private final SchemaTranslator schemas;
    private final Components components;
    private final Problems problems;

    OperationTranslator(SchemaTranslator schemas, Components components, Problems problems) {
        this.schemas = schemas;
        this.components = components == null ? new Components() : components;
        this.problems = problems;
    }

    /**
     * Translates an operation.
     *
     * @param serviceBase the service name without {@code Service}, prefixing inline type names
     * @param methodName the name chosen for it
     * @param httpMethod upper case
     * @param path the path template
     * @param operation the operation
     * @param pathParameters parameters declared on the path item
     */
    List<OperationDef> translate(String serviceBase, String methodName, String httpMethod, String path, Operation operation,
            List<Parameter> pathParameters) {
        String pointer = child("/paths", path, httpMethod.toLowerCase(Locale.ROOT));
        String typePrefix = serviceBase + Naming.pascal(methodName);
        List<ParameterDef> parameters = parameters(path, operation, pathParameters, typePrefix, pointer);
        BodyDef body = body(operation.getRequestBody(), typePrefix, child(pointer, "requestBody"));
        Docs docs = new Docs(operation.getSummary(), operation.getDescription(), Boolean.TRUE.equals(operation.getDeprecated()));
        String operationId = operation.getOperationId() == null ? "" : operation.getOperationId();
        String paramsClass = parameters.stream().anyMatch(p -> p.location() != Location.PATH) ? typePrefix + "Params" : null;
        List<ErrorDef> errors = errors(operation, typePrefix, pointer);
        List<ResultDef> results = results(operation, serviceBase, methodName, pointer);
        List<OperationDef> methods = new ArrayList<>();
        for (ResultDef result : results) {
            boolean stream = result.kind() == ResultKind.EVENT_STREAM;
            boolean secondOfTwo = stream && results.size() == 2;
            PaginationDef pagination = httpMethod.equals("GET") && result.kind() == ResultKind.JSON
                    ? pagination(operation, parameters, result.type(), pointer) : null;
            methods.add(new OperationDef(secondOfTwo ? methodName + "Streaming" : methodName, operationId, httpMethod, path,
                    docs, parameters, body, result, errors, paramsClass, pagination, results.size() == 2 ? streamProperty(body) : null,
                    stream ? stream(operation, parameters, result.type(), pointer) : null));
        }
        if (extensions(operation).containsKey(Extensions.RESUME) && methods.stream().noneMatch(m -> m.stream() != null)) {
            throw problems.at(child(pointer, Extensions.RESUME), Extensions.RESUME
                    + " describes how an event stream resumes, and this operation answers no text/event-stream");
        }
        return methods;
    }

    // ---------------------------------------------------------------------------------------------------------
    // pagination and streaming

    /**
     * How a list operation pages: as {@code x-parallel4j-pagination} says, or by the common convention of a
     * {@code cursor} query parameter and a response with a {@code next_cursor} string and one list of items.
     */
    private PaginationDef pagination(Operation operation, List<ParameterDef> parameters, TypeRef resultType, String pointer) {
        ObjectDef response = resultType instanceof TypeRef.Named named && schemas.definition(named.name()) instanceof ObjectDef o ? o : null;
        Object declared = extensions(operation).get(Extensions.PAGINATION);
        if (declared instanceof Map<?, ?> settings) {
            String at = child(pointer, Extensions.PAGINATION);
            if (response == null) {
                throw problems.at(at, "pagination needs a JSON object response");
            }
            return pagination(response, parameters, String.valueOf(settings.get("cursorParameter")),
                    String.valueOf(settings.get("nextCursor")), String.valueOf(settings.get("items")), at);
        }
        if (response == null || parameters.stream().noneMatch(p -> p.location() == Location.QUERY && p.wireName().equals("cursor"))
                || response.properties().stream().noneMatch(p -> p.jsonName().equals("next_cursor"))) {
            return null;
        }
        List<PropertyDef> lists = response.properties().stream().filter(p -> p.type() instanceof TypeRef.ListOf).toList();
        if (lists.size() > 1) {
            lists = lists.stream().filter(p -> p.required() && !p.nullable()).toList(); // the items, not e.g. warnings
        }
        return lists.size() == 1 ? pagination(response, parameters, "cursor", "next_cursor", lists.get(0).jsonName(), pointer) : null;
    }

    private PaginationDef pagination(ObjectDef response, List<ParameterDef> parameters, String cursor, String next, String items,
            String pointer) {
        ParameterDef cursorParameter = parameters.stream()
                .filter(p -> p.location() == Location.QUERY && p.wireName().equals(cursor)).findFirst()
                .orElseThrow(() -> problems.at(pointer, "pagination names the cursor query parameter '" + cursor
                        + "', which the operation does not have"));
        PropertyDef nextCursor = property(response, next, pointer);
        PropertyDef list = property(response, items, pointer);
        if (!(list.type() instanceof TypeRef.ListOf itemList) || !(nextCursor.type() instanceof TypeRef.Scalar)) {
            throw problems.at(pointer, "pagination needs '" + items + "' to be a list and '" + next + "' a string in "
                    + response.name());
        }
        return new PaginationDef(cursorParameter, nextCursor, list, itemList.element());
    }

    private PropertyDef property(ObjectDef object, String jsonName, String pointer) {
        return object.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst()
                .orElseThrow(() -> problems.at(pointer, "pagination names the property '" + jsonName + "', which "
                        + object.name() + " does not have"));
    }

    /** The boolean body property that asks for a stream ({@code stream}), if the body has one. */
    private String streamProperty(BodyDef body) {
        if (body == null || !(body.type() instanceof TypeRef.Named named) || !(schemas.definition(named.name()) instanceof ObjectDef object)) {
            return null;
        }
        return object.properties().stream()
                .filter(p -> p.jsonName().equals("stream") && p.type().equals(TypeRef.scalar(TypeRef.ScalarKind.BOOLEAN)))
                .map(PropertyDef::javaName).findFirst().orElse(null);
    }

    /**
     * How an event stream resumes ({@code x-parallel4j-resume}) and which of its events report a failure (those whose
     * schema has {@code x-parallel4j-error-event}).
     */
    private StreamDef stream(Operation operation, List<ParameterDef> parameters, TypeRef eventType, String pointer) {
        List<ObjectDef> events = eventObjects(eventType);
        List<ErrorEventDef> errorEvents = new ArrayList<>();
        for (ObjectDef event : events) {
            PropertyDef error = schemas.errorProperty(event.name());
            if (error != null) {
                errorEvents.add(new ErrorEventDef(event.name(), error));
            }
        }
        Object declared = extensions(operation).get(Extensions.RESUME);
        if (declared == null) {
            return new StreamDef(null, null, errorEvents);
        }
        String at = child(pointer, Extensions.RESUME);
        if (!(declared instanceof Map<?, ?> settings) || !(settings.get("parameter") instanceof String name)) {
            throw problems.at(at, Extensions.RESUME + " needs 'parameter': the query parameter that takes the id of the last"
                    + " event received");
        }
        ParameterDef parameter = parameters.stream()
                .filter(p -> p.location() == Location.QUERY && p.wireName().equals(name) && p.type() instanceof TypeRef.Scalar)
                .findFirst()
                .orElseThrow(() -> problems.at(at, Extensions.RESUME + " names the query parameter '" + name
                        + "', which the operation does not have (or not as a string or number)"));
        Object eventId = settings.get("eventId");
        if (eventId != null && !(eventId instanceof String property
                && events.stream().anyMatch(e -> e.properties().stream().anyMatch(p -> p.jsonName().equals(property))))) {
            throw problems.at(at, Extensions.RESUME + " names the event property '" + eventId
                    + "', which no event of the stream declares");
        }
        return new StreamDef(parameter, (String) eventId, errorEvents);
    }

    /** The object types an event can be: the event type itself, or the object variants of a union. */
    private List<ObjectDef> eventObjects(TypeRef eventType) {
        if (!(eventType instanceof TypeRef.Named named)) {
            return List.of();
        }
        TypeDef definition = schemas.definition(named.name());
        if (definition instanceof ObjectDef object) {
            return List.of(object);
        }
        List<ObjectDef> objects = new ArrayList<>();
        if (definition instanceof UnionDef union) {
            for (UnionDef.Variant variant : union.variants()) {
                if (variant.type() instanceof TypeRef.Named type && schemas.definition(type.name()) instanceof ObjectDef object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    private static Map<String, Object> extensions(Operation operation) {
        return operation.getExtensions() == null ? Map.of() : operation.getExtensions();
    }

    // ---------------------------------------------------------------------------------------------------------
    // parameters

    private List<ParameterDef> parameters(String path, Operation operation, List<Parameter> pathLevel, String typePrefix, String pointer) {
        Map<String, Parameter> merged = new LinkedHashMap<>();
        Map<String, String> pointers = new LinkedHashMap<>();
        collect(pathLevel, child("/paths", path, "parameters"), merged, pointers);
        collect(operation.getParameters(), child(pointer, "parameters"), merged, pointers);

        List<ParameterDef> pathParams = new ArrayList<>();
        List<ParameterDef> others = new ArrayList<>();
        Set<String> javaNames = new HashSet<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        List<String> inPath = new ArrayList<>();
        while (m.find()) {
            inPath.add(m.group(1));
        }
        for (Map.Entry<String, Parameter> entry : merged.entrySet()) {
            Parameter parameter = entry.getValue();
            String at = pointers.get(entry.getKey());
            Location location = location(parameter.getIn(), at);
            if (location == Location.HEADER && IGNORED_HEADERS.contains(parameter.getName().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (location == Location.PATH && !inPath.contains(parameter.getName())) {
                throw problems.at(at, "path parameter '" + parameter.getName() + "' does not appear in the path " + path);
            }
            ParameterDef def = parameter(parameter, location, typePrefix, at, javaNames);
            (location == Location.PATH ? pathParams : others).add(def);
        }
        for (String name : inPath) {
            if (pathParams.stream().noneMatch(p -> p.wireName().equals(name))) {
                throw problems.at(pointer, "the path " + path + " has a parameter {" + name + "} that no parameter declares");
            }
        }
        pathParams.sort(Comparator.comparingInt(p -> inPath.indexOf(p.wireName())));
        List<ParameterDef> all = new ArrayList<>(pathParams);
        all.addAll(others);
        return all;
    }

    private void collect(List<Parameter> parameters, String pointer, Map<String, Parameter> merged, Map<String, String> pointers) {
        if (parameters == null) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            String at = child(pointer, String.valueOf(i));
            Parameter parameter = dereference(parameters.get(i), at);
            if (parameter.getName() == null || parameter.getIn() == null) {
                throw problems.at(at, "a parameter needs both 'name' and 'in'");
            }
            String key = parameter.getIn() + ":" + parameter.getName();
            merged.remove(key);
            merged.put(key, parameter);
            pointers.put(key, at);
        }
    }

    private Parameter dereference(Parameter parameter, String pointer) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String ref = parameter.get$ref();
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Parameter target = components.getParameters() == null ? null : components.getParameters().get(Pointers.unescape(name));
        if (!ref.startsWith("#/components/parameters/") || target == null) {
            throw problems.at(child(pointer, "$ref"), "parameter $ref '" + ref + "' points to no component parameter");
        }
        return target;
    }

    private ParameterDef parameter(Parameter parameter, Location location, String typePrefix, String pointer, Set<String> javaNames) {
        Schema<?> schema = parameter.getSchema();
        String schemaPointer = child(pointer, "schema");
        if (schema == null && parameter.getContent() != null && !parameter.getContent().isEmpty()) {
            Map.Entry<String, MediaType> first = parameter.getContent().entrySet().iterator().next();
            schema = first.getValue().getSchema();
            schemaPointer = child(pointer, "content", first.getKey(), "schema");
        }
        String chosen = extension(parameter.getExtensions(), Extensions.NAME);
        if (chosen == null && schema != null) {
            chosen = Schemas.extension(schema, Extensions.NAME);
        }
        String javaName = chosen != null ? chosen : Naming.memberName(parameter.getName());
        Set<String> reserved = location == Location.PATH ? METHOD_ARGUMENTS : PARAMS_MEMBERS;
        if (reserved.contains(javaName) || !javaNames.add(javaName)) {
            javaName = javaName + Naming.pascal(location.name().toLowerCase(Locale.ROOT));
            if (!javaNames.add(javaName)) {
                throw problems.at(pointer, "two parameters of this operation would both be named " + javaName);
            }
        }
        Resolved type = schemas.resolve(schema, new Hint(schemas.topLevel(), typePrefix + Naming.typeName(parameter.getName())), schemaPointer);
        boolean extendsDefault = schema != null && Schemas.flag(schema.getExtensions(), Extensions.EXTEND_DEFAULT);
        Object defaultValue = schema == null ? null : Defaults.plain(schema.getDefault());
        boolean required = location == Location.PATH || Boolean.TRUE.equals(parameter.getRequired());
        boolean serverWait = Schemas.flag(parameter.getExtensions(), Extensions.SERVER_WAIT);
        if (serverWait && (location != Location.QUERY || !(type.type() instanceof TypeRef.Scalar scalar) || !isNumber(scalar))) {
            throw problems.at(pointer, Extensions.SERVER_WAIT + " marks a number of seconds: it needs a numeric query parameter");
        }
        return new ParameterDef(parameter.getName(), javaName, location, type.type(), required,
                new Docs("", parameter.getDescription(), Boolean.TRUE.equals(parameter.getDeprecated())), defaultValue,
                extendsDefault, serverWait);
    }

    private static boolean isNumber(TypeRef.Scalar scalar) {
        return switch (scalar.kind()) {
            case INT32, INT64, FLOAT, DOUBLE -> true;
            default -> false;
        };
    }

    private Location location(String in, String pointer) {
        switch (in) {
            case "path":
                return Location.PATH;
            case "query":
                return Location.QUERY;
            case "header":
                return Location.HEADER;
            case "cookie":
                return Location.COOKIE;
            default:
                throw problems.at(child(pointer, "in"), "unknown parameter location '" + in + "'");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // body and responses

    private BodyDef body(RequestBody requestBody, String typePrefix, String pointer) {
        RequestBody body = dereference(requestBody, pointer);
        if (body == null) {
            return null;
        }
        Content content = body.getContent();
        if (content == null || content.isEmpty()) {
            return null;
        }
        boolean required = Boolean.TRUE.equals(body.getRequired());
        Docs docs = Docs.of(body.getDescription());
        String json = jsonMediaType(content);
        if (json != null) {
            Resolved type = schemas.resolve(content.get(json).getSchema(), new Hint(schemas.topLevel(), typePrefix + "Request"),
                    child(pointer, "content", json, "schema"));
            return new BodyDef(type.type(), required, docs, BodyEncoding.JSON, json);
        }
        for (String form : List.of("multipart/form-data", "application/x-www-form-urlencoded")) {
            if (content.containsKey(form)) {
                String at = child(pointer, "content", form, "schema");
                Resolved type = schemas.resolve(content.get(form).getSchema(), new Hint(schemas.topLevel(), typePrefix + "Request"), at);
                if (!(type.type() instanceof TypeRef.Named named) || !(schemas.definition(named.name()) instanceof ObjectDef)) {
                    throw problems.at(at, "a " + form + " body must be an object schema, one field per property");
                }
                return new BodyDef(type.type(), required, docs,
                        form.startsWith("multipart") ? BodyEncoding.MULTIPART : BodyEncoding.FORM, form);
            }
        }
        String raw = content.keySet().iterator().next();
        return new BodyDef(TypeRef.scalar(isText(raw) ? ScalarKind.STRING : ScalarKind.FILE), required, docs, BodyEncoding.RAW, raw);
    }

    /** A request body, or the component one its {@code $ref} names; {@code null} for none. */
    RequestBody dereference(RequestBody requestBody, String pointer) {
        if (requestBody == null || requestBody.get$ref() == null) {
            return requestBody;
        }
        String ref = requestBody.get$ref();
        RequestBody body = components.getRequestBodies() == null ? null
                : components.getRequestBodies().get(Pointers.unescape(ref.substring(ref.lastIndexOf('/') + 1)));
        if (body == null) {
            throw problems.at(child(pointer, "$ref"), "request body $ref '" + ref + "' points to nothing");
        }
        return body;
    }

    /** Whether a media type carries text (sent and read as a {@code String}) rather than bytes. */
    private static boolean isText(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || TEXT_APPLICATION_TYPE.matcher(type).matches();
    }

    private List<ResultDef> results(Operation operation, String serviceBase, String methodName, String pointer) {
        Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
        String success = responses.keySet().stream().filter(code -> code.startsWith("2")).sorted().findFirst().orElse(null);
        if (success == null) {
            return List.of(new ResultDef(ResultKind.NONE, null, Docs.NONE, ""));
        }
        String at = child(pointer, "responses", success);
        ApiResponse response = response(responses.get(success), at);
        Docs docs = Docs.of(response.getDescription());
        Content content = response.getContent();
        if (content == null || content.isEmpty()) {
            return List.of(new ResultDef(ResultKind.NONE, null, docs, ""));
        }
        List<ResultDef> results = new ArrayList<>();
        String json = jsonMediaType(content);
        if (json != null) {
            Resolved type = schemas.resolve(content.get(json).getSchema(),
                    new Hint(schemas.topLevel(), serviceBase + Naming.pascal(methodName) + "Response", docs),
                    child(at, "content", json, "schema"));
            results.add(new ResultDef(ResultKind.JSON, type.type(), docs, ""));
        }
        if (content.containsKey("text/event-stream")) {
            String eventName = serviceBase + Naming.singular(Naming.pascal(methodName)) + (json != null ? "StreamEvent" : "");
            Resolved type = schemas.resolve(content.get("text/event-stream").getSchema(),
                    new Hint(schemas.topLevel(), eventName, docs), child(at, "content", "text/event-stream", "schema"));
            results.add(new ResultDef(ResultKind.EVENT_STREAM, type.type(), docs, ""));
        }
        if (results.isEmpty()) {
            String raw = content.keySet().iterator().next();
            boolean text = isText(raw);
            results.add(new ResultDef(text ? ResultKind.TEXT : ResultKind.BINARY,
                    TypeRef.scalar(text ? ScalarKind.STRING : ScalarKind.BYTES), docs, raw));
        }
        return results;
    }

    private List<ErrorDef> errors(Operation operation, String typePrefix, String pointer) {
        List<ErrorDef> errors = new ArrayList<>();
        if (operation.getResponses() == null) {
            return errors;
        }
        for (Map.Entry<String, ApiResponse> entry : new TreeMap<>(operation.getResponses()).entrySet()) {
            String status = entry.getKey();
            if (status.startsWith("2") || status.startsWith("1") || status.startsWith("3")) {
                continue;
            }
            String at = child(pointer, "responses", status);
            ApiResponse response = response(entry.getValue(), at);
            String json = jsonMediaType(response.getContent());
            TypeRef type = json == null ? null : schemas.resolve(response.getContent().get(json).getSchema(),
                    new Hint(schemas.topLevel(), typePrefix + "Error" + Naming.typeName(status)), child(at, "content", json, "schema")).type();
            errors.add(new ErrorDef(status, type, Docs.of(response.getDescription())));
        }
        return errors;
    }

    private ApiResponse response(ApiResponse response, String pointer) {
        if (response.get$ref() == null) {
            return response;
        }
        String ref = response.get$ref();
        String name = Pointers.unescape(ref.substring(ref.lastIndexOf('/') + 1));
        ApiResponse target = components.getResponses() == null ? null : components.getResponses().get(name);
        if (target == null) {
            throw problems.at(child(pointer, "$ref"), "response $ref '" + ref + "' points to no component response");
        }
        return target;
    }

    /** The JSON media type among a content map: {@code application/json}, any {@code +json}, or {@code null}. */
    static String jsonMediaType(Content content) {
        if (content == null) {
            return null;
        }
        if (content.containsKey("application/json")) {
            return "application/json";
        }
        return content.keySet().stream()
                .filter(type -> JSON_TYPE.matcher(type.toLowerCase(Locale.ROOT)).matches())
                .sorted().findFirst().orElse(null);
    }

    private static String extension(Map<String, Object> extensions, String name) {
        Object value = extensions == null ? null : extensions.get(name);
        return value instanceof String s ? s : null;
    }
}
