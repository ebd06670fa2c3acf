package dev.parallel4j.generator.emit;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parallel4j.generator.testkit.JavaSources;
import dev.parallel4j.runtime.client.FileUpload;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client generated from the "bodies" golden document, compiled and called against WireMock: what it puts on
 * the wire for multipart, URL-encoded, raw text and raw byte bodies, and what it returns for text and byte responses.
 * The generated classes live in their own class loader, so the calls go through reflection.
 */
final class GeneratedBodiesTest {
    private static final String PACKAGE = "bodies";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path dir;

    private static URLClassLoader loader;

    @BeforeAll
    static void compile() {
        EmitCase bodies = EmitCase.GOLDEN.stream().filter(c -> c.name().equals("bodies")).findFirst().orElseThrow();
        JavaSources.Compilation compilation = JavaSources.compile(bodies.emit(PACKAGE), dir);
        assertThat(compilation.success()).as(compilation.diagnostics()).isTrue();
        loader = compilation.classLoader();
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    @Test
    void aMultipartUploadSendsTheFileAsAPartAndEachListElementAsAField() throws Exception {
        server.stubFor(post("/v1/files").willReturn(okJson("{\"id\": \"file_1\", \"bytes\": 3}")));
        Object request = build("model.FilesCreateRequest",
                "file", FileUpload.of("notes.txt", "abc".getBytes(StandardCharsets.UTF_8)),
                "purpose", type("model.Purpose").getField("EXTRACT").get(null),
                "labels", List.of("a", "b"));

        Object stored = call("files", "create", request);

        assertThat(invoke(stored, "id")).isEqualTo("file_1");
        server.verify(postRequestedFor(urlEqualTo("/v1/files"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(aMultipart().withName("file").withHeader("Content-Disposition", containing("filename=\"notes.txt\""))
                        .withBody(equalTo("abc")).build())
                .withRequestBodyPart(aMultipart().withName("purpose").withBody(equalTo("extract")).build())
                .withRequestBodyPart(aMultipart().withName("labels").withBody(equalTo("a")).build())
                .withRequestBodyPart(aMultipart().withName("labels").withBody(equalTo("b")).build()));
        String sent = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(sent).as("an unset optional field is not sent").doesNotContain("expires_after");
    }

    @Test
    void aUrlEncodedFormSendsItsConstantAndSetFields() throws Exception {
        server.stubFor(post("/v1/tokens").willReturn(okJson("{\"access_token\": \"t\"}")));
        Object request = build("model.TokensCreateRequest", "scope", "read write");

        Object token = call("tokens", "create", request);

        assertThat(invoke(token, "accessToken")).isEqualTo("t");
        server.verify(postRequestedFor(urlEqualTo("/v1/tokens"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&scope=read+write")));
    }

    @Test
    void rawTextGoesOutAsTextAndATextResponseComesBackAsAString() throws Exception {
        server.stubFor(post("/v1/notes").willReturn(aResponse().withHeader("Content-Type", "text/markdown; charset=utf-8")
                .withBody("# Über")));

        Object stored = call("notes", "create", "Über");

        assertThat(stored).isEqualTo("# Über");
        server.verify(postRequestedFor(urlEqualTo("/v1/notes"))
                .withHeader("Content-Type", containing("text/plain"))
                .withHeader("Accept", equalTo("text/markdown"))
                .withRequestBody(equalTo("Über")));
    }

    @Test
    void rawBytesGoOutAsSentAndAByteResponseComesBackExactly() throws Exception {
        byte[] content = {0, (byte) 0xff, 10, 13};
        server.stubFor(put("/v1/files/f%201/content").willReturn(aResponse().withStatus(204)));
        server.stubFor(get("/v1/files/f1/content").willReturn(aResponse()
                .withHeader("Content-Type", "application/octet-stream").withBody(content)));

        call("files", "replaceContent", "f 1", FileUpload.of("ignored.bin", content));
        Object downloaded = call("files", "retrieveContent", "f1");

        assertThat((byte[]) downloaded).containsExactly(content);
        server.verify(putRequestedFor(urlEqualTo("/v1/files/f%201/content"))
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withHeader("Content-Disposition", absent())
                .withRequestBody(binaryEqualTo(content)));
    }

    /** Calls a service method (the overload without options) on a client pointed at WireMock. */
    private static Object call(String service, String method, Object... arguments) throws Exception {
        Object builder = type("BodiesTestClient").getMethod("builder").invoke(null);
        builder.getClass().getMethod("baseUrl", String.class).invoke(builder, server.baseUrl());
        builder.getClass().getMethod("allowInsecureHttp", boolean.class).invoke(builder, true);
        Object client = builder.getClass().getMethod("build").invoke(builder);
        Object target = invoke(client, service);
        Method found = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == arguments.length)
                .findFirst().orElseThrow();
        try {
            return found.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    /** Builds a generated model from property/value pairs, each set with the builder's one-argument setter. */
    private static Object build(String model, Object... properties) throws Exception {
        Object builder = type(model).getMethod("builder").invoke(null);
        for (int i = 0; i < properties.length; i += 2) {
            String name = (String) properties[i];
            Object value = properties[i + 1];
            Method setter = Arrays.stream(builder.getClass().getMethods())
                    .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1
                            && m.getParameterTypes()[0].isInstance(value))
                    .findFirst().orElseThrow(() -> new AssertionError("no setter " + name + " on " + model));
            setter.invoke(builder, value);
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object invoke(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(PACKAGE + "." + name, true, loader);
    }
}
