package dev.parallel4j.runtime.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parallel4j.runtime.webhook.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two secret formats of {@link WebhookSecret} and the secrets it refuses. */
final class WebhookSecretTest {
    private static final byte[] CONTENT = "whevent_1.1751498975.{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aTextSecretSignsWithItsUtf8BytesPrefixIncluded() {
        String secret = "whsec_c2VjcmV0LWtleS1ieXRlcw==";
        byte[] asText = WebhookSecret.of(secret).sign(CONTENT);

        assertThat(Base64.getEncoder().encodeToString(asText))
                .isEqualTo(Delivery.signature(secret.getBytes(StandardCharsets.UTF_8), "whevent_1", 1_751_498_975L, "{}"));
    }

    @Test
    void aStandardWebhooksSecretSignsWithItsDecodedBytesWithOrWithoutPrefix() {
        byte[] key = "secret-key-bytes".getBytes(StandardCharsets.UTF_8);
        String expected = Delivery.signature(key, "whevent_1", 1_751_498_975L, "{}");

        assertThat(Base64.getEncoder().encodeToString(WebhookSecret.fromStandardWebhooks("whsec_c2VjcmV0LWtleS1ieXRlcw==").sign(CONTENT)))
                .isEqualTo(expected);
        assertThat(Base64.getEncoder().encodeToString(WebhookSecret.fromStandardWebhooks("c2VjcmV0LWtleS1ieXRlcw==").sign(CONTENT)))
                .isEqualTo(expected);
    }

    @Test
    void anEmptyTextSecretIsMalformed() {
        assertThat(malformed(() -> WebhookSecret.of(""))).hasMessage("The webhook secret is empty");
        assertThat(malformed(() -> WebhookSecret.of(null))).hasMessage("The webhook secret is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" pk_webhook_7Qv2", "pk_webhook_7Qv2\n", "pk_webhook_7Qv2 ", "   "})
    void aTextSecretWithSurroundingWhiteSpaceIsMalformedAndNotQuoted(String secret) {
        WebhookVerificationException e = malformed(() -> WebhookSecret.of(secret));

        assertThat(e).hasMessageContaining("starts or ends with white space");
        if (!secret.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(secret.strip());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"whsec_not*base64!", "whsec_", "", "whsec_abc$"})
    void aStandardWebhooksSecretThatIsNotBase64OrEmptyIsMalformed(String secret) {
        WebhookVerificationException e = malformed(() -> WebhookSecret.fromStandardWebhooks(secret));

        assertThat(e.getMessage()).startsWith("The webhook secret");
        if (secret.length() > "whsec_".length()) {
            assertThat(e.getMessage()).doesNotContain(secret.substring("whsec_".length()));
        }
    }

    @Test
    void neverShowsTheKey() {
        assertThat(WebhookSecret.of(Delivery.SECRET).toString()).isEqualTo("WebhookSecret[hidden]");
    }

    private static WebhookVerificationException malformed(ThrowingCallable call) {
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_SECRET);
        assertThat(e.header()).isEmpty();
        return e;
    }
}
