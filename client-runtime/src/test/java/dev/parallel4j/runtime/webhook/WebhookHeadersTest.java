package dev.parallel4j.runtime.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link WebhookHeaders} from the shapes frameworks hand headers over in, names compared ignoring case. */
final class WebhookHeadersTest {
    private static final WebhookVerifier VERIFIER = WebhookVerifier.builder().secret(Delivery.SECRET)
            .clock(Clock.fixed(Instant.ofEpochSecond(Delivery.TIMESTAMP), ZoneOffset.UTC)).build();

    @Test
    void aMapIsReadIgnoringTheCaseOfItsNames() {
        Map<String, List<String>> received = new HashMap<>();
        Delivery.signed().headers.forEach((name, values) -> received.put(name.toUpperCase(), values));
        received.put("Content-Type", List.of("application/json"));

        WebhookHeaders headers = WebhookHeaders.of(received);

        assertThat(headers.values("webhook-id")).containsExactly(Delivery.ID);
        assertThat(headers.values("Webhook-Id")).containsExactly(Delivery.ID);
        assertThat(headers.values("webhook-unknown")).isEmpty();
        assertThatCode(() -> VERIFIER.verify(Delivery.BODY, headers)).doesNotThrowAnyException();
    }

    @Test
    void namesDifferingOnlyInCaseAreOneHeaderAndANullNameIsIgnored() {
        Map<String, List<String>> received = new TreeMap<>();
        received.put("webhook-signature", List.of("v1,AAAA"));
        received.put("Webhook-Signature", List.of("v1,BBBB"));
        Map<String, List<String>> withStatusLine = new HashMap<>(received);
        withStatusLine.put(null, List.of("HTTP/1.1 200 OK"));

        assertThat(WebhookHeaders.of(withStatusLine).values("webhook-signature")).containsExactlyInAnyOrder("v1,AAAA", "v1,BBBB");
    }

    @Test
    void aJdkHttpHeadersIsRead() {
        HttpHeaders received = HttpHeaders.of(Delivery.signed().headers, (name, value) -> true);

        assertThatCode(() -> VERIFIER.verify(Delivery.BODY, WebhookHeaders.of(received))).doesNotThrowAnyException();
        assertThat(WebhookHeaders.of(received).values("WEBHOOK-ID")).containsExactly(Delivery.ID);
    }

    @Test
    void aLookupFunctionIsAskedForLowerCaseNames() {
        Map<String, List<String>> signed = Delivery.signed().headers;
        Set<String> asked = new TreeSet<>();
        WebhookHeaders headers = WebhookHeaders.of(name -> {
            asked.add(name);
            List<String> values = signed.get(name);
            return values == null ? null : values.get(0);
        });

        assertThatCode(() -> VERIFIER.verify(Delivery.BODY, headers)).doesNotThrowAnyException();
        assertThat(asked).containsExactly("webhook-id", "webhook-signature", "webhook-timestamp");
        assertThat(headers.values("X-Absent")).isEmpty();
    }
}
