package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.operation;
import static dev.parallel4j.generator.testkit.Ir.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.generator.SpecException;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.ClientDef;
import dev.parallel4j.generator.ir.ClientDef.AuthDef;
import dev.parallel4j.generator.ir.ClientDef.AuthKind;
import dev.parallel4j.generator.ir.Docs;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.load.OpenApiLoader;
import dev.parallel4j.generator.testkit.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole translate step: the client, the services, and a model that is the same every time. */
final class TranslatorTest {
    private static final ApiModel OPERATIONS = Documents.translate("translate/operations.yaml");

    @TempDir
    Path dir;

    @Test
    void theClientIsNamedAfterTheTitleAndUsesTheFirstServerAndSecurityScheme() {
        ClientDef client = OPERATIONS.client();
        assertThat(client.className()).isEqualTo("WidgetStoreClient");
        assertThat(client.envPrefix()).isEqualTo("WIDGET_STORE");
        assertThat(client.defaultBaseUrl()).isEqualTo("https://eu.widgets.example/api");
        assertThat(client.docs()).isEqualTo(new Docs("Widget Store API", "Sells widgets.", false));
        assertThat(client.auth()).isEqualTo(new AuthDef(AuthKind.API_KEY_HEADER, "x-api-key", "ApiKey"));
    }

    @Test
    void theCallerCanNameTheClient() {
        ApiModel model = Translator.translate(
                new OpenApiLoader().load(Documents.resource("translate/operations.yaml"), List.of()), "Widgets");
        assertThat(model.client().className()).isEqualTo("Widgets");
        assertThat(model.client().envPrefix()).isEqualTo("WIDGETS");
    }

    @Test
    void servicesComeFromTagsOrElseTheFirstPathSegmentSortedByAccessor() {
        assertThat(OPERATIONS.services())
                .extracting(ServiceDef::className, ServiceDef::accessor)
                .containsExactly(
                        tuple("AdminService", "admin"),
                        tuple("HealthService", "health"),
                        tuple("WidgetsService", "widgets"));
        assertThat(service(OPERATIONS, "widgets").docs()).isEqualTo(Docs.of("Widget management."));
    }

    @Test
    void tagsAndPathSegmentsThatGiveTheSameJavaNameAreOneService() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Same, version: '1'}
                paths:
                  /v1/responses:
                    post: {tags: [Responses], operationId: create_response, responses: {'204': {description: OK}}}
                  /v1/responses/{id}:
                    get:
                      operationId: get_response
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {'204': {description: OK}}
                    delete:
                      tags: [responses]
                      operationId: delete_response
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {'204': {description: OK}}
                """);

        List<ServiceDef> services = Documents.translate(document).services();

        assertThat(services).extracting(ServiceDef::className, ServiceDef::accessor)
                .containsExactly(tuple("ResponsesService", "responses"));
        assertThat(services.get(0).operations()).extracting(OperationDef::methodName)
                .containsExactlyInAnyOrder("create", "retrieve", "delete");
    }

    @Test
    void theDocumentCanNameAServiceAndAMethod() {
        assertThat(operation(service(OPERATIONS, "admin"), "reindexAll").path()).isEqualTo("/admin/reindex");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{type: apiKey, in: query, name: key}     | API_KEY_QUERY  | key",
        "{type: apiKey, in: header, name: X-Key}  | API_KEY_HEADER | X-Key",
        "{type: http, scheme: bearer}             | BEARER         | ''",
        "{type: http, scheme: basic}              | BASIC          | ''",
        "{type: oauth2, flows: {}}                | BEARER         | ''",
    })
    void readsTheKindOfCredential(String scheme, AuthKind kind, String name) throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Auth, version: '1'}
                paths: {}
                components:
                  securitySchemes:
                    Scheme: %s
                """.formatted(scheme));

        assertThat(Documents.translate(document).client().auth()).isEqualTo(new AuthDef(kind, name, "Scheme"));
    }

    @Test
    void aDocumentWithoutServersOrSecurityGivesAClientWithoutDefaults() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: OpenAPI, version: '1'}
                servers: [{url: /relative}]
                paths: {}
                """);

        ClientDef client = Documents.translate(document).client();

        assertThat(client.className()).isEqualTo("ApiClient");
        assertThat(client.defaultBaseUrl()).isEmpty();
        assertThat(client.auth().kind()).isEqualTo(AuthKind.NONE);
    }

    @Test
    void methodNamesChosenTwiceInAServiceAreAProblem() throws IOException {
        Path document = write("""
                openapi: 3.1.0
                info: {title: Clash, version: '1'}
                paths:
                  /runs:
                    get: {x-parallel4j-name: fetch, responses: {'204': {description: OK}}}
                  /runs/{id}:
                    get:
                      x-parallel4j-name: fetch
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {'204': {description: OK}}
                """);

        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/paths/~1runs~1{id}/get"); // the second to want the name
                    assertThat(e.problem()).contains("service Runs,", "GET /runs", "GET /runs/{id}", "fetch", "x-parallel4j-name");
                });
    }

    @Test
    void translatingTheSameDocumentTwiceGivesEqualModels() {
        assertThat(Documents.translate("translate/operations.yaml")).isEqualTo(OPERATIONS);
        assertThat(Documents.translate("translate/unions.yaml")).isEqualTo(Documents.translate("translate/unions.yaml"));
        assertThat(Documents.translate(Documents.PARALLEL, Documents.PARALLEL_OVERLAYS))
                .isEqualTo(Documents.translate(Documents.PARALLEL, Documents.PARALLEL_OVERLAYS));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("document.yaml"), yaml);
    }
}
