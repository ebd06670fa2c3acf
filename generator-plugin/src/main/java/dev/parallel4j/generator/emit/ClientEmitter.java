package dev.parallel4j.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.ClientDef;
import dev.parallel4j.generator.ir.ClientDef.AuthKind;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.WebhooksDef;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the client entry point: a builder (base URL, credentials, timeouts, retries, HTTP client) that can read
 * its settings from the environment, one accessor per service, and {@code close()}.
 */
final class ClientEmitter {
    private final String basePackage;
    private final String servicePackage;

    ClientEmitter(String basePackage, String servicePackage) {
        this.basePackage = basePackage;
        this.servicePackage = servicePackage;
    }

    TypeSpec emit(ClientDef client, List<ServiceDef> services, Optional<WebhooksDef> webhooks) {
        ClassName name = ClassName.get(basePackage, client.className());
        ClassName builder = name.nestedClass("Builder");
        String apiKeyEnv = client.envPrefix() + "_API_KEY";
        String baseUrlEnv = client.envPrefix() + "_BASE_URL";
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addAnnotation(RuntimeTypes.generated())
                .addJavadoc("$L\n\n<p>Create one with {@link #fromEnv()} or {@link #builder()} and share it: it is thread-safe."
                        + " Close it when the application no longer needs it.\n",
                        Javadocs.of(client.docs(), "The API client."));
        if (!client.defaultBaseUrl().isEmpty()) {
            type.addField(FieldSpec.builder(String.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The server the document names.\n")
                    .initializer("$S", client.defaultBaseUrl())
                    .build());
        }
        type.addField(FieldSpec.builder(RuntimeTypes.REQUEST_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.REQUEST_EXECUTOR, "executor")
                .addStatement("this.executor = executor");
        for (ServiceDef service : services) {
            accessor(type, service.className(), service.accessor(),
                    Javadocs.inline(service.docs(), "The " + service.className() + " operations."));
        }
        webhooks.ifPresent(w -> accessor(type, w.className(), w.accessor(),
                "Verifies and reads the events the API delivers to webhook endpoints."));
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the client: calls made afterwards fail with {@code IllegalStateException}. The HTTP client it"
                        + " created is closed too (on Java 21 and later, once the calls in flight, open event streams included, have"
                        + " finished; on Java 17, whose HTTP client cannot be closed, its thread and idle connections end once it is"
                        + " garbage collected); one given to {@code httpClient(...)} is left open.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("executor.close()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addJavadoc("The client's settings: base URL, kind of credentials (never their value), timeout and retries.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + executor.describe() + $S", client.className() + "{", "}")
                .build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with the default settings.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromEnv")
                .addJavadoc("A client configured from the environment: $L{@code $L} when set.\n\n"
                        + "@return the client\n@throws IllegalStateException if a required variable is not set\n",
                        readsApiKey(client) ? "{@code " + apiKeyEnv + "}, and " : "", baseUrlEnv)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addStatement("return builder().fromEnv($T::getenv).build()", System.class)
                .build());
        type.addType(builderType(client, name, builder, apiKeyEnv, baseUrlEnv));
        return type.build();
    }

    /**
     * A service field and its accessor, which makes the service on first use: a program that calls one service
     * does not load the classes of the others.
     */
    private void accessor(TypeSpec.Builder type, String className, String accessor, String docs) {
        ClassName serviceClass = ClassName.get(servicePackage, className);
        type.addField(FieldSpec.builder(serviceClass, accessor, Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.methodBuilder(accessor)
                .addJavadoc("$L\n\n@return the service\n", docs)
                .addModifiers(Modifier.PUBLIC)
                .returns(serviceClass)
                .addStatement("$T service = this.$N", serviceClass, accessor)
                .beginControlFlow("if (service == null)")
                .addComment("made on first use; threads racing here make a spare at most, as services are immutable")
                .addStatement("service = new $T(executor)", serviceClass)
                .addStatement("this.$N = service", accessor)
                .endControlFlow()
                .addStatement("return service")
                .build());
    }

    /** Whether the client takes an API key (or bearer token), read from {@code <PREFIX>_API_KEY} by {@code fromEnv}. */
    private static boolean readsApiKey(ClientDef client) {
        return client.auth().kind() != AuthKind.NONE && client.auth().kind() != AuthKind.BASIC;
    }

    private TypeSpec builderType(ClientDef client, ClassName name, ClassName builder, String apiKeyEnv, String baseUrlEnv) {
        boolean hasKey = readsApiKey(client);
        boolean basic = client.auth().kind() == AuthKind.BASIC;
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BUILDER, builder, name))
                .addJavadoc("Configures a {@link $T}.\n", name)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement(client.defaultBaseUrl().isEmpty() ? "super()" : "super(DEFAULT_BASE_URL)")
                        .build());
        CodeBlock.Builder fromEnv = CodeBlock.builder();
        if (hasKey) {
            type.addField(String.class, "apiKey", Modifier.PRIVATE);
            type.addMethod(MethodSpec.methodBuilder("apiKey")
                    .addJavadoc("The API key sent with every call ($L).\n\n@param apiKey the key\n@return this builder\n",
                            authDescription(client))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "apiKey")
                    .addStatement("this.apiKey = apiKey")
                    .addStatement("return this")
                    .build());
            fromEnv.addStatement("$T apiKey = environment.apply($S)", String.class, apiKeyEnv)
                    .beginControlFlow("if (apiKey != null && !apiKey.isBlank())")
                    .addStatement("apiKey(apiKey.strip())")
                    .endControlFlow();
        }
        if (basic) {
            type.addField(String.class, "username", Modifier.PRIVATE);
            type.addField(String.class, "password", Modifier.PRIVATE);
            type.addMethod(MethodSpec.methodBuilder("credentials")
                    .addJavadoc("The HTTP basic credentials sent with every call.\n\n@param username the user\n"
                            + "@param password the password\n@return this builder\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "username")
                    .addParameter(String.class, "password")
                    .addStatement("this.username = username")
                    .addStatement("this.password = password")
                    .addStatement("return this")
                    .build());
        }
        fromEnv.addStatement("$T baseUrl = environment.apply($S)", String.class, baseUrlEnv)
                .beginControlFlow("if (baseUrl != null && !baseUrl.isBlank())")
                .addStatement("baseUrl(baseUrl.strip())")
                .endControlFlow()
                .addStatement("return this");
        type.addMethod(MethodSpec.methodBuilder("fromEnv")
                .addJavadoc("Reads settings from environment variables: $L{@code $L}. Unset variables change nothing.\n\n"
                        + "@param environment looks up a variable, e.g. {@code System::getenv}\n@return this builder\n",
                        hasKey ? "{@code " + apiKeyEnv + "} and " : "", baseUrlEnv)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(String.class),
                        ClassName.get(String.class)), "environment")
                .addCode(fromEnv.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("self")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(builder)
                .addStatement("return this")
                .build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("The client.\n\n@throws IllegalStateException if no credentials were given\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(name);
        if (hasKey) {
            build.beginControlFlow("if (apiKey == null)")
                    .addStatement("throw new $T($S)", IllegalStateException.class,
                            client.className() + " needs an API key: call apiKey(...) or set " + apiKeyEnv)
                    .endControlFlow();
        }
        if (basic) {
            build.beginControlFlow("if (username == null || password == null)")
                    .addStatement("throw new $T($S)", IllegalStateException.class,
                            client.className() + " needs credentials: call credentials(...)")
                    .endControlFlow();
        }
        build.addStatement("return new $T(executor($L))", name, auth(client));
        type.addMethod(build.build());
        return type.build();
    }

    private static CodeBlock auth(ClientDef client) {
        switch (client.auth().kind()) {
            case API_KEY_HEADER:
                return CodeBlock.of("$T.apiKeyHeader($S, apiKey)", RuntimeTypes.AUTH, client.auth().name());
            case API_KEY_QUERY:
                return CodeBlock.of("$T.apiKeyQuery($S, apiKey)", RuntimeTypes.AUTH, client.auth().name());
            case BEARER:
                return CodeBlock.of("$T.bearer(apiKey)", RuntimeTypes.AUTH);
            case BASIC:
                return CodeBlock.of("$T.basic(username, password)", RuntimeTypes.AUTH);
            default:
                return CodeBlock.of("$T.none()", RuntimeTypes.AUTH);
        }
    }

    private static String authDescription(ClientDef client) {
        switch (client.auth().kind()) {
            case API_KEY_HEADER:
                return "in the {@code " + Javadocs.escape(client.auth().name()) + "} header";
            case API_KEY_QUERY:
                return "as the {@code " + Javadocs.escape(client.auth().name()) + "} query parameter";
            default:
                return "as a bearer token";
        }
    }
}
