package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.operation;
import static dev.parallel4j.generator.testkit.Ir.scalar;
import static dev.parallel4j.generator.testkit.Ir.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallel4j.generator.SpecException;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.OperationDef;
import dev.parallel4j.generator.ir.OperationDef.PaginationDef;
import dev.parallel4j.generator.ir.OperationDef.StreamDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.testkit.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour the translator reads from a document beyond its types: cursor pagination (by convention and declared),
 * the stream flag of a JSON-or-stream operation, long-poll parameters, and how event streams resume and report
 * failures ({@code translate/client-behaviour.yaml}).
 */
final class ClientBehaviourTest {
    private static final ApiModel MODEL = Documents.translate("translate/client-behaviour.yaml");

    @TempDir
    Path dir;

    @Test
    void aCursorParameterAndANextCursorPropertyMakeAPaginatedList() {
        PaginationDef pagination = operation(service(MODEL, "jobs"), "list").pagination();
        assertThat(pagination).isNotNull();
        assertThat(pagination.cursorParameter().wireName()).isEqualTo("cursor");
        assertThat(pagination.nextCursor().jsonName()).isEqualTo("next_cursor");
        assertThat(pagination.items().jsonName()).as("the required list, not the optional warnings").isEqualTo("jobs");
        assertThat(pagination.itemType()).isEqualTo(named("Job"));
    }

    @Test
    void paginationCanBeDeclaredWithOtherNames() {
        PaginationDef pagination = operation(service(MODEL, "jobs"), "logs").pagination();
        assertThat(pagination.cursorParameter().wireName()).isEqualTo("after");
        assertThat(pagination.nextCursor().jsonName()).isEqualTo("last_id");
        assertThat(pagination.items().jsonName()).isEqualTo("lines");
        assertThat(pagination.itemType()).isEqualTo(scalar(ScalarKind.STRING));
    }

    @Test
    void otherOperationsDoNotPage() {
        assertThat(operation(service(MODEL, "jobs"), "result").pagination()).isNull();
    }

    @Test
    void theStreamingMethodSetsTheBodysStreamFlagAndTheJsonMethodLeavesIt() {
        OperationDef create = operation(service(MODEL, "answers"), "create");
        OperationDef streaming = operation(service(MODEL, "answers"), "createStreaming");
        assertThat(streaming.streamProperty()).isEqualTo("stream");
        assertThat(create.streamProperty()).isNull();
    }

    @Test
    void aServerWaitParameterIsMarked() {
        OperationDef result = operation(service(MODEL, "jobs"), "result");
        assertThat(result.otherParameters()).singleElement().satisfies(wait -> {
            assertThat(wait.serverWait()).isTrue();
            assertThat(wait.defaultValue()).isEqualTo(300);
        });
    }

    @Test
    void aServerWaitOnANonNumberIsRefusedWhereItIsWritten() throws IOException {
        Path document = dir.resolve("bad.yaml");
        Files.writeString(document, """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: wait, in: query, x-parallel4j-server-wait: true, schema: {type: string}}
                      responses:
                        '204': {description: done}
                """);
        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("#/paths/~1a/get/parameters/0")
                .hasMessageContaining("x-parallel4j-server-wait marks a number of seconds");
    }

    @Test
    void declaredPaginationNamingAMissingPropertyIsRefused() throws IOException {
        Path document = dir.resolve("bad-page.yaml");
        Files.writeString(document, """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      x-parallel4j-pagination: {cursorParameter: after, nextCursor: next, items: rows}
                      parameters:
                        - {name: after, in: query, schema: {type: string}}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: object, properties: {rows: {type: array, items: {type: string}}}}
                """);
        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("pagination names the property 'next'");
    }

    @Test
    void aResumableStreamNamesItsResumeParameterAndWhereEventIdsLive() {
        StreamDef stream = operation(service(MODEL, "jobs"), "events").stream();
        assertThat(stream.resumeParameter().wireName()).isEqualTo("after");
        assertThat(stream.eventIdProperty()).isEqualTo("id");
    }

    @Test
    void theEventsWhoseSchemaIsMarkedAreErrorEventsWithTheirErrorProperty() {
        StreamDef stream = operation(service(MODEL, "jobs"), "events").stream();
        assertThat(stream.errorEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(TypeName.of("JobFailure"));
            assertThat(event.error().jsonName()).isEqualTo("problem");
        });
    }

    @Test
    void aStreamWithoutDeclarationsNeitherResumesNorRaisesAndOtherResultsHaveNoStream() {
        StreamDef stream = operation(service(MODEL, "answers"), "createStreaming").stream();
        assertThat(stream.resumeParameter()).isNull();
        assertThat(stream.eventIdProperty()).isNull();
        assertThat(stream.errorEvents()).isEmpty();
        assertThat(operation(service(MODEL, "answers"), "create").stream()).isNull();
    }

    @Test
    void streamDeclarationsThatCannotApplyAreRefusedWhereTheyAreWritten() throws IOException {
        String stream = """
                      responses:
                        '200':
                          description: ok
                          content:
                            text/event-stream:
                              schema: {$ref: '#/components/schemas/Tick'}
                components:
                  schemas:
                    Tick:
                      type: object
                      %s
                      properties: {seq: {type: string}}
                """;
        assertRefused("""
                      x-parallel4j-resume: {parameter: after}
                      responses:
                        '204': {description: done}
                """, "#/paths/~1a/get/x-parallel4j-resume", "this operation answers no text/event-stream");
        assertRefused("      x-parallel4j-resume: {parameter: since}\n" + stream.formatted(""),
                "#/paths/~1a/get/x-parallel4j-resume", "names the query parameter 'since', which the operation does not have");
        assertRefused("      x-parallel4j-resume: {parameter: after, eventId: id}\n" + stream.formatted(""),
                "#/paths/~1a/get/x-parallel4j-resume", "names the event property 'id', which no event of the stream declares");
        assertRefused("      x-parallel4j-resume: {eventId: seq}\n" + stream.formatted(""),
                "#/paths/~1a/get/x-parallel4j-resume", "needs 'parameter'");
        assertRefused(stream.formatted("x-parallel4j-error-event: error"),
                "#/components/schemas/Tick/x-parallel4j-error-event", "names the property 'error', which the schema does not declare");
    }

    private void assertRefused(String operationRest, String pointer, String message) throws IOException {
        Path document = dir.resolve("stream.yaml");
        Files.writeString(document, """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: after, in: query, schema: {type: string}}
                """ + operationRest);
        assertThatThrownBy(() -> Documents.translate(document))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(pointer)
                .hasMessageContaining(message);
    }
}
