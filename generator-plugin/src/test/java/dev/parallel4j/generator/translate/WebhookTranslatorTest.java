package dev.parallel4j.generator.translate;

import static dev.parallel4j.generator.testkit.Ir.name;
import static dev.parallel4j.generator.testkit.Ir.named;
import static dev.parallel4j.generator.testkit.Ir.object;
import static dev.parallel4j.generator.testkit.Ir.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallel4j.generator.SpecException;
import dev.parallel4j.generator.ir.ApiModel;
import dev.parallel4j.generator.ir.ServiceDef;
import dev.parallel4j.generator.ir.UnionDef;
import dev.parallel4j.generator.ir.UnionDef.Variant;
import dev.parallel4j.generator.ir.WebhooksDef;
import dev.parallel4j.generator.ir.WebhooksDef.WebhookDef;
import dev.parallel4j.generator.testkit.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a document's {@code webhooks} become: an event union and a service reading deliveries. */
final class WebhookTranslatorTest {
    private static final ApiModel SHOP = Documents.translate("emit/webhooks.yaml");
    private static final String HEADER = "openapi: 3.1.0\ninfo: {title: Webhooks, version: '1'}\npaths: {}\nwebhooks:\n";

    @TempDir
    Path dir;

    @Test
    void eachWebhookNamesItsPayloadAndDocsSortedByName() {
        WebhooksDef webhooks = SHOP.webhooks().orElseThrow();

        assertThat(webhooks.className()).isEqualTo("WebhooksService");
        assertThat(webhooks.accessor()).isEqualTo("webhooks");
        assertThat(webhooks.event()).isEqualTo(name("WebhookEvent"));
        assertThat(webhooks.webhooks()).extracting(WebhookDef::name, WebhookDef::payload).containsExactly(
                tuple("invoice.paid", name("InvoicePaidEvent")),
                tuple("order.cancelled", name("OrderEvent")),
                tuple("order.created", name("OrderEvent")),
                tuple("refund.issued", name("RefundEvent")));
        assertThat(webhooks.webhooks().get(2).docs().summary()).isEqualTo("An order was placed.");
    }

    @Test
    void theEventUnionDispatchesOnTheTypeEachPayloadFixesWithAnEnumOrConst() {
        UnionDef event = union(SHOP, "WebhookEvent");

        assertThat(event.discriminator()).isEqualTo("type");
        assertThat(event.mapping()).containsExactly(
                entry("invoice.paid", name("InvoicePaidEvent")),
                entry("order.created", name("OrderEvent")),
                entry("order.cancelled", name("OrderEvent")),
                entry("refund.issued", name("RefundEvent")));
        assertThat(event.variants()).extracting(Variant::label, Variant::type).containsExactly(
                tuple("InvoicePaid", named("InvoicePaidEvent")),
                tuple("Order", named("OrderEvent")),
                tuple("Refund", named("RefundEvent")));
    }

    @Test
    void anInlinePayloadIsNamedAfterItsWebhookAndDocumentedByIt() {
        assertThat(object(SHOP, "InvoicePaidEvent").docs().description())
                .isEqualTo("An invoice was paid in full.");
    }

    @Test
    void aDocumentWithoutWebhooksHasNoWebhooksService() {
        assertThat(Documents.translate("emit/model.yaml").webhooks()).isEmpty();
    }

    @Test
    void withoutATypeOnEveryPayloadTheUnionMatchesByShape() throws IOException {
        ApiModel model = translate(Map.of("ping", "Ping", "pong", "Pong"), """
                Ping: {type: object, required: [type], properties: {type: {type: string, const: ping}}}
                Pong: {type: object, required: [pong_id], properties: {pong_id: {type: string}}}
                """);

        UnionDef event = union(model, "WebhookEvent");
        assertThat(event.discriminator()).isNull();
        assertThat(event.mapping()).isEmpty();
        assertThat(event.variants()).extracting(Variant::type).containsExactly(named("Ping"), named("Pong"));
    }

    @Test
    void twoPayloadsClaimingOneTypeValueLeaveTheUnionToMatchByShape() throws IOException {
        ApiModel model = translate(Map.of("a", "A", "b", "B"), """
                A: {type: object, properties: {type: {type: string, enum: [x.created, x.deleted]}}}
                B: {type: object, properties: {type: {type: string, const: x.deleted}, b: {type: string}}}
                """);

        assertThat(union(model, "WebhookEvent").discriminator()).isNull();
    }

