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
import dev.parallel4j.generator.ir.PropertyDef;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.TypeName;
import dev.parallel4j.generator.ir.WaiterDef;
import dev.parallel4j.generator.ir.WaiterDef.Condition;
import dev.parallel4j.generator.ir.TypeRef.ScalarKind;
import dev.parallel4j.generator.testkit.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour the translator reads from a document beyond its types: cursor pagination (by convention and declared),
 * the stream flag of a JSON-or-stream operation, long-poll parameters, how event streams resume and report
 * failures, and waiters ({@code translate/client-behaviour.yaml}).
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
    void bothMethodsOfAJsonOrStreamOperationKnowTheBodysStreamFlag() {
        // the streaming method sets it, the JSON one clears it (ServiceEmitter; GeneratedBodiesTest-style wire checks
        // in integration-tests ChatTest)
        OperationDef create = operation(service(MODEL, "answers"), "create");
        OperationDef streaming = operation(service(MODEL, "answers"), "createStreaming");
        assertThat(streaming.streamProperty()).isEqualTo("stream");
        assertThat(create.streamProperty()).isEqualTo("stream");
        assertThat(operation(service(MODEL, "jobs"), "result").streamProperty()).isNull();
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
        assertRefused("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: wait, in: query, x-parallel4j-server-wait: true, schema: {type: string}}
                      responses:
                        '204': {description: done}
                """, "#/paths/~1a/get/parameters/0", "x-parallel4j-server-wait marks a number of seconds");
    }

    @Test
    void declaredPaginationNamingAMissingPropertyIsRefused() throws IOException {
        assertRefused("""
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
                """, "#/paths/~1a/get/x-parallel4j-pagination", "pagination names the property 'next'");
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
        String head = """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: after, in: query, schema: {type: string}}
                """;
        assertRefused(head + """
                      x-parallel4j-resume: {parameter: after}
                      responses:
                        '204': {description: done}
                """, "#/paths/~1a/get/x-parallel4j-resume", "this operation answers no text/event-stream");
        assertRefused(head + "      x-parallel4j-resume: {parameter: since}\n" + stream.formatted(""),
                "#/paths/~1a/get/x-parallel4j-resume", "names the query parameter 'since', which the operation does not have");
        assertRefused(head + "      x-parallel4j-resume: {parameter: after, eventId: id}\n" + stream.formatted(""),
                "#/paths/~1a/get/x-parallel4j-resume", "names the event property 'id', which no event of the stream declares");
        assertRefused(head + "      x-parallel4j-resume: {eventId: seq}\n" + stream.formatted(""),
                "#/paths/~1a/get/x-parallel4j-resume", "needs 'parameter'");
        assertRefused(head + stream.formatted("x-parallel4j-error-event: error"),
                "#/components/schemas/Tick/x-parallel4j-error-event", "names the property 'error', which the schema does not declare");
    }

    @Test
    void aWaiterNamesItsCallsTheEventCarryingTheResourceAndTheCondition() {
        ServiceDef jobs = service(MODEL, "jobs");
        assertThat(jobs.waiters()).singleElement().satisfies(waiter -> {
            assertThat(waiter.methodName()).isEqualTo("awaitDone");
            assertThat(waiter.retrieveMethod()).isEqualTo("retrieve");
            assertThat(waiter.eventsMethod()).isEqualTo("events");
            assertThat(waiter.carrier()).isEqualTo(TypeName.of("JobProgress"));
            assertThat(waiter.carrierProperty().jsonName()).isEqualTo("job");
            assertThat(waiter.until().text()).isEqualTo("state == done");
            assertThat(waiter.until().path()).extracting(PropertyDef::jsonName).containsExactly("state");
            assertThat(waiter.until().equal()).isTrue();
            assertThat(waiter.until().value()).isEqualTo("done");
            assertThat(waiter.streamTimeout()).isNull();
        });
        assertThat(service(MODEL, "answers").waiters()).isEmpty();
    }

    @Test
    void aConditionValueIsReadAsTheTestedPropertysType() throws IOException {
        Condition flag = waiterOf("{name: awaitIt, events: ticks, until: 'status.active != true', streamTimeout: wait}").until();
        assertThat(flag.path()).extracting(PropertyDef::jsonName).containsExactly("status", "active");
        assertThat(flag.equal()).isFalse();
        assertThat(flag.value()).isEqualTo(true);
        assertThat(waiterOf("{name: awaitIt, events: ticks, until: status.left == 0}").until().value()).isEqualTo(0L);
        assertThat(waiterOf("{name: awaitIt, events: ticks, until: \"status.phase == 'end'\"}").until().value()).isEqualTo("end");
        assertThat(waiterOf("{name: awaitIt, events: ticks, until: status.active == false, streamTimeout: wait}")
                .streamTimeout().wireName()).isEqualTo("wait");
    }

    @Test
    void waitersThatCouldNotWorkAreRefusedWhereTheyAreWritten() throws IOException {
        String at = "#/paths/~1things~1{id}/get/x-parallel4j-waiter";
        assertWaiterRefused("{name: awaitIt, events: ticks}", at, "needs 'name' (the method), 'events'");
        assertWaiterRefused("{name: retrieve, events: ticks, until: status.active == false}", at, "names the method 'retrieve'");
        assertWaiterRefused("{name: awaitIt, events: nothing, until: status.active == false}", at,
                "names the event stream 'nothing', which is no event-stream operation of this service");
        assertWaiterRefused("{name: awaitIt, events: ticks, until: status.gone == false}", at, "'gone' is no property there");
        assertWaiterRefused("{name: awaitIt, events: ticks, until: status.note == x}", at,
                "'note' may be absent; the condition needs properties that are always there");
        assertWaiterRefused("{name: awaitIt, events: ticks, until: status.active == maybe}", at,
                "whose value does not fit 'active'");
        assertWaiterRefused("{name: awaitIt, events: ticks, until: status.active}", at, "write <property.path> == <value>");
        assertWaiterRefused("{name: awaitIt, events: ticks, until: status.active == false, streamTimeout: id}", at,
                "names the stream timeout 'id', which is no numeric query parameter of events");
    }

    private static final String WAITED_DOCUMENT = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /things/{id}:
                get:
                  tags: [Things]
                  x-parallel4j-waiter: %s
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
              /things/{id}/events:
                get:
                  tags: [Things]
                  operationId: ticks
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: wait, in: query, schema: {type: integer}}
                  responses:
                    '200':
                      description: ok
                      content:
                        text/event-stream:
                          schema:
                            type: object
                            required: [thing]
                            properties: {thing: {$ref: '#/components/schemas/Thing'}}
            components:
              schemas:
                Thing:
                  type: object
                  required: [status]
                  properties:
                    status:
                      type: object
                      required: [active, left, phase]
                      properties:
                        active: {type: boolean}
                        left: {type: integer}
                        phase: {type: string}
                        note: {type: string}
            """;

    private WaiterDef waiterOf(String declaration) throws IOException {
        Path document = dir.resolve("waited.yaml");
        Files.writeString(document, WAITED_DOCUMENT.formatted(declaration));
        return service(Documents.translate(document), "things").waiters().get(0);
    }

    private void assertWaiterRefused(String declaration, String pointer, String message) throws IOException {
        assertRefused(WAITED_DOCUMENT.formatted(declaration), pointer, message);
    }

    /** Translating the document fails with a message naming where the problem is written and what it is. */
    private void assertRefused(String document, String pointer, String message) throws IOException {
        Path file = dir.resolve("refused.yaml");
        Files.writeString(file, document);
        assertThatThrownBy(() -> Documents.translate(file))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(pointer)
                .hasMessageContaining(message);
    }
}
