package dev.parallel4j.runtime.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook delivery built for a test: its body and headers, signed here with {@code javax.crypto} directly (not
 * through the code under test) as Parallel's documentation describes it.
 */
final class Delivery {
    static final String SECRET = "pk_webhook_7Qv2mX9sL4tR8nB1";
    static final String ID = "whevent_3f9c2a7e41d84b6f";
    static final long TIMESTAMP = 1_751_498_975L;
    static final String BODY = "{\"type\":\"task_run.status\",\"data\":{\"run_id\":\"trun_1\"}}";

    final Map<String, List<String>> headers = new LinkedHashMap<>();
    String body = BODY;

    private Delivery() {}

    /** The standard delivery, signed with {@link #SECRET}. */
    static Delivery signed() {
        Delivery delivery = new Delivery();
        delivery.header("webhook-id", ID);
        delivery.header("webhook-timestamp", Long.toString(TIMESTAMP));
        delivery.header("webhook-signature", "v1," + signature(SECRET.getBytes(StandardCharsets.UTF_8), ID, TIMESTAMP, BODY));
        return delivery;
    }

    /** Replaces a header's values. */
    Delivery header(String name, String... values) {
        headers.put(name, new ArrayList<>(List.of(values)));
        return this;
    }

    Delivery without(String name) {
        headers.remove(name);
        return this;
    }

    WebhookHeaders webhookHeaders() {
        return WebhookHeaders.of(headers);
    }

    /** Base64 HMAC-SHA256 of {@code id.timestamp.body} under a key. */
    static String signature(byte[] key, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