    @Test
    void aPayloadThatIsAUnionGivesTheEventUnionItsObjectVariants() throws IOException {
        ApiModel model = translate(Map.of("anything", "Event"), """
                Event:
                  oneOf: [{$ref: '#/components/schemas/Created'}, {$ref: '#/components/schemas/Deleted'}]
                Created: {type: object, properties: {type: {type: string, const: created}}}
                Deleted: {type: object, properties: {type: {type: string, const: deleted}}}
                """);

        assertThat(model.webhooks().orElseThrow().webhooks()).extracting(WebhookDef::payload).containsExactly(name("Event"));
        assertThat(union(model, "WebhookEvent").mapping()).containsExactly(
                entry("created", name("Created")), entry("deleted", name("Deleted")));
    }

    @Test
    void aWebhookWithoutPostTakesThePayloadOfItsOperationWithABody() throws IOException {
        ApiModel model = Documents.translate(write(HEADER + """
                ping:
                  get: {responses: {'200': {description: OK}}}
                  put:
                    requestBody: {content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
                """.indent(2)));

        assertThat(model.webhooks().orElseThrow().webhooks()).extracting(WebhookDef::payload).containsExactly(name("PingEvent"));
    }

    @Test
    void aServiceAlreadyCalledWebhooksKeepsItsNameAndTheEventsServiceTakesAnother() throws IOException {
        ApiModel model = Documents.translate(write("""
                openapi: 3.1.0
                info: {title: Subscriptions, version: '1'}
                paths:
                  /webhooks:
                    get:
                      tags: [Webhooks]
                      responses: {'204': {description: Listed.}}
                webhooks:
                  ping:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
                """));

        assertThat(model.services()).extracting(ServiceDef::accessor).containsExactly("webhooks");
        WebhooksDef webhooks = model.webhooks().orElseThrow();
        assertThat(webhooks.accessor()).isEqualTo("webhookEvents");
        assertThat(webhooks.className()).isEqualTo("WebhookEventsService");
        assertThat(webhooks.webhooks()).extracting(WebhookDef::payload).containsExactly(name("PingEvent"));
    }

    @Test
    void aWebhookWithoutAJsonBodyIsRefusedWithItsLocation() throws IOException {
        assertRefused("""
                ping:
                  post:
                    requestBody: {content: {application/x-www-form-urlencoded: {schema: {type: object}}}}
                """, "/webhooks/ping/post/requestBody", "webhook 'ping' has no JSON request body: its payload must be described as JSON");
    }

    @Test
    void aWebhookWithoutAnyBodyIsRefused() throws IOException {
        assertRefused("""
                ping:
                  get:
                    responses: {'200': {description: OK}}
                """, "/webhooks/ping", "webhook 'ping' has no operation with a request body to describe its payload");
    }

    @Test
    void aPayloadThatIsNotAnObjectIsRefused() throws IOException {
        assertRefused("""
                ping:
                  post:
                    requestBody: {content: {application/json: {schema: {type: string}}}}
                """, "/webhooks/ping/post/requestBody/content/application~1json/schema",
                "the payload of webhook 'ping' must be a JSON object (or a union of objects)");
    }

    /** A document whose webhooks (by name) each post the component schema named, declared in {@code schemas}. */
    private ApiModel translate(Map<String, String> payloads, String schemas) throws IOException {
        StringBuilder webhooks = new StringBuilder();
        new TreeMap<>(payloads).forEach((webhook, schema) -> webhooks.append(webhook).append(":\n  post:\n    requestBody: ")
                .append("{content: {application/json: {schema: {$ref: '#/components/schemas/").append(schema).append("'}}}}\n"));
        return Documents.translate(write(HEADER + webhooks.toString().indent(2) + "components:\n  schemas:\n" + schemas.indent(4)));
    }

    /** Translating a document with these webhooks fails with this problem at this pointer. */
    private void assertRefused(String webhooks, String pointer, String problem) throws IOException {
        Path document = write(HEADER + webhooks.indent(2));

        assertThatThrownBy(() -> Documents.translate(document)).isInstanceOfSatisfying(SpecException.class, e -> {
            assertThat(e.location().pointer()).isEqualTo(pointer);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("document.yaml"), yaml);
    }
}
