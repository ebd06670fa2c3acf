package dev.parallel4j.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.ir.WaiterDef;
import dev.parallel4j.generator.ir.WaiterDef.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes the waiting methods of a service ({@code findAll().awaitCompletion(runId)}): each hands the runtime's
 * {@code Waiter} the calls of its resource (the retrieve method, the events method bounded by the time left, the
 * event carrying the resource) and its finishing condition, with shorter overloads for the default options and no
 * progress callback.
 */
final class WaiterEmitter {
    private static final ClassName WAITER = ClassName.get("dev.parallel4j.runtime.wait", "Waiter");
    private static final ClassName WAIT_TARGET = ClassName.get("dev.parallel4j.runtime.wait", "WaitTarget");
    private static final ClassName WAIT_OPTIONS = ClassName.get("dev.parallel4j.runtime.wait", "WaitOptions");

    private final JavaTypes types;
    private final PropertyAccess access;
    private final String servicePackage;

    WaiterEmitter(JavaTypes types, PropertyAccess access, String servicePackage) {
        this.types = types;
        this.access = access;
        this.servicePackage = servicePackage;
    }

    /** The full method and its two shorter overloads. */
    List<MethodSpec> methods(ServiceDef service, WaiterDef waiter) {
        OperationDef retrieve = operation(service, waiter.retrieveMethod());
        OperationDef events = operation(service, waiter.eventsMethod());
        TypeName resource = types.boxed(retrieve.result().type());
        List<ParameterSpec> ids = new ArrayList<>();
        StringBuilder idDocs = new StringBuilder();
        for (ParameterDef p : retrieve.pathParameters()) {
            ids.add(ParameterSpec.builder(types.unboxed(p.type()), p.javaName()).build());
            idDocs.append("@param ").append(p.javaName()).append(' ')
                    .append(Javadocs.inline(p.docs(), "the {@code " + Javadocs.escape(p.wireName()) + "} path parameter")).append('\n');
        }
        String resourceName = types.boxed(retrieve.result().type()) instanceof ClassName c ? c.simpleName() : "resource";
        String signature = waiter.methodName() + "(" + String.join(", ", ids.stream().map(p -> simpleName(p.type())).toList());
        ParameterSpec options = ParameterSpec.builder(WAIT_OPTIONS, "options").build();
        ParameterSpec onProgress = ParameterSpec.builder(
                ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(resource)), "onProgress").build();
        String returns = "@return the " + resourceName + " in its final state\n";

