package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.operation;
import static dev.parallel4j.generator.testkit.Ir.parameter;
import static dev.parallel4j.generator.testkit.Ir.scalar;
import static dev.parallel4j.generator.testkit.Ir.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.generator.SpecException;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.OperationDef.ErrorDef;
import dev.parallel4j.generator.ir.OperationDef.ResultKind;
import dev.parallel4j.generator.ir.ParameterDef;
import dev.parallel4j.generator.ir.ParameterDef.Location;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeRef;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.testkit.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/** Operations as service methods: parameters, bodies, results and errors ({@code translate/operations.yaml}). */
final class OperationTranslatorTest {
    private static final ApiModel OPERATIONS = Documents.translate("translate/operations.yaml");
    private static final ServiceDef WIDGETS = service(OPERATIONS, "widgets");

    @TempDir
    Path dir;

    @Test
    void aResponseAsJsonAndAsAnEventStreamGivesAMethodAndAStreamingMethod() {
        OperationDef create = operation(WIDGETS, "create");
        OperationDef streaming = operation(WIDGETS, "createStreaming");
        assertThat(create.result().kind()).isEqualTo(ResultKind.JSON);
        assertThat(create.result().type()).isEqualTo(named("Widget"));
        assertThat(streaming.result().kind()).isEqualTo(ResultKind.EVENT_STREAM);
        assertThat(streaming.result().type()).isEqualTo(named("WidgetEvent"));
        assertThat(streaming.parameters()).isEqualTo(create.parameters());
        assertThat(streaming.body()).isEqualTo(create.body());
        assertThat(streaming.paramsClassName()).isEqualTo(create.paramsClassName()).isEqualTo("WidgetsCreateParams");
    }

    @Test
    void anEventStreamWithAnInlineUnionNamesItsEventTypeAfterTheMethod() {
        OperationDef events = operation(WIDGETS, "events");
        assertThat(events.result().kind()).isEqualTo(ResultKind.EVENT_STREAM);
        assertThat(events.result().type()).isEqualTo(named("WidgetsEvent"));
        assertThat(events.paramsClassName()).isNull();
    }

    @Test
    void theStainlessBetaHeaderIsAListExtendingItsDefault() {
        ParameterDef betas = parameter(operation(WIDGETS, "create"), "parallel-beta");
        assertThat(betas.javaName()).isEqualTo("betas");
        assertThat(betas.location()).isEqualTo(Location.HEADER);
        assertThat(betas.type()).isEqualTo(new TypeRef.ListOf(scalar(ScalarKind.STRING)));
        assertThat(betas.extendsDefault()).isTrue();
        assertThat(betas.defaultValue()).isEqualTo(List.of("widgets-2025"));
        assertThat(betas.required()).isFalse();
    }

    @Test
    void theRequestBodyKeepsItsTypeRequiredFlagAndDescription() {
        OperationDef.BodyDef body = operation(WIDGETS, "create").body();
        assertThat(body.type()).isEqualTo(named("Widget"));
        assertThat(body.required()).isTrue();
        assertThat(body.docs()).isEqualTo(Docs.of("The widget to create."));
    }

    @Test
    void inlineBodiesAndResponsesAreTopLevelTypesNamedAfterServiceAndMethod() {
        OperationDef rename = operation(WIDGETS, "rename");
        assertThat(rename.body().type()).isEqualTo(named("WidgetsRenameRequest"));
        assertThat(rename.body().required()).isFalse();
        assertThat(rename.result().type()).isEqualTo(named("WidgetsRenameResponse"));
        assertThat(operation(WIDGETS, "list").result().type()).isEqualTo(new TypeRef.ListOf(named("Widget")));
    }

