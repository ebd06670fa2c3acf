package dev.parallel4j.runtime.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parallel4j.runtime.webhook.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signature and timestamp checks of {@link WebhookVerifier}, with signatures computed independently. */
final class WebhookVerifierTest {
    private static final Clock AT_SIGNING = clockAt(Delivery.TIMESTAMP);
    private static final WebhookVerifier VERIFIER = verifier(AT_SIGNING);

    @Test
    void acceptsADeliverySignedWithTheSecretUsedAsText() {
        assertThatCode(() -> VERIFIER.verify(Delivery.BODY, Delivery.signed().webhookHeaders())).doesNotThrowAnyException();
    }

    @Test
    void usesTheSecretsUtf8BytesAsTheKeyAsParallelDocumentsIt() {
        // computed with: printf '%s' "$ID.$TIMESTAMP.$BODY" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
        assertThat(VERIFIER.sign(Delivery.ID, Delivery.TIMESTAMP, Delivery.BODY))
                .isEqualTo("v1,gUNmGtcH7FjQOzOg5TxsHefMdJUXVfIpHJYB+MTcwmk=");
    }

    @Test
    void matchesThePublishedStandardWebhooksTestVector() {
        // the signing test of the Standard Webhooks reference libraries (standard-webhooks/standard-webhooks)
        String body = "{\"test\": 2432232314}";
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        long timestamp = 1_614_265_330L;
        WebhookVerifier verifier = WebhookVerifier.builder()
                .secret(WebhookSecret.fromStandardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .clock(clockAt(timestamp))
                .build();
        String expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

        assertThat(verifier.sign(id, timestamp, body)).isEqualTo(expected);
        Delivery delivery = Delivery.signed().header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", expected);
        assertThatCode(() -> verifier.verify(body, delivery.webhookHeaders())).doesNotThrowAnyException();
    }

    @Test
    void acceptsADeliveryWhenAnyOfSeveralSignaturesMatches() {
        String right = Delivery.signed().headers.get("webhook-signature").get(0);
        String wrongKey = "v1," + Delivery.signature("an-old-secret".getBytes(StandardCharsets.UTF_8), Delivery.ID,
                Delivery.TIMESTAMP, Delivery.BODY);
        Delivery delivery = Delivery.signed().header("webhook-signature", wrongKey + " v1a,c2lnbmF0dXJl v2," + right.substring(3)
                + "  " + right);

        assertThatCode(() -> VERIFIER.verify(Delivery.BODY, delivery.webhookHeaders())).doesNotThrowAnyException();
    }

    @Test
    void readsSignaturesSpreadOverSeveralHeaderLines() {
        String right = Delivery.signed().headers.get("webhook-signature").get(0);
        Delivery delivery = Delivery.signed().header("webhook-signature", "v1,bm90IGl0", right);

        assertThatCode(() -> VERIFIER.verify(Delivery.BODY, delivery.webhookHeaders())).doesNotThrowAnyException();
    }

    @Test
    void refusesAChangedBody() {
        WebhookVerificationException e = failure(Delivery.BODY.replace("trun_1", "trun_2"), Delivery.signed());

        assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(e.header()).isEmpty();
        assertThat(e).hasMessageContaining("No v1 signature in the webhook-signature header matches the delivery");
    }

    @Test
    void refusesAChangedIdOrTimestampBecauseTheyAreSignedToo() {
        assertThat(failure(Delivery.BODY, Delivery.signed().header("webhook-id", "whevent_other")).reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(failure(Delivery.BODY, Delivery.signed().header("webhook-timestamp", Long.toString(Delivery.TIMESTAMP + 1))).reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void refusesADeliverySignedWithAnotherSecret() {
        WebhookVerifier other = WebhookVerifier.builder().secret(Delivery.SECRET + "x").clock(AT_SIGNING).build();

        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> other.verify(Delivery.BODY, Delivery.signed().webhookHeaders()));

        assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(e.getMessage()).doesNotContain(Delivery.SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1,", "v1,not base64!", "v1,c2hvcnQ=", "v1,@@@@"})
    void aV1SignatureThatIsTruncatedOrNotBase64MatchesNothing(String signature) {
        assertThat(failure(Delivery.BODY, Delivery.signed().header("webhook-signature", signature)).reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aHeaderWithoutAnyV1SignatureIsMalformedAndSaysWhatItHolds() {
        WebhookVerificationException e = failure(Delivery.BODY, Delivery.signed().header("webhook-signature", "v1a,AAAA v2,BBBB"));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
        assertThat(e.header()).contains("webhook-signature");
        assertThat(e).hasMessage("The webhook-signature header holds no v1 signature (other versions: v1a, v2);"
                + " expected space-separated entries like v1,<base64>");
    }

    @Test
    void aSignatureWithoutVersionIsNoV1Signature() {
        String bare = Delivery.signed().headers.get("webhook-signature").get(0).substring(3);

        WebhookVerificationException e = failure(Delivery.BODY, Delivery.signed().header("webhook-signature", bare));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
        assertThat(e).hasMessageStartingWith("The webhook-signature header holds no v1 signature;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhook-id", "webhook-timestamp", "webhook-signature"})
    void aMissingHeaderIsNamed(String header) {
        WebhookVerificationException e = failure(Delivery.BODY, Delivery.signed().without(header));

        assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER);
        assertThat(e.header()).contains(header);
        assertThat(e).hasMessage("The " + header + " header is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhook-id", "webhook-timestamp", "webhook-signature"})
    void anEmptyHeaderIsMalformed(String header) {
        WebhookVerificationException e = failure(Delivery.BODY, Delivery.signed().header(header, "  "));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
        assertThat(e.header()).contains(header);
        assertThat(e).hasMessage("The " + header + " header is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-1751498975", "1751498975.5", "1.75e9", "+1751498975", "2025-07-02T23:29:35Z"})
    void aTimestampThatIsNotWholeUnixSecondsIsMalformed(String timestamp) {
        WebhookVerificationException e = failure(Delivery.BODY, Delivery.signed().header("webhook-timestamp", timestamp));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
        assertThat(e.header()).contains("webhook-timestamp");
        assertThat(e).hasMessage("The webhook-timestamp header must be a Unix time in whole seconds, but is '" + timestamp + "'");
    }

    @Test
    void aLongHeaderValueIsCutShortInTheMessage() {
        String junk = "x".repeat(10_000);

        WebhookVerificationException e = failure(Delivery.BODY, Delivery.signed().header("webhook-timestamp", junk));

        assertThat(e.getMessage()).hasSizeLessThan(200).endsWith("x…'");
    }

    @Test
    void anIdGivenTwiceWithDifferentValuesIsMalformedButARepeatedIdenticalValueIsNot() {
        WebhookVerificationException e = failure(Delivery.BODY, Delivery.signed().header("webhook-id", Delivery.ID, "whevent_other"));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
        assertThat(e).hasMessage("The webhook-id header appears 2 times with different values");
        assertThatCode(() -> VERIFIER.verify(Delivery.BODY, Delivery.signed().header("webhook-id", Delivery.ID, Delivery.ID)
                .webhookHeaders())).doesNotThrowAnyException();
    }

    @Test
    void acceptsTimestampsExactlyAtTheToleranceOnEitherSide() {
        assertThatCode(() -> verifier(clockAt(Delivery.TIMESTAMP + 300)).verify(Delivery.BODY, Delivery.signed().webhookHeaders()))
                .doesNotThrowAnyException();
        assertThatCode(() -> verifier(clockAt(Delivery.TIMESTAMP - 300)).verify(Delivery.BODY, Delivery.signed().webhookHeaders()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesADeliveryOneSecondOlderThanTheTolerance() {
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> verifier(clockAt(Delivery.TIMESTAMP + 301)).verify(Delivery.BODY, Delivery.signed().webhookHeaders()));

        assertThat(e.reason()).isEqualTo(Reason.STALE_TIMESTAMP);
        assertThat(e).hasMessage("The delivery was signed at 2025-07-02T23:29:35Z, 301 s ago, beyond the tolerance of 300 s:"
                + " a replayed or long-delayed delivery");
    }

    @Test
    void refusesADeliveryOneSecondFurtherAheadThanTheTolerance() {
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> verifier(clockAt(Delivery.TIMESTAMP - 301)).verify(Delivery.BODY, Delivery.signed().webhookHeaders()));

        assertThat(e.reason()).isEqualTo(Reason.FUTURE_TIMESTAMP);
        assertThat(e).hasMessage("The delivery was signed at 2025-07-02T23:29:35Z, 301 s ahead of this machine's clock,"
                + " beyond the tolerance of 300 s; check the clock");
    }

    @Test
    void aFractionOfASecondPastTheToleranceIsStale() {
        Clock justPast = Clock.fixed(Instant.ofEpochSecond(Delivery.TIMESTAMP + 300, 1), ZoneOffset.UTC);

        assertThat(catchThrowableOfType(WebhookVerificationException.class,
                () -> verifier(justPast).verify(Delivery.BODY, Delivery.signed().webhookHeaders())).reason())
                .isEqualTo(Reason.STALE_TIMESTAMP);
    }

    @Test
    void theToleranceCanBeChanged() {
        WebhookVerifier strict = WebhookVerifier.builder().secret(Delivery.SECRET).tolerance(Duration.ofSeconds(10))
                .clock(clockAt(Delivery.TIMESTAMP + 11)).build();
        WebhookVerifier lenient = WebhookVerifier.builder().secret(Delivery.SECRET).tolerance(Duration.ofHours(1))
                .clock(clockAt(Delivery.TIMESTAMP + 3600)).build();

        assertThat(catchThrowableOfType(WebhookVerificationException.class,
                () -> strict.verify(Delivery.BODY, Delivery.signed().webhookHeaders())).reason()).isEqualTo(Reason.STALE_TIMESTAMP);
        assertThatCode(() -> lenient.verify(Delivery.BODY, Delivery.signed().webhookHeaders())).doesNotThrowAnyException();
    }

    @Test
    void aTimestampInMillisecondsIsFarInTheFuture() {
        long millis = Delivery.TIMESTAMP * 1000;
        Delivery delivery = Delivery.signed().header("webhook-timestamp", Long.toString(millis)).header("webhook-signature",
                "v1," + Delivery.signature(Delivery.SECRET.getBytes(StandardCharsets.UTF_8), Delivery.ID, millis, Delivery.BODY));

        assertThat(failure(Delivery.BODY, delivery).reason()).isEqualTo(Reason.FUTURE_TIMESTAMP);
    }

    @Test
    void aBadSignatureIsReportedBeforeAStaleTimestamp() {
        WebhookVerifier late = verifier(clockAt(Delivery.TIMESTAMP + 3600));

        assertThat(catchThrowableOfType(WebhookVerificationException.class,
                () -> late.verify(Delivery.BODY + " ", Delivery.signed().webhookHeaders())).reason()).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aBodyGivenAsBytesIsVerifiedAsTheUtf8TextIs() {
        String body = "{\"name\":\"Zürich Café – ☕\"}";
        Delivery delivery = Delivery.signed().header("webhook-signature",
                "v1," + Delivery.signature(Delivery.SECRET.getBytes(StandardCharsets.UTF_8), Delivery.ID, Delivery.TIMESTAMP, body));

        assertThatCode(() -> VERIFIER.verify(body.getBytes(StandardCharsets.UTF_8), delivery.webhookHeaders()))
                .doesNotThrowAnyException();
        assertThatCode(() -> VERIFIER.verify(body, delivery.webhookHeaders())).doesNotThrowAnyException();
    }

    @Test
    void aVerifierNeedsASecretAndANonNegativeTolerance() {
        assertThatThrownBy(() -> WebhookVerifier.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs the webhook secret");
        assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(VERIFIER.toString()).isEqualTo("WebhookVerifier[tolerance=PT5M]").doesNotContain(Delivery.SECRET);
    }

    private static WebhookVerificationException failure(String body, Delivery delivery) {
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> VERIFIER.verify(body, delivery.webhookHeaders()));
        assertThat(e).as("verification should have failed").isNotNull();
        assertThat(e.getMessage()).doesNotContain(Delivery.SECRET);
        return e;
    }

    private static WebhookVerifier verifier(Clock clock) {
        return WebhookVerifier.builder().secret(Delivery.SECRET).clock(clock).build();
    }

    private static Clock clockAt(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
