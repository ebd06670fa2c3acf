package dev.parallel4j.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.ObjectDef;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.OperationDef.ErrorDef;
import dev.parallel4j.generator.ir.OperationDef.ErrorEventDef;
import dev.parallel4j.generator.ir.OperationDef.PaginationDef;
import dev.parallel4j.generator.ir.OperationDef.ResultKind;
import dev.parallel4j.generator.ir.OperationDef.StreamDef;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.WaiterDef;
import dev.parallel4j.generator.translate.Naming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes a service: one method per operation taking its path parameters, its body, its parameters class and
 * {@code RequestOptions}, with shorter overloads that leave the later ones at their defaults. Each method builds
 * an {@code ApiRequest} and hands it to the runtime with the operation's response table.
 */
final class ServiceEmitter {
    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("400", "BadRequestException"),
            Map.entry("401", "AuthenticationException"),
            Map.entry("402", "PaymentRequiredException"),
            Map.entry("403", "PermissionDeniedException"),
            Map.entry("404", "NotFoundException"),
            Map.entry("408", "RequestTimeoutException"),
            Map.entry("409", "ConflictException"),
            Map.entry("422", "UnprocessableEntityException"),
            Map.entry("429", "RateLimitException"));

    private final JavaTypes types;
    private final DefaultValues defaults;
    private final PropertyAccess access;
    private final Function<dev.parallel4j.generator.ir.TypeName, TypeDef> definitions;
    private final String servicePackage;
    private final WaiterEmitter waiters;

    ServiceEmitter(JavaTypes types, DefaultValues defaults, Function<dev.parallel4j.generator.ir.TypeName, TypeDef> definitions,
            String servicePackage) {
        this.types = types;
        this.definitions = definitions;
        this.defaults = defaults;
        this.access = new PropertyAccess(defaults);
        this.servicePackage = servicePackage;
        this.waiters = new WaiterEmitter(types, access, definitions, servicePackage);
    }

    TypeSpec emit(ServiceDef service) {
        ClassName name = ClassName.get(servicePackage, service.className());
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.generated())
                .addJavadoc("$L\n\n<p>Thread-safe; get it from the client rather than constructing it.\n",
                        Javadocs.of(service.docs(), "The " + Naming.pascal(service.accessor()) + " operations."))
                .addField(FieldSpec.builder(RuntimeTypes.REQUEST_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the service over a client's executor.\n\n@param executor sends the calls\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.REQUEST_EXECUTOR, "executor")
                        .addStatement("this.executor = executor")
                        .build());
        Map<String, String> defaultNames = defaultConstants(service, type);
        for (OperationDef operation : service.operations()) {
            type.addField(responseSpec(operation));
        }
        for (OperationDef operation : service.operations()) {
            methods(operation, defaultNames).forEach(type::addMethod);
        }
        for (WaiterDef waiter : service.waiters()) {
            waiters.methods(service, waiter).forEach(type::addMethod);
        }
        return type.build();
    }

    /**
     * Declares a constant for each default that caller values extend: {@code DEFAULT_BETAS} when every operation
     * shares it, {@code CREATE_DEFAULT_BETAS} otherwise.
     *
     * @return the constant's name by {@code method/parameter}
     */
    private Map<String, String> defaultConstants(ServiceDef service, TypeSpec.Builder type) {
        Map<String, Set<String>> distinct = new TreeMap<>();
        for (OperationDef operation : service.operations()) {
            for (ParameterDef p : operation.otherParameters()) {
                CodeBlock value = extendedDefault(p);
                if (value != null) {
                    distinct.computeIfAbsent(p.javaName(), k -> new TreeSet<>()).add(value.toString());
                }
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> declared = new TreeSet<>();
        for (OperationDef operation : service.operations()) {
            for (ParameterDef p : operation.otherParameters()) {
                CodeBlock value = extendedDefault(p);
                if (value == null) {
                    continue;
                }
                String constant = (distinct.get(p.javaName()).size() == 1 ? "" : Naming.constantName(operation.methodName()) + "_")
                        + "DEFAULT_" + Naming.constantName(p.javaName());
                names.put(operation.methodName() + "/" + p.javaName(), constant);
                if (declared.add(constant)) {
                    type.addField(FieldSpec.builder(types.boxed(p.type()), constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                            .initializer(value)
                            .build());
                }
            }
        }
        return names;
    }

    // ---------------------------------------------------------------------------------------------------------
    // methods

    private List<MethodSpec> methods(OperationDef operation, Map<String, String> defaultNames) {
        List<ParameterSpec> leading = new ArrayList<>();
        for (ParameterDef p : operation.pathParameters()) {
            leading.add(ParameterSpec.builder(types.unboxed(p.type()), p.javaName()).build());
        }
        if (operation.body() != null) {
            leading.add(ParameterSpec.builder(types.boxed(operation.body().type()), "body").build());
        }
        ClassName params = operation.paramsClassName() == null ? null : ClassName.get(servicePackage, operation.paramsClassName());
        ParameterSpec paramsArg = params == null ? null : ParameterSpec.builder(params, "params").build();
        ParameterSpec options = ParameterSpec.builder(RuntimeTypes.REQUEST_OPTIONS, "options").build();
        TypeName returns = returnType(operation);
        List<String> forwarded = leading.stream().map(ParameterSpec::name).toList();

        List<MethodSpec> methods = new ArrayList<>();
        MethodSpec.Builder full = method(operation, returns).addParameters(leading);
        if (paramsArg != null) {
            full.addParameter(paramsArg);
        }
        full.addParameter(options).addJavadoc("$L", javadoc(operation, paramsArg != null, true))
                .addCode(body(operation, returns, defaultNames));
        if (operation.otherParameters().stream().anyMatch(p -> p.docs().deprecated())) {
            // the request still sends a deprecated parameter the caller set; reading it is not a use to warn about
            full.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
        }
        methods.add(full.build());

        String fullSignature = signature(operation, paramsArg != null, true);
        CodeBlock noOptions = CodeBlock.of("$T.none()", RuntimeTypes.REQUEST_OPTIONS);
        if (paramsArg != null) {
            methods.add(overload(operation, returns, leading, List.of(paramsArg),
                    call(operation, forwarded, CodeBlock.of("params"), noOptions),
                    "As {@link #" + fullSignature + "} with the client's request options."));
            if (operation.otherParameters().stream().noneMatch(ParameterDef::required)) {
                methods.add(overload(operation, returns, leading, List.of(),
                        call(operation, forwarded, CodeBlock.of("$T.none()", params), noOptions),
                        "As {@link #" + fullSignature + "} with no parameters and the client's request options."));
            }
        } else {
            methods.add(overload(operation, returns, leading, List.of(), call(operation, forwarded, noOptions),
                    "As {@link #" + fullSignature + "} with the client's request options."));
        }
        return methods;
    }

    private MethodSpec overload(OperationDef operation, TypeName returns, List<ParameterSpec> leading, List<ParameterSpec> more,
            CodeBlock call, String doc) {
        MethodSpec.Builder method = method(operation, returns).addParameters(leading).addParameters(more);
        StringBuilder javadoc = new StringBuilder(doc).append("\n\n");
        for (ParameterSpec p : leading) {
            javadoc.append("@param ").append(p.name()).append(' ').append(paramDoc(operation, p.name())).append('\n');
        }
        for (ParameterSpec p : more) {
            javadoc.append("@param ").append(p.name()).append(" the query, header and cookie parameters\n");
        }
        if (!returns.equals(TypeName.VOID)) {
            javadoc.append("@return ").append(returnDoc(operation)).append('\n');
        }
        method.addJavadoc("$L", javadoc.toString());
        return method.addStatement(returns.equals(TypeName.VOID) ? "$L" : "return $L", call).build();
    }

    /** A call of the full method forwarding the leading arguments and filling in the rest. */
    private static CodeBlock call(OperationDef operation, List<String> leading, CodeBlock... rest) {
        List<CodeBlock> args = new ArrayList<>();
        leading.forEach(name -> args.add(CodeBlock.of("$N", name)));
        args.addAll(List.of(rest));
        return CodeBlock.of("$N($L)", operation.methodName(), CodeBlock.join(args, ", "));
    }

    private MethodSpec.Builder method(OperationDef operation, TypeName returns) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName()).addModifiers(Modifier.PUBLIC).returns(returns);
        if (operation.docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    private CodeBlock body(OperationDef operation, TypeName returns, Map<String, String> defaultNames) {
        CodeBlock.Builder request = CodeBlock.builder()
                .add("$T request = $T.builder($S, $S)", RuntimeTypes.API_REQUEST, RuntimeTypes.API_REQUEST,
                        operation.httpMethod(), operation.path())
                .indent()
                .indent();
        for (ParameterDef p : operation.pathParameters()) {
            request.add("\n.pathParam($S, $N)", p.wireName(), p.javaName());
        }
        for (ParameterDef p : operation.otherParameters()) {
            CodeBlock value = p.required() ? CodeBlock.of("params.$N()", p.javaName()) : CodeBlock.of("params.$N().orElse(null)", p.javaName());
            String defaultName = defaultNames.get(operation.methodName() + "/" + p.javaName());
            if (defaultName != null) {
                value = CodeBlock.of("$T.extendDefault($N, $L)", RuntimeTypes.PARAMETER_VALUES, defaultName, value);
            }
            String builderMethod = switch (p.location()) {
                case QUERY -> "query";
                case HEADER -> "header";
                default -> "cookie";
            };
            request.add("\n.$L($S, $L)", builderMethod, p.wireName(), value);
        }
        if (operation.body() != null) {
            request.add(requestBody(operation));
        }
        request.add("\n.build();\n").unindent().unindent();
        String options = "options";
        ParameterDef wait = operation.otherParameters().stream().filter(ParameterDef::serverWait).findFirst().orElse(null);
        if (wait != null) {
            request.addStatement("$T callOptions = $L", RuntimeTypes.REQUEST_OPTIONS, stretched(wait));
            options = "callOptions";
        }
        String spec = specConstant(operation);
        if (operation.pagination() != null) {
            request.add(page(operation, options));
        } else if (operation.result().kind() == ResultKind.EVENT_STREAM) {
            request.addStatement("return executor.stream(request, $N, $N)", spec, options);
        } else if (returns.equals(TypeName.VOID)) {
            request.addStatement("executor.execute(request, $N, $N)", spec, options);
        } else {
            request.addStatement("return executor.execute(request, $N, $N)", spec, options);
        }
        return request.build();
    }

    /** The builder call that sets the request's body, as JSON, a form, or raw content. */
    private CodeBlock requestBody(OperationDef operation) {
        OperationDef.BodyDef body = operation.body();
        switch (body.encoding()) {
            case MULTIPART:
            case FORM:
                CodeBlock.Builder form = CodeBlock.builder().add("\n.formBody($T.$L()", RuntimeTypes.FORM_BODY,
                        body.encoding() == OperationDef.BodyEncoding.MULTIPART ? "multipart" : "urlEncoded").indent().indent();
                ObjectDef model = (ObjectDef) definitions.apply(((TypeRef.Named) body.type()).name());
                for (PropertyDef property : model.properties()) {
                    form.add("\n.field($S, $L)", property.jsonName(), formValue(property));
                }
                return form.add("\n.build())").unindent().unindent().build();
            case RAW:
                return CodeBlock.of("\n.rawBody(body, $S)", body.mediaType());
            default:
                return operation.streamProperty() != null ? streamChoice(operation) : CodeBlock.of("\n.jsonBody(body)");
        }
    }

    /** The body of one of an operation's two methods, its stream property set to what that method reads. */
    private CodeBlock streamChoice(OperationDef operation) {
        String property = operation.streamProperty();
        if (operation.result().kind() == ResultKind.EVENT_STREAM) {
            return CodeBlock.of("\n.jsonBody(body.toBuilder().$N(true).build())", property);
        }
        ObjectDef model = (ObjectDef) definitions.apply(((TypeRef.Named) operation.body().type()).name());
        boolean required = model.properties().stream().anyMatch(p -> p.javaName().equals(property) && p.required());
        return required
                ? CodeBlock.of("\n.jsonBody(body.toBuilder().$N(false).build())", property)
                : CodeBlock.of("\n.jsonBody(body._$N().isMissing() ? body : body.toBuilder().$N($T.empty()).build())", property,
                        property, Optional.class);
    }

    /** A property of a form body as set by the caller: absent (and defaulted) properties are not sent. */
    private CodeBlock formValue(PropertyDef property) {
        ValueClass.Kind kind = access.kind(property);
        return kind == ValueClass.Kind.REQUIRED || kind == ValueClass.Kind.CONSTANT
                ? CodeBlock.of("body.$N()", property.javaName())
                : CodeBlock.of("body._$N().value().orElse(null)", property.javaName());
    }

    /** The call's options with a timeout that outlasts the wait a parameter asks the server for. */
    private CodeBlock stretched(ParameterDef wait) {
        CodeBlock fallback = defaults.of(wait.type(), wait.defaultValue());
        if (wait.required()) {
            return CodeBlock.of("options.withMinimumTimeout($T.serverWait(params.$N()))", RuntimeTypes.PARAMETER_VALUES, wait.javaName());
        }
        if (fallback != null) {
            return CodeBlock.of("options.withMinimumTimeout($T.serverWait(params.$N().orElse($L)))", RuntimeTypes.PARAMETER_VALUES,
                    wait.javaName(), fallback);
        }
        return CodeBlock.of("params.$N().map($T::serverWait).map(options::withMinimumTimeout).orElse(options)", wait.javaName(),
                RuntimeTypes.PARAMETER_VALUES);
    }

    // ---------------------------------------------------------------------------------------------------------
    // response tables and defaults

    private FieldSpec responseSpec(OperationDef operation) {
        TypeName body = successType(operation);
        CodeBlock.Builder init = CodeBlock.builder();
        if (operation.result().kind() == ResultKind.NONE) {
            init.add("$T.noContent()", RuntimeTypes.RESPONSE_SPEC);
        } else if (operation.result().kind() == ResultKind.TEXT) {
            init.add("$T.text($S)", RuntimeTypes.RESPONSE_SPEC, operation.result().mediaType());
        } else if (operation.result().kind() == ResultKind.BINARY) {
            init.add("$T.bytes($S)", RuntimeTypes.RESPONSE_SPEC, operation.result().mediaType());
        } else if (body instanceof ParameterizedTypeName) {
            init.add("$T.of(new $T<$T>() {})", RuntimeTypes.RESPONSE_SPEC, RuntimeTypes.TYPE_REFERENCE, body);
        } else {
            init.add("$T.of($T.class)", RuntimeTypes.RESPONSE_SPEC, body);
        }
        for (ErrorDef error : operation.errors()) {
            if (error.type() instanceof TypeRef.Named named) {
                init.add("\n        .withError($S, $T.class)", error.status(), types.className(named.name()));
            }
        }
        StreamDef stream = operation.stream();
        if (stream != null && stream.resumeParameter() != null) {
            init.add("\n        .resumable($S, $S)", stream.resumeParameter().wireName(), stream.eventIdProperty());
        }
        if (stream != null) {
            for (ErrorEventDef event : stream.errorEvents()) {
                ClassName type = types.className(event.type());
                ValueClass.Kind kind = access.kind(event.error());
                CodeBlock reader = kind == ValueClass.Kind.OPTIONAL || kind == ValueClass.Kind.REQUIRED_NULLABLE
                        ? CodeBlock.of("event -> $L", access.read(CodeBlock.of("event"), event.error(), CodeBlock.of("null")))
                        : CodeBlock.of("$T::$N", type, event.error().javaName());
                init.add("\n        .withErrorEvent($T.class, $L)", type, reader);
            }
        }
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.RESPONSE_SPEC, body), specConstant(operation),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    private TypeName successType(OperationDef operation) {
        return operation.result().kind() == ResultKind.NONE ? ClassName.get(Void.class) : types.boxed(operation.result().type());
    }

    /**
     * Reads one page and wraps it with the way to the next: the same call with the next cursor in the parameters.
     */
    private CodeBlock page(OperationDef operation, String options) {
        PaginationDef pagination = operation.pagination();
        TypeName response = types.boxed(operation.result().type());
        List<CodeBlock> next = new ArrayList<>();
        operation.pathParameters().forEach(p -> next.add(CodeBlock.of("$N", p.javaName())));
        next.add(CodeBlock.of("params.toBuilder().$N(cursor).build()", pagination.cursorParameter().javaName()));
        next.add(CodeBlock.of("options"));
        CodeBlock responseValue = CodeBlock.of("response");
        return CodeBlock.builder()
                .addStatement("$T response = executor.execute(request, $N, $N)", response, specConstant(operation), options)
                .addStatement("return new $T<>(response, $L, $L,\ncursor -> $N($L))", RuntimeTypes.CURSOR_PAGE,
                        access.read(responseValue, pagination.items(), CodeBlock.of("$T.of()", List.class)),
                        access.read(responseValue, pagination.nextCursor(), CodeBlock.of("null")),
                        operation.methodName(), CodeBlock.join(next, ", "))
                .build();
    }

    private TypeName returnType(OperationDef operation) {
        if (operation.pagination() != null) {
            return ParameterizedTypeName.get(RuntimeTypes.CURSOR_PAGE, types.boxed(operation.result().type()),
                    types.boxed(operation.pagination().itemType()));
        }
        switch (operation.result().kind()) {
            case NONE:
                return TypeName.VOID;
            case EVENT_STREAM:
                return ParameterizedTypeName.get(RuntimeTypes.EVENT_STREAM, types.boxed(operation.result().type()));
            default:
                return types.boxed(operation.result().type());
        }
    }

    /** The default a parameter's values are added to, when the document says so; {@code null} otherwise. */
    private CodeBlock extendedDefault(ParameterDef parameter) {
        return parameter.extendsDefault() ? defaults.of(parameter.type(), parameter.defaultValue()) : null;
    }

    private static String specConstant(OperationDef operation) {
        return Naming.constantName(operation.methodName()) + "_RESPONSE";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Javadoc

    private String javadoc(OperationDef operation, boolean hasParams, boolean hasOptions) {
        String call = "{@code " + operation.httpMethod() + " " + Javadocs.escape(operation.path()) + "}";
        StringBuilder doc = new StringBuilder(operation.docs().isEmpty()
                ? "Calls " + call + "."
                : Javadocs.of(operation.docs(), null) + "\n\n<p>" + call);
        doc.append("\n\n");
        for (ParameterDef p : operation.pathParameters()) {
            doc.append("@param ").append(p.javaName()).append(' ').append(paramDoc(operation, p.javaName())).append('\n');
        }
        if (operation.body() != null) {
            doc.append("@param body ").append(Javadocs.inline(operation.body().docs(), "the request body")).append('\n');
        }
        if (hasParams) {
            doc.append("@param params the query, header and cookie parameters\n");
        }
        if (hasOptions) {
            doc.append("@param options settings for this call that override the client's\n");
        }
        if (operation.result().kind() != ResultKind.NONE) {
            doc.append("@return ").append(returnDoc(operation)).append('\n');
        }
        for (ErrorDef error : operation.errors()) {
            String exception = EXCEPTIONS.get(error.status());
            if (exception != null) {
                doc.append("@throws dev.parallel4j.runtime.error.").append(exception).append(' ')
                        .append(Javadocs.inline(error.docs(), "HTTP " + Javadocs.escape(error.status()))).append('\n');
            }
        }
        doc.append("@throws dev.parallel4j.runtime.error.ApiException for any other failure\n");
        return doc.toString();
    }

    private static String returnDoc(OperationDef operation) {
        String result = Javadocs.inline(operation.result().docs(), "the response");
        if (operation.pagination() != null) {
            return "the first page, from which {@code nextPage()} and {@code autoPager()} reach the rest: " + result;
        }
        if (operation.result().kind() != ResultKind.EVENT_STREAM) {
            return result;
        }
        StringBuilder doc = new StringBuilder("the open event stream, to close after use: ").append(result);
        StreamDef stream = operation.stream();
        if (stream.resumeParameter() != null) {
            doc.append(result.endsWith(".") ? " " : ". ").append("After a dropped connection it reconnects by itself, resuming")
                    .append(" after the last event received with {@code ").append(Javadocs.escape(stream.resumeParameter().wireName()))
                    .append("}.");
        }
        for (ErrorEventDef event : stream.errorEvents()) {
            doc.append(doc.charAt(doc.length() - 1) == '.' ? " " : ". ").append("{@code ").append(event.type().simpleName())
                    .append("} events raise {@code StreamErrorException} as they arrive, unless the options deliver error events.");
        }
        return doc.toString();
    }

    private String paramDoc(OperationDef operation, String javaName) {
        if (javaName.equals("body")) {
            return Javadocs.inline(operation.body().docs(), "the request body");
        }
        return operation.parameters().stream().filter(p -> p.javaName().equals(javaName)).findFirst()
                .map(p -> Javadocs.inline(p.docs(), "the {@code " + Javadocs.escape(p.wireName()) + "} path parameter"))
                .orElse("");
    }

    private String signature(OperationDef operation, boolean hasParams, boolean hasOptions) {
        List<String> types = new ArrayList<>();
        for (ParameterDef p : operation.pathParameters()) {
            types.add(erasure(this.types.unboxed(p.type())));
        }
        if (operation.body() != null) {
            types.add(erasure(this.types.boxed(operation.body().type())));
        }
        if (hasParams) {
            types.add(operation.paramsClassName());
        }
        if (hasOptions) {
            types.add("RequestOptions");
        }
        return operation.methodName() + "(" + String.join(", ", types) + ")";
    }

    private static String erasure(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            return parameterized.rawType().simpleName();
        }
        return type instanceof ClassName className ? className.simpleName() : type.toString();
    }
}
