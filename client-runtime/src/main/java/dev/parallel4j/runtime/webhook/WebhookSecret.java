package dev.parallel4j.runtime.webhook;

import dev.parallel4j.runtime.webhook.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key webhook signatures are computed with. It is never shown: {@link #toString()} hides it and no exception
 * message contains it.
 *
 * <p>Two formats exist. Parallel signs with the webhook secret from its settings used as text, so the key is the
 * secret's UTF-8 bytes ({@link #of}). The Standard Webhooks format writes a random key in base64 behind a
 * {@code whsec_} prefix; its key is the decoded bytes ({@link #fromStandardWebhooks}).
 */
public final class WebhookSecret {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String STANDARD_PREFIX = "whsec_";

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /**
     * A secret used as text, as Parallel documents it: the key is its UTF-8 bytes, prefix included if it has one.
     *
     * @param secret the webhook secret as Parallel shows it in its settings
     * @return the secret
     * @throws WebhookVerificationException ({@link Reason#MALFORMED_SECRET}) if it is empty, or starts or ends with
     *     white space (a line break copied along with it changes every signature)
     */
    public static WebhookSecret of(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw malformed("The webhook secret is empty");
        }
        if (!secret.strip().equals(secret)) {
            throw malformed("The webhook secret starts or ends with white space; copy it without surrounding spaces or line breaks");
        }
        return new WebhookSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A secret in the Standard Webhooks format: base64, usually behind a {@code whsec_} prefix; the key is the
     * decoded bytes.
     *
     * @param secret the base64 key, with or without its {@code whsec_} prefix
     * @return the secret
     * @throws WebhookVerificationException ({@link Reason#MALFORMED_SECRET}) if it is empty or not base64
     */
    public static WebhookSecret fromStandardWebhooks(String secret) {
        if (secret == null || secret.isBlank()) {
            throw malformed("The webhook secret is empty");
        }
        String encoded = secret.strip();
        if (encoded.startsWith(STANDARD_PREFIX)) {
            encoded = encoded.substring(STANDARD_PREFIX.length());
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException notBase64) {
            // the decoder's message quotes the offending character, a piece of the secret: not passed on
            throw malformed("The webhook secret is not in the Standard Webhooks format: after its whsec_ prefix it must be base64");
        }
        if (key.length == 0) {
            throw malformed("The webhook secret holds no key after its whsec_ prefix");
        }
        return new WebhookSecret(key);
    }

    /** HMAC-SHA256 of some content with this key. */
    byte[] sign(byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot compute " + ALGORITHM + ", which every Java platform must provide", e);
        }
    }

    private static WebhookVerificationException malformed(String message) {
        return new WebhookVerificationException(Reason.MALFORMED_SECRET, null, message);
    }

    /** Says what this is, never the key. */
    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
