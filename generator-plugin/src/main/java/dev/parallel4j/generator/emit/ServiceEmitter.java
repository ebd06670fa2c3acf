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
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Writes a service: per operation an asynchronous method ({@code retrieveAsync}) taking its path parameters, its
 * body, its parameters class and {@code RequestOptions}, which builds an {@code ApiRequest} and hands it to the
 * runtime with the operation's response table; a blocking method ({@code retrieve}) that runs it in place (sending
 * on the calling thread); and for
 * both, shorter overloads that leave the later arguments at their defaults. Services extend the runtime's
 * {@code ApiService}, which gives them {@code withRawResponse}.
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
    private final String servicePackage;
    private final WaiterEmitter waiters;

    ServiceEmitter(JavaTypes types, DefaultValues defaults, String servicePackage) {
        this.types = types;
        this.defaults = defaults;
        this.access = new PropertyAccess(defaults);
        this.servicePackage = servicePackage;
        this.waiters = new WaiterEmitter(types, access, servicePackage);
    }

    TypeSpec emit(ServiceDef service) {
        ClassName name = ClassName.get(servicePackage, service.className());
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.API_SERVICE, name))
                .addAnnotation(RuntimeTypes.generated())
                .addJavadoc("$L\n\n<p>Each operation has a blocking method and an asynchronous twin ({@code ...Async}) returning a"
                        + " {@code CompletableFuture}; {@code withRawResponse} gives any call's status, headers and request id."
                        + " Thread-safe; get it from the client rather than constructing it.\n",
                        Javadocs.of(service.docs(), "The " + Naming.pascal(service.accessor()) + " operations."))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the service over a client's executor.\n\n@param executor sends the calls\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.REQUEST_EXECUTOR, "executor")
                        .addStatement("super(executor, $T::new)", name)
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

    /**
     * A method and its shorter overloads: the blocking one ({@code retrieve}) or its asynchronous twin
     * ({@code retrieveAsync}).
     *
     * @param name the method name
     * @param returns its return type
     * @param returnDoc the text of its {@code @return}, or {@code null} for none
     */
    private record Variant(String name, TypeName returns, String returnDoc) {}

    /**
     * The arguments an operation's methods take.
     *
     * @param leading path parameters and body, which every overload takes
     * @param params the parameters class, or {@code null} when the operation has none
     */
    private record Arguments(List<ParameterSpec> leading, ClassName params) {
        List<String> forwarded() {
            return leading.stream().map(ParameterSpec::name).toList();
        }
    }

    /**
     * The blocking methods, which run the asynchronous twin in place, and the twin, which builds and sends the request;
     * each with its shorter overloads.
     */
    private List<MethodSpec> methods(OperationDef operation, Map<String, String> defaultNames) {
        List<ParameterSpec> leading = new ArrayList<>();
        for (ParameterDef p : operation.pathParameters()) {
            leading.add(ParameterSpec.builder(types.unboxed(p.type()), p.javaName()).build());
        }
        if (operation.body() != null) {
            leading.add(ParameterSpec.builder(types.boxed(operation.body().type()), "body").build());
        }
        ClassName params = operation.paramsClassName() == null ? null : ClassName.get(servicePackage, operation.paramsClassName());
        Arguments arguments = new Arguments(leading, params);
        TypeName returns = returnType(operation);
        Variant blocking = new Variant(operation.methodName(), returns,
                returns.equals(TypeName.VOID) ? null : returnDoc(operation));
        Variant async = new Variant(operation.methodName() + Naming.ASYNC_SUFFIX,
                ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), returns.equals(TypeName.VOID) ? ClassName.get(Void.class) : returns),
                asyncReturnDoc(operation, signature(operation, operation.methodName(), params != null)));

        List<CodeBlock> all = new ArrayList<>();
        arguments.forwarded().forEach(name -> all.add(CodeBlock.of("$N", name)));
        if (params != null) {
            all.add(CodeBlock.of("params"));
        }
        all.add(CodeBlock.of("options"));
        CodeBlock join = CodeBlock.builder().addStatement(
                returns.equals(TypeName.VOID) ? "$T.runInPlace(() -> $N($L))" : "return $T.runInPlace(() -> $N($L))",
                RuntimeTypes.FUTURES, async.name(), CodeBlock.join(all, ", ")).build();

        List<MethodSpec> methods = new ArrayList<>();
        methods.addAll(family(operation, blocking, arguments, javadoc(operation, params != null), join, false));
        methods.addAll(family(operation, async, arguments, asyncJavadoc(operation, blocking, params != null),
                body(operation, defaultNames), true));
        return methods;
    }

    /**
     * The full method with the given body and Javadoc, then its overloads without options and parameters.
     *
     * @param sends whether the body builds the request, reading every parameter
     */
    private List<MethodSpec> family(OperationDef operation, Variant variant, Arguments arguments, String javadoc, CodeBlock body,
            boolean sends) {
        ParameterSpec options = ParameterSpec.builder(RuntimeTypes.REQUEST_OPTIONS, "options").build();
        MethodSpec.Builder full = method(operation, variant).addParameters(arguments.leading());
        if (arguments.params() != null) {
            full.addParameter(arguments.params(), "params");
        }
        full.addParameter(options).addJavadoc("$L", javadoc).addCode(body);
        if (sends && operation.otherParameters().stream().anyMatch(p -> p.docs().deprecated())) {
            // the request still sends a deprecated parameter the caller set; reading it is not a use to warn about
            full.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
        }
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(full.build());

        String fullSignature = signature(operation, variant.name(), arguments.params() != null);
        CodeBlock noOptions = CodeBlock.of("$T.none()", RuntimeTypes.REQUEST_OPTIONS);
        List<String> forwarded = arguments.forwarded();
        if (arguments.params() != null) {
            ParameterSpec paramsArg = ParameterSpec.builder(arguments.params(), "params").build();
            methods.add(overload(operation, variant, arguments.leading(), List.of(paramsArg),
                    call(variant.name(), forwarded, CodeBlock.of("params"), noOptions),
                    "As {@link #" + fullSignature + "} with the client's request options."));
            if (operation.otherParameters().stream().noneMatch(ParameterDef::required)) {
                methods.add(overload(operation, variant, arguments.leading(), List.of(),
                        call(variant.name(), forwarded, CodeBlock.of("$T.none()", arguments.params()), noOptions),
                        "As {@link #" + fullSignature + "} with no parameters and the client's request options."));
            }
        } else {
            methods.add(overload(operation, variant, arguments.leading(), List.of(), call(variant.name(), forwarded, noOptions),
                    "As {@link #" + fullSignature + "} with the client's request options."));
        }
        return methods;
    }

    private MethodSpec overload(OperationDef operation, Variant variant, List<ParameterSpec> leading, List<ParameterSpec> more,
            CodeBlock call, String doc) {
        MethodSpec.Builder method = method(operation, variant).addParameters(leading).addParameters(more);
        StringBuilder javadoc = new StringBuilder(doc).append("\n\n");
        for (ParameterSpec p : leading) {
            javadoc.append("@param ").append(p.name()).append(' ').append(paramDoc(operation, p.name())).append('\n');
        }
        for (ParameterSpec p : more) {
            javadoc.append("@param ").append(p.name()).append(" the query, header and cookie parameters\n");
        }
        if (variant.returnDoc() != null) {
            javadoc.append("@return ").append(variant.returnDoc()).append('\n');
        }
        method.addJavadoc("$L", javadoc.toString());
        return method.addStatement(variant.returns().equals(TypeName.VOID) ? "$L" : "return $L", call).build();
    }

    /** A call of a full method forwarding the leading arguments and filling in the rest. */
    private static CodeBlock call(String method, List<String> leading, CodeBlock... rest) {
        List<CodeBlock> args = new ArrayList<>();
        leading.forEach(name -> args.add(CodeBlock.of("$N", name)));
        args.addAll(List.of(rest));
        return CodeBlock.of("$N($L)", method, CodeBlock.join(args, ", "));
    }

    private MethodSpec.Builder method(OperationDef operation, Variant variant) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(variant.name()).addModifiers(Modifier.PUBLIC).returns(variant.returns());
        if (operation.docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    /** Builds the request and sends it without blocking. */
    private CodeBlock body(OperationDef operation, Map<String, String> defaultNames) {
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
            request.addStatement("return executor().streamAsync(request, $N, $N)", spec, options);
        } else {
            request.addStatement("return executor().executeAsync(request, $N, $N)", spec, options);
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
                ObjectDef model = (ObjectDef) types.definition(((TypeRef.Named) body.type()).name());
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
        ObjectDef model = (ObjectDef) types.definition(((TypeRef.Named) operation.body().type()).name());
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
        List<CodeBlock> next = new ArrayList<>();
        operation.pathParameters().forEach(p -> next.add(CodeBlock.of("$N", p.javaName())));
        next.add(CodeBlock.of("params.toBuilder().$N(cursor).build()", pagination.cursorParameter().javaName()));
        next.add(CodeBlock.of("options"));
        CodeBlock responseValue = CodeBlock.of("response");
        return CodeBlock.builder()
                .addStatement("return $T.map(executor().executeAsync(request, $N, $N),\nresponse -> new $T<>(response, $L, $L,\n$>$>"
                        + "cursor -> $N($L)))$<$<", RuntimeTypes.FUTURES, specConstant(operation), options, RuntimeTypes.CURSOR_PAGE,
                        access.read(responseValue, pagination.items(), CodeBlock.of("$T.of()", List.class)),
                        access.read(responseValue, pagination.nextCursor(), CodeBlock.of("null")),
                        operation.methodName() + Naming.ASYNC_SUFFIX, CodeBlock.join(next, ", "))
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

    private String javadoc(OperationDef operation, boolean hasParams) {
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
        doc.append("@param options settings for this call that override the client's\n");
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

    /**
     * The Javadoc of the asynchronous twin: what it does differently from the blocking method, which documents the
     * operation.
     */
    private String asyncJavadoc(OperationDef operation, Variant blocking, boolean hasParams) {
        StringBuilder doc = new StringBuilder("As {@link #").append(signature(operation, blocking.name(), hasParams))
                .append("}, without blocking: no thread waits for the response.\n\n");
        for (ParameterDef p : operation.pathParameters()) {
            doc.append("@param ").append(p.javaName()).append(' ').append(paramDoc(operation, p.javaName())).append('\n');
        }
        if (operation.body() != null) {
            doc.append("@param body ").append(paramDoc(operation, "body")).append('\n');
        }
        if (hasParams) {
            doc.append("@param params the query, header and cookie parameters\n");
        }
        doc.append("@param options settings for this call that override the client's\n");
        return doc.append("@return ").append(asyncReturnDoc(operation, signature(operation, blocking.name(), hasParams))).append('\n')
                .toString();
    }

    /** What the future of an asynchronous twin completes with, given the blocking method's signature. */
    private static String asyncReturnDoc(OperationDef operation, String blocking) {
        String value;
        if (operation.pagination() != null) {
            value = "a future of the first page, whose {@code nextPageAsync()} fetches the next one without blocking (its"
                    + " {@code nextPage()} and {@code autoPager()} block)";
        } else if (operation.result().kind() == ResultKind.EVENT_STREAM) {
            value = "a future of the event stream, completed once the stream is open (reading its events blocks)";
        } else if (operation.result().kind() == ResultKind.NONE) {
            value = "a future completed when the call has succeeded";
        } else {
            value = "a future of what {@link #" + blocking + "} returns";
        }
        return value + ", or completed exceptionally with what {@link #" + blocking + "} throws; cancelling it aborts the call";
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

    /** The signature of a full method as a Javadoc link writes it, e.g. {@code retrieve(String, RetrieveParams, RequestOptions)}. */
    private String signature(OperationDef operation, String method, boolean hasParams) {
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
        types.add("RequestOptions");
        return method + "(" + String.join(", ", types) + ")";
    }

    private static String erasure(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            return parameterized.rawType().simpleName();
        }
        return type instanceof ClassName className ? className.simpleName() : type.toString();
    }
}
