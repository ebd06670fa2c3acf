package dev.parallel4j.runtime.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallel4j.runtime.json.Json;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.webhook.WebhookVerificationException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link WebhookReader}: verification before reading, and clear errors for bodies it cannot read. */
final class WebhookReaderTest {
    private static final WebhookVerifier VERIFIER = WebhookVerifier.builder().secret(Delivery.SECRET)
            .clock(Clock.fixed(Instant.ofEpochSecond(Delivery.TIMESTAMP), ZoneOffset.UTC)).build();
    private static final WebhookReader<JsonValue> JSON = new WebhookReader<>(JsonValue.class, Json.newMapper());
    private static final WebhookReader<Counter> COUNTER = new WebhookReader<>(Counter.class, Json.newMapper());

    /** A tiny event type. */
    static final class Counter {
        public int count;
    }

    @Test
    void unwrapVerifiesThenReadsTheBody() {
        JsonValue event = JSON.unwrap(Delivery.BODY, Delivery.signed().webhookHeaders(), VERIFIER);

        assertThat(event).isEqualTo(JsonValue.parse(Delivery.BODY));
    }

    @Test
    void unwrapDoesNotReadABodyThatFailsVerification() {
        assertThatThrownBy(() -> JSON.unwrap("not json", Delivery.signed().webhookHeaders(), VERIFIER))
                .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void aBodyThatIsNotJsonIsAPayloadError() {
        assertThatThrownBy(() -> JSON.parse("{\"type\": "))
                .isInstanceOf(WebhookPayloadException.class)
                .hasMessageStartingWith("The webhook body is not a valid JsonValue: ");
    }

    @Test
    void aBodyOfTheWrongShapeNamesWhere() {
        assertThatThrownBy(() -> COUNTER.parse("{\"count\": \"three\"}"))
                .isInstanceOf(WebhookPayloadException.class)
                .hasMessageStartingWith("The webhook body is not a valid Counter: at $.count: ");
    }

    @Test
    void trailingContentIsAPayloadError() {
        assertThatThrownBy(() -> COUNTER.parse("{\"count\": 3} {\"count\": 4}")).isInstanceOf(WebhookPayloadException.class);
    }

    @Test
    void anEmptyOrNullBodyIsAPayloadError() {
        assertThatThrownBy(() -> COUNTER.parse(" ")).isInstanceOf(WebhookPayloadException.class)
                .hasMessage("The webhook body is empty; expected a JSON Counter");
        assertThatThrownBy(() -> COUNTER.parse("null")).isInstanceOf(WebhookPayloadException.class)
                .hasMessage("The webhook body is JSON null; expected a JSON Counter");
    }

    @Test
    void parseReadsWithoutVerifying() {
        assertThat(COUNTER.parse("{\"count\": 3}").count).isEqualTo(3);
    }
}