    @Test
    void queryParametersKeepTheirTypesAndDefaultsAndInlineEnumsAreTopLevel() {
        OperationDef list = operation(WIDGETS, "list");
        assertThat(list.parameters())
                .extracting(ParameterDef::wireName, ParameterDef::javaName, ParameterDef::location, ParameterDef::type,
                        ParameterDef::required)
                .containsExactly(
                        tuple("limit", "limit", Location.QUERY, scalar(ScalarKind.INT64), false),
                        tuple("order", "order", Location.QUERY, named("WidgetsListOrder"), false),
                        tuple("cursor", "cursor", Location.QUERY, scalar(ScalarKind.STRING), false));
        assertThat(((Number) parameter(list, "limit").defaultValue()).intValue()).isEqualTo(20);
        assertThat(list.paramsClassName()).isEqualTo("WidgetsListParams");
    }

    @Test
    void pathLevelParametersApplyAndStandardHeadersAreLeftToTheRuntime() {
        OperationDef retrieve = operation(WIDGETS, "retrieve");
        assertThat(retrieve.parameters())
                .extracting(ParameterDef::wireName, ParameterDef::javaName, ParameterDef::location, ParameterDef::required)
                .containsExactly(
                        tuple("widget_id", "widgetId", Location.PATH, true),
                        tuple("X-Trace-Id", "xTraceId", Location.HEADER, true),
                        tuple("session", "session", Location.COOKIE, false));
        assertThat(retrieve.pathParameters()).extracting(ParameterDef::wireName).containsExactly("widget_id");
        assertThat(retrieve.otherParameters()).extracting(ParameterDef::wireName).containsExactly("X-Trace-Id", "session");
        assertThat(parameter(retrieve, "widget_id").docs()).isEqualTo(Docs.of("The widget."));
    }

    @Test
    void pathParametersComeInPathOrder() {
        assertThat(operation(WIDGETS, "retrievePart").pathParameters()).extracting(ParameterDef::wireName)
                .containsExactly("widget_id", "part_id");
    }

    @Test
    void parameterNamesTheGeneratedCodeUsesItselfAreRenamed() {
        assertThat(operation(WIDGETS, "retrievePart").otherParameters())
                .extracting(ParameterDef::wireName, ParameterDef::javaName)
                .containsExactly(tuple("body", "body"), tuple("request", "request"), tuple("builder", "builderQuery"));
    }

