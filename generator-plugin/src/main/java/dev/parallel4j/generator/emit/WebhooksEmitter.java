package dev.parallel4j.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.WebhooksDef;
import dev.parallel4j.generator.ir.WebhooksDef.WebhookDef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the service that reads webhook deliveries: {@code unwrap} verifies a delivery's signature and timestamp,
 * then reads its body as the event union; {@code parse} only reads. The work is the runtime's
 * {@code WebhookReader}; the service gives it the event type and the Javadoc listing the document's webhooks.
 */
final class WebhooksEmitter {
    private static final String THROWS_VERIFICATION = "@throws $T if a header is missing or malformed, no signature matches, $L\n";

    private final JavaTypes types;
    private final String servicePackage;

    WebhooksEmitter(JavaTypes types, String servicePackage) {
        this.types = types;
        this.servicePackage = servicePackage;
    }

    TypeSpec emit(WebhooksDef webhooks) {
        ClassName event = types.className(webhooks.event());
        ParameterSpec body = ParameterSpec.builder(String.class, "body").build();
        ParameterSpec headers = ParameterSpec.builder(RuntimeTypes.WEBHOOK_HEADERS, "headers").build();
        CodeBlock delivery = CodeBlock.of("@param body the request body exactly as received, before any JSON parsing\n"
                + "@param headers the request headers, e.g. {@code $T.of(request::getHeader)}\n", RuntimeTypes.WEBHOOK_HEADERS);
        return TypeSpec.classBuilder(ClassName.get(servicePackage, webhooks.className()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.generated())
                .addJavadoc(classDocs(webhooks))
                .addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.WEBHOOK_READER, event), "reader",
                        Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the service over a client's executor.\n\n@param executor supplies the client's JSON mapper\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.REQUEST_EXECUTOR, "executor")
                        .addStatement("this.reader = new $T<>($T.class, executor.mapper())", RuntimeTypes.WEBHOOK_READER, event)
                        .build())
                .addMethod(reading("unwrap", event, CodeBlock.builder()
                                .add("Checks that a delivery was signed with the webhook secret, within five minutes of this machine's"
                                        + " clock, then reads its body.\n\n")
                                .add(delivery)
                                .add("@param secret the webhook secret, used as text (its UTF-8 bytes are the key); for a {@code whsec_}"
                                        + " base64 secret pass a verifier built with {@link $T#fromStandardWebhooks}\n",
                                        RuntimeTypes.WEBHOOK_SECRET)
                                .build(),
                        CodeBlock.of(THROWS_VERIFICATION, RuntimeTypes.WEBHOOK_VERIFICATION_EXCEPTION,
                                "the timestamp is too old or too far ahead, or the secret is unusable"),
                        List.of(body, headers, ParameterSpec.builder(String.class, "secret").build()))
                        .addStatement("return unwrap(body, headers, $T.of(secret))", RuntimeTypes.WEBHOOK_VERIFIER)
                        .build())
                .addMethod(reading("unwrap", event, CodeBlock.builder()
                                .add("Checks a delivery with a verifier (its secret, tolerance and clock), then reads its body.\n\n")
                                .add(delivery)
                                .add("@param verifier holds the webhook secret\n")
                                .build(),
                        CodeBlock.of(THROWS_VERIFICATION, RuntimeTypes.WEBHOOK_VERIFICATION_EXCEPTION,
                                "or the timestamp is outside the verifier's tolerance"),
                        List.of(body, headers, ParameterSpec.builder(RuntimeTypes.WEBHOOK_VERIFIER, "verifier").build()))
                        .addStatement("return reader.unwrap(body, headers, verifier)")
                        .build())
                .addMethod(reading("parse", event, CodeBlock.of("Reads a body <b>without verifying it</b>. Unsafe for deliveries"
                                + " from the network: anyone who knows the endpoint can send any body to it. Use {@link #unwrap}"
                                + " there; this is for bodies verified otherwise, and for tests.\n\n@param body the body\n"),
                        CodeBlock.of(""), List.of(body))
                        .addStatement("return reader.parse(body)")
                        .build())
                .build();
    }

    /**
     * A public method returning the event. Its Javadoc is the given text and parameters, what it returns, the
     * given exceptions, then the payload exception.
     */
    private static MethodSpec.Builder reading(String name, ClassName event, CodeBlock docs, CodeBlock throwing,
            List<ParameterSpec> parameters) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc(docs)
                .addJavadoc("@return the event; {@link $T.Unknown} for an event type the document does not describe\n", event)
                .addJavadoc(throwing)
                .addJavadoc("@throws $T if the body does not match the payload the document describes for its event type\n",
                        RuntimeTypes.WEBHOOK_PAYLOAD_EXCEPTION)
                .addModifiers(Modifier.PUBLIC)
                .returns(event)
                .addParameters(parameters);
    }

    private CodeBlock classDocs(WebhooksDef webhooks) {
        CodeBlock.Builder docs = CodeBlock.builder()
                .add("Verifies and reads the events the API delivers to webhook endpoints.\n\n")
                .add("<p>Deliveries are signed the Standard Webhooks way: {@code webhook-signature} holds HMAC-SHA256 signatures"
                        + " of {@code webhook-id}, {@code webhook-timestamp} and the body, made with the webhook secret."
                        + " {@link #unwrap} checks them and the timestamp before reading the body; {@link #parse} only reads it.\n\n")
                .add("<p>The document's webhooks:\n<ul>\n");
        for (WebhookDef webhook : webhooks.webhooks()) {
            Docs own = webhook.docs();
            String summary = Javadocs.inline(own.summary().isEmpty() ? own : Docs.of(own.summary()), "");
            docs.add("  <li><code>$L</code> ({@link $T})$L</li>\n", Javadocs.escape(webhook.name()), types.className(webhook.payload()),
                    summary.isEmpty() ? "" : ": " + summary);
        }
        return docs.add("</ul>\n\n<p>Thread-safe; get it from the client rather than constructing it.\n").build();
    }
}
