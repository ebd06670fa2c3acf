package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.translate.Pointers.child;

import dev.parallel4j.generator.Extensions;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.EnumDef;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.OperationDef.ResultKind;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.ParameterDef.Location;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.WaiterDef;
import dev.parallel4j.generator.ir.WaiterDef.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code x-parallel4j-waiter} on an operation that reads a resource into a {@link WaiterDef}: it finds the
 * resource's event stream by operationId among the service's operations, the event that carries the resource, and
 * the property path of the finishing condition, and refuses, naming where it is written, whatever would not give a
 * working method.
 */
final class WaiterTranslator {
    private static final Pattern CONDITION = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*(==|!=)\\s*(.+?)\\s*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Set<ScalarKind> SECONDS = Set.of(ScalarKind.DOUBLE, ScalarKind.FLOAT, ScalarKind.INT64, ScalarKind.INT32);

    private final SchemaTranslator schemas;
    private final Problems problems;

    WaiterTranslator(SchemaTranslator schemas, Problems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    /**
     * Translates a waiter declaration.
     *
     * @param declared the extension's value
     * @param retrieve the operation it is declared on
     * @param operations every operation of the service, to find the event stream in
     * @param pointer where the extension is written
     */
    WaiterDef translate(Object declared, OperationDef retrieve, List<OperationDef> operations, String pointer) {
        if (!(declared instanceof Map<?, ?> settings) || !(settings.get("name") instanceof String name)
                || !(settings.get("events") instanceof String eventsId) || !(settings.get("until") instanceof String until)) {
            throw problems.at(pointer, Extensions.WAITER + " needs 'name' (the method), 'events' (the operationId of the"
                    + " event stream) and 'until' (the finishing condition, e.g. status.is_active == false)");
        }
        if (operations.stream().anyMatch(op -> op.methodName().equals(name)) || !Naming.memberName(name).equals(name)) {
            throw problems.at(pointer, Extensions.WAITER + " names the method '" + name + "', which is taken or not a Java name");
        }
        ObjectDef resource = resource(retrieve, pointer);
        OperationDef events = operations.stream()
                .filter(op -> op.operationId().equals(eventsId) && op.result().kind() == ResultKind.EVENT_STREAM)
                .findFirst()
                .orElseThrow(() -> problems.at(pointer, Extensions.WAITER + " names the event stream '" + eventsId
                        + "', which is no event-stream operation of this service"));
        checkCallable(events, retrieve, pointer);
        PropertyCarrier carrier = carrier(events, retrieve.result().type(), pointer);
        ParameterDef streamTimeout = streamTimeout(settings.get("streamTimeout"), events, pointer);
        Object description = settings.get("description");
        return new WaiterDef(name, Docs.of(description instanceof String text ? text : ""), retrieve.methodName(),
                events.methodName(), carrier.event().name(), carrier.property(), condition(until, resource, pointer),
                streamTimeout);
    }

    /** The resource the retrieve operation returns, which it must read without a body or required parameters. */
    private ObjectDef resource(OperationDef retrieve, String pointer) {
        if (retrieve.result().kind() != ResultKind.JSON || !(retrieve.result().type() instanceof TypeRef.Named named)
                || !(schemas.definition(named.name()) instanceof ObjectDef resource)) {
            throw problems.at(pointer, Extensions.WAITER + " belongs on an operation that returns the resource as a JSON object");
        }
        checkCallable(retrieve, retrieve, pointer);
        return resource;
    }

    /** A waiter calls the operation with the retrieve operation's path parameters only. */
    private void checkCallable(OperationDef operation, OperationDef retrieve, String pointer) {
        boolean pathKnown = operation.pathParameters().stream()
                .allMatch(p -> retrieve.pathParameters().stream().anyMatch(r -> r.wireName().equals(p.wireName())));
        if (operation.body() != null || !pathKnown || operation.otherParameters().stream().anyMatch(ParameterDef::required)) {
            throw problems.at(pointer, Extensions.WAITER + " calls " + operation.methodName() + " with the path parameters of "
                    + retrieve.methodName() + " only, so it must take no body and no other required parameter");
        }
    }

    /** An event type and its property holding the resource. */
    private record PropertyCarrier(ObjectDef event, PropertyDef property) {}

    /** The one event of the stream with a property typed as the resource. */
    private PropertyCarrier carrier(OperationDef events, TypeRef resource, String pointer) {
        List<ObjectDef> objects = new ArrayList<>();
        if (events.result().type() instanceof TypeRef.Named named) {
            TypeDef definition = schemas.definition(named.name());
            if (definition instanceof ObjectDef object) {
                objects.add(object);
            } else if (definition instanceof UnionDef union) {
                for (UnionDef.Variant variant : union.variants()) {
                    if (variant.type() instanceof TypeRef.Named type && schemas.definition(type.name()) instanceof ObjectDef object) {
                        objects.add(object);
                    }
                }
            }
        }
        List<PropertyCarrier> carriers = new ArrayList<>();
        for (ObjectDef object : objects) {
            object.properties().stream().filter(p -> p.type().equals(resource))
                    .forEach(p -> carriers.add(new PropertyCarrier(object, p)));
        }
        if (carriers.size() != 1) {
            throw problems.at(pointer, Extensions.WAITER + " follows the events of " + events.methodName() + ", and "
                    + carriers.size() + " of their properties hold the resource " + resource
                    + "; the waiter needs exactly one");
        }
        return carriers.get(0);
    }

    private ParameterDef streamTimeout(Object declared, OperationDef events, String pointer) {
        if (declared == null) {
            return null;
        }
        return events.otherParameters().stream()
                .filter(p -> p.location() == Location.QUERY && p.wireName().equals(declared)
                        && p.type() instanceof TypeRef.Scalar scalar && SECONDS.contains(scalar.kind()))
                .findFirst()
                .orElseThrow(() -> problems.at(pointer, Extensions.WAITER + " names the stream timeout '" + declared
                        + "', which is no numeric query parameter of " + events.methodName()));
    }

    /** Parses {@code a.b == value}, checking every property is always present and the value fits the last one. */
    private Condition condition(String text, ObjectDef resource, String pointer) {
        Matcher m = CONDITION.matcher(text);
        if (!m.matches()) {
            throw problems.at(pointer, Extensions.WAITER + " has the condition '" + text
                    + "'; write <property.path> == <value> or != (e.g. status.is_active == false)");
        }
        List<PropertyDef> path = new ArrayList<>();
        ObjectDef current = resource;
        String[] names = m.group(1).split("\\.");
        for (int i = 0; i < names.length; i++) {
            String jsonName = names[i];
            ObjectDef in = current;
            PropertyDef property = in == null ? null : in.properties().stream()
                    .filter(p -> p.jsonName().equals(jsonName)).findFirst().orElse(null);
            if (property == null) {
                throw problems.at(pointer, Extensions.WAITER + " tests '" + m.group(1) + "', but '" + jsonName
                        + "' is no property there");
            }
            boolean alwaysThere = property.constant() != null || !property.nullable() && (property.required() || property.hasDefault());
            if (!alwaysThere) {
                throw problems.at(pointer, Extensions.WAITER + " tests '" + m.group(1) + "', but '" + jsonName
                        + "' may be absent; the condition needs properties that are always there");
            }
            path.add(property);
            current = property.type() instanceof TypeRef.Named named && schemas.definition(named.name()) instanceof ObjectDef o
                    ? o : null;
        }
        Object value = value(m.group(3), path.get(path.size() - 1), text, pointer);
        return new Condition(text.strip(), path, m.group(2).equals("=="), value);
    }

    /** The literal as a Boolean, Long or String, as the tested property's type requires. */
    private Object value(String literal, PropertyDef property, String text, String pointer) {
        TypeRef type = property.type();
        if (type.equals(TypeRef.scalar(ScalarKind.BOOLEAN)) && (literal.equals("true") || literal.equals("false"))) {
            return Boolean.valueOf(literal);
        }
        boolean integer = type.equals(TypeRef.scalar(ScalarKind.INT64)) || type.equals(TypeRef.scalar(ScalarKind.INT32));
        if (integer && INTEGER.matcher(literal).matches()) {
            return Long.valueOf(literal);
        }
        boolean textual = type.equals(TypeRef.scalar(ScalarKind.STRING))
                || type instanceof TypeRef.Named named && schemas.definition(named.name()) instanceof EnumDef;
        if (textual) {
            return literal.length() >= 2 && (literal.startsWith("'") && literal.endsWith("'") || literal.startsWith("\"")
                    && literal.endsWith("\"")) ? literal.substring(1, literal.length() - 1) : literal;
        }
        throw problems.at(pointer, Extensions.WAITER + " has the condition '" + text + "', whose value does not fit '"
                + property.jsonName() + "'; a condition tests a boolean, an integer, a string or an enum");
    }

    /** Where the extension of an operation is written. */
    static String pointer(String path, String method) {
        return child("/paths", path, method.toLowerCase(Locale.ROOT), Extensions.WAITER);
    }
}