    @Test
    void aPathParameterNamedLikeALocalOfTheServiceMethodIsRenamed() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Locals, version: '1'}
                paths:
                  /requests/{request}/{executor}/{options}:
                    get:
                      parameters:
                        - {name: request, in: path, required: true, schema: {type: string}}
                        - {name: executor, in: path, required: true, schema: {type: string}}
                        - {name: options, in: path, required: true, schema: {type: string}}
                      responses: {'204': {description: OK}}
                """);

        OperationDef get = service(Documents.translate(document), "requests").operations().get(0);

        assertThat(get.pathParameters()).extracting(ParameterDef::javaName)
                .containsExactly("requestPath", "executorPath", "optionsPath");
    }

    @Test
    void errorsAreKeptByStatusWithTheirJsonBodyTypes() {
        assertThat(operation(WIDGETS, "retrieve").errors())
                .extracting(ErrorDef::status, ErrorDef::type)
                .containsExactly(
                        tuple("404", named("ErrorObject")),
                        tuple("4XX", named("ErrorObject")),
                        tuple("default", null));
    }

    @Test
    void anOperationWithoutASuccessBodyReturnsNothing() {
        OperationDef delete = operation(WIDGETS, "delete");
        assertThat(delete.result().kind()).isEqualTo(ResultKind.NONE);
        assertThat(delete.result().type()).isNull();
        assertThat(delete.docs().deprecated()).isTrue();
        assertThat(delete.paramsClassName()).isNull();
    }

    @Test
    void methodsOfAServiceAreSortedByName() {
        assertThat(WIDGETS.operations()).extracting(OperationDef::methodName)
                .containsExactly("create", "createStreaming", "delete", "events", "list", "rename", "retrieve", "retrievePart");
        assertThat(operation(WIDGETS, "create").operationId()).isEqualTo("create_widget_v1_widgets_post");
        assertThat(operation(WIDGETS, "create").docs().summary()).isEqualTo("Create a widget");
    }

    @Test
    void aMultipartBodyIsItsObjectSchemaSentAsParts() {
        OperationDef upload = operation(service(Documents.translate("translate/multipart.yaml"), "files"), "create");

        assertThat(upload.body().encoding()).isEqualTo(OperationDef.BodyEncoding.MULTIPART);
        assertThat(upload.body().mediaType()).isEqualTo("multipart/form-data");
        assertThat(upload.body().type()).isEqualTo(named("FilesCreateRequest"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain               | {type: string}                 | STRING",
        "application/xml          | {type: object}                 | STRING",
        "application/octet-stream | {type: string, format: binary} | FILE",
        "image/png                | {}                             | FILE",
    })
    void anyOtherBodyIsSentRawAsTextOrAsAFile(String mediaType, String schema, ScalarKind kind) throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Raw, version: '1'}
                paths:
                  /things:
                    post:
                      requestBody:
                        content:
                          '%s':
                            schema: %s
                      responses: {'204': {description: OK}}
                """.formatted(mediaType, schema));

        OperationDef.BodyDef body = operation(service(Documents.translate(document), "things"), "create").body();

        assertThat(body.encoding()).isEqualTo(OperationDef.BodyEncoding.RAW);
        assertThat(body.mediaType()).isEqualTo(mediaType);
        assertThat(body.type()).isEqualTo(scalar(kind));
    }

    @Test
    void aFormBodyThatIsNotAnObjectIsAProblem() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Form, version: '1'}
                paths:
                  /things:
                    post:
                      requestBody:
                        content:
                          application/x-www-form-urlencoded:
                            schema: {type: string}
                      responses: {'204': {description: OK}}
                """);

        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.location().pointer())
                            .isEqualTo("/paths/~1things/post/requestBody/content/application~1x-www-form-urlencoded/schema");
                    assertThat(e.problem()).contains("must be an object schema");
                });
    }

    @Test
    void aPathParameterNoParameterDeclaresIsAProblem() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Undeclared, version: '1'}
                paths:
                  /runs/{run_id}:
                    get:
                      responses: {'204': {description: OK}}
                """);

        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/paths/~1runs~1{run_id}/get");
                    assertThat(e.problem()).contains("{run_id}");
                });
    }

    @Test
    void aPathParameterNotInThePathIsAProblem() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Stray, version: '1'}
                paths:
                  /runs:
                    get:
                      parameters:
                        - {name: run_id, in: path, required: true, schema: {type: string}}
                      responses: {'204': {description: OK}}
                """);

        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/paths/~1runs/get/parameters/0");
                    assertThat(e.problem()).contains("'run_id'", "/runs");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/pdf          | BINARY | BYTES",
        "application/octet-stream | BINARY | BYTES",
        "text/csv                 | TEXT   | STRING",
        "application/problem+xml  | TEXT   | STRING",
        "application/xml          | TEXT   | STRING",
        "'application/yaml; charset=utf-8' | TEXT | STRING",
        "application/x-ndjson     | TEXT   | STRING",
        "application/xml-dtd      | BINARY | BYTES",
    })
    void aResponseOfAnotherMediaTypeIsReturnedAsTextOrBytes(String mediaType, ResultKind kind, ScalarKind type) throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Report, version: '1'}
                paths:
                  /report:
                    get:
                      responses:
                        '200':
                          description: The report.
                          content:
                            '%s':
                              schema: {type: string, format: binary}
                """.formatted(mediaType));

        OperationDef report = operation(service(Documents.translate(document), "report"), "list");

        assertThat(report.result().kind()).isEqualTo(kind);
        assertThat(report.result().mediaType()).isEqualTo(mediaType);
        assertThat(report.result().type()).isEqualTo(scalar(type));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("document.yaml"), yaml);
    }
}