        MethodSpec full = MethodSpec.methodBuilder(waiter.methodName()).addModifiers(Modifier.PUBLIC).returns(resource)
                .addParameters(ids).addParameter(options).addParameter(onProgress)
                .addJavadoc("$L", javadoc(waiter, retrieve, events, resourceName) + "\n\n" + idDocs
                        + "@param options how long to wait at most, how often to poll, whether to follow the stream\n"
                        + "@param onProgress called with the first " + resourceName + " seen and with each change to it\n"
                        + returns
                        + "@throws dev.parallel4j.runtime.error.WaitTimeoutException if it is not finished when the wait's time runs out\n"
                        + "@throws dev.parallel4j.runtime.error.ApiException if reading the " + resourceName + " fails\n")
                .addStatement("return $T.await(new $T<$T, $T>($L,\n$S,\n() -> $N($L),\n$L,\n$L,\n$L),\noptions, onProgress, executor().clock(), executor().sleeper())",
                        WAITER, WAIT_TARGET, resource, types.boxed(events.result().type()), description(service, waiter, ids),
                        waiter.until().text(), retrieve.methodName(), arguments(retrieve, retrieve), openEvents(waiter, retrieve, events),
                        snapshot(waiter, events), finished(waiter.until()))
                .build();
        MethodSpec withoutProgress = MethodSpec.methodBuilder(waiter.methodName()).addModifiers(Modifier.PUBLIC).returns(resource)
                .addParameters(ids).addParameter(options)
                .addJavadoc("$L", "As {@link #" + signature + ", WaitOptions, Consumer)} without progress reports.\n\n" + idDocs
                        + "@param options how long to wait at most, how often to poll, whether to follow the stream\n" + returns)
                .addStatement("return $N($L)", waiter.methodName(), arguments(ids, CodeBlock.of("options"), CodeBlock.of("state -> { }")))
                .build();
        MethodSpec withDefaults = MethodSpec.methodBuilder(waiter.methodName()).addModifiers(Modifier.PUBLIC).returns(resource)
                .addParameters(ids)
                .addJavadoc("$L", "As {@link #" + signature + ", WaitOptions, Consumer)} with {@link WaitOptions#defaults()}"
                        + " and without progress reports.\n\n" + idDocs + returns)
                .addStatement("return $N($L)", waiter.methodName(), arguments(ids, CodeBlock.of("$T.defaults()", WAIT_OPTIONS)))
                .build();
        return List.of(full, withoutProgress, withDefaults);
    }

    private String javadoc(WaiterDef waiter, OperationDef retrieve, OperationDef events, String resourceName) {
        String fallback = "Waits until the " + resourceName + " is finished.";
        return Javadocs.of(waiter.docs(), fallback) + "\n\n<p>Follows {@link #" + waiter.eventsMethod() + "} until an event carries a "
                + resourceName + " for which {@code " + Javadocs.escape(waiter.until().text()) + "}, and polls {@link #"
                + retrieve.methodName() + "} instead when the stream is unavailable, reports an error or ends first. "
                + (events.stream() != null && events.stream().resumeParameter() != null
                        ? "A dropped stream is resumed where it broke off. " : "")
                + "Nothing is left open when it returns or throws.";
    }

    /** {@code "findAll().awaitCompletion(" + findallId + ")"}, for messages. */
    private static CodeBlock description(ServiceDef service, WaiterDef waiter, List<ParameterSpec> ids) {
        String call = service.accessor() + "()." + waiter.methodName() + "(";
        if (ids.isEmpty()) {
            return CodeBlock.of("$S", call + ")");
        }
        List<CodeBlock> parts = new ArrayList<>();
        for (ParameterSpec id : ids) {
            parts.add(CodeBlock.of("$N", id));
        }
        return CodeBlock.of("$S + $L + $S", call, CodeBlock.join(parts, " + \", \" + "), ")");
    }

    /** The path arguments of a call, taken by wire name from the waiter's own parameters. */
    private static CodeBlock arguments(OperationDef call, OperationDef retrieve) {
        List<CodeBlock> args = new ArrayList<>();
        for (ParameterDef p : call.pathParameters()) {
            String own = retrieve.pathParameters().stream().filter(r -> r.wireName().equals(p.wireName())).findFirst()
                    .orElseThrow().javaName();
            args.add(CodeBlock.of("$N", own));
        }
        return CodeBlock.join(args, ", ");
    }

    /** {@code seconds -> events(id, Params.builder().timeout((double) seconds).build())}, or without the bound. */
    private CodeBlock openEvents(WaiterDef waiter, OperationDef retrieve, OperationDef events) {
        CodeBlock path = arguments(events, retrieve);
        ParameterDef bound = waiter.streamTimeout();
        if (bound == null) {
            return CodeBlock.of("seconds -> $N($L)", events.methodName(), path);
        }
        ScalarKind kind = ((TypeRef.Scalar) bound.type()).kind();
        CodeBlock seconds = switch (kind) {
            case DOUBLE -> CodeBlock.of("(double) seconds");
            case FLOAT -> CodeBlock.of("(float) seconds");
            case INT32 -> CodeBlock.of("(int) Math.min(seconds, Integer.MAX_VALUE)");
            default -> CodeBlock.of("seconds");
        };
        ClassName params = ClassName.get(servicePackage, events.paramsClassName());
        return CodeBlock.of("seconds -> $N($L$L$T.builder().$N($L).build())", events.methodName(), path,
                path.isEmpty() ? "" : ", ", params, bound.javaName(), seconds);
    }

    /**
     * {@code event -> event instanceof StatusEvent carrier ? carrier.data() : null}, or {@code event -> event.data()}
     * when every event carries the resource.
     */
    private CodeBlock snapshot(WaiterDef waiter, OperationDef events) {
        if (events.result().type().equals(new TypeRef.Named(waiter.carrier()))) {
            return CodeBlock.of("event -> $L", access.read(CodeBlock.of("event"), waiter.carrierProperty(), CodeBlock.of("null")));
        }
        return CodeBlock.of("event -> event instanceof $T carrier ? $L : null", types.className(waiter.carrier()),
                access.read(CodeBlock.of("carrier"), waiter.carrierProperty(), CodeBlock.of("null")));
    }

    /** {@code state -> !state.status().isActive()} and the like. */
    private CodeBlock finished(Condition until) {
        CodeBlock value = CodeBlock.of("state");
        for (PropertyDef p : until.path()) {
            value = CodeBlock.of("$L.$N()", value, p.javaName());
        }
        if (until.value() instanceof Boolean expected) {
            return CodeBlock.of("state -> $L$L", expected == until.equal() ? "" : "!", value);
        }
        if (until.value() instanceof Long number) {
            return CodeBlock.of("state -> $L $L $LL", value, until.equal() ? "==" : "!=", number);
        }
        PropertyDef tested = until.path().get(until.path().size() - 1);
        return CodeBlock.of("state -> $L$S.equals($L)", until.equal() ? "" : "!", until.value(),
                types.isEnum(tested.type()) ? CodeBlock.of("$L.asString()", value) : value);
    }

    private static OperationDef operation(ServiceDef service, String methodName) {
        return service.operations().stream().filter(op -> op.methodName().equals(methodName)).findFirst().orElseThrow();
    }

    /** The waiter's own parameters forwarded, then the rest. */
    private static CodeBlock arguments(List<ParameterSpec> ids, CodeBlock... rest) {
        List<CodeBlock> args = new ArrayList<>();
        ids.forEach(p -> args.add(CodeBlock.of("$N", p)));
        args.addAll(List.of(rest));
        return CodeBlock.join(args, ", ");
    }

    private static String simpleName(TypeName type) {
        return type instanceof ClassName c ? c.simpleName() : type.toString();
    }
}
