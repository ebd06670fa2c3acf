package dev.parallel4j.runtime.webhook;

import dev.parallel4j.runtime.webhook.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks that a webhook delivery comes from the sender holding the secret, as the Standard Webhooks scheme
 * Parallel follows defines it: the {@code webhook-signature} header holds one or more space-separated
 * {@code v1,<base64>} signatures, each an HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}; one
 * must match (a sender rotating its secret signs with both). Signatures are compared in constant time.
 *
 * <p>Only then is {@code webhook-timestamp} (Unix seconds) compared with the clock: a delivery older or further
 * ahead than the tolerance (5 minutes by default) is refused, so a captured delivery cannot be replayed later.
 * A timestamp failure therefore always concerns a genuinely signed delivery.
 *
 * <p>Immutable and thread-safe; build one per secret and share it.
 */
public final class WebhookVerifier {
    /** How far {@code webhook-timestamp} may be from the clock unless {@link Builder#tolerance} says otherwise. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";

    private static final String VERSION = "v1";
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int QUOTED = 40;

    private final WebhookSecret secret;
    private final Duration tolerance;
    private final Clock clock;

    private WebhookVerifier(Builder builder) {
        this.secret = builder.secret;
        this.tolerance = builder.tolerance;
        this.clock = builder.clock;
    }

    /**
     * A verifier with the default tolerance and the system clock.
     *
     * @param secret the webhook secret as Parallel shows it (see {@link WebhookSecret#of})
     * @return a verifier for that secret
     * @throws WebhookVerificationException ({@link Reason#MALFORMED_SECRET}) if the secret is unusable
     */
    public static WebhookVerifier of(String secret) {
        return builder().secret(secret).build();
    }

    /**
     * A builder; only the secret is required.
     *
     * @return a new builder with the default tolerance and the system clock
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a delivery whose body is text.
     *
     * @param body the body exactly as received, before any JSON parsing (its UTF-8 bytes are what was signed)
     * @param headers the delivery's headers
     * @throws WebhookVerificationException if a header is missing or malformed, no signature matches, or the
     *     timestamp is outside the tolerance
     */
    public void verify(String body, WebhookHeaders headers) {
        verify(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * Verifies a delivery.
     *
     * @param body the body bytes exactly as received
     * @param headers the delivery's headers
     * @throws WebhookVerificationException if a header is missing or malformed, no signature matches, or the
     *     timestamp is outside the tolerance
     */
    public void verify(byte[] body, WebhookHeaders headers) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        String id = single(headers, ID);
        String timestamp = single(headers, TIMESTAMP);
        long seconds = seconds(timestamp);
        List<byte[]> signatures = signatures(headers);
        byte[] expected = secret.sign(signedContent(id, timestamp, body));
        boolean matched = false;
        for (byte[] signature : signatures) {
            matched |= MessageDigest.isEqual(expected, signature); // every one compared: no early exit to time
        }
        if (!matched) {
            throw new WebhookVerificationException(Reason.BAD_SIGNATURE, null, "No v1 signature in the " + SIGNATURE
                    + " header matches the delivery: its body, " + ID + " or " + TIMESTAMP
                    + " was changed after signing, or it was signed with another secret");
        }
        checkAge(seconds, timestamp);
    }

    /**
     * The {@code webhook-signature} value the holder of the secret sends with a delivery, e.g. to test a
     * webhook endpoint with deliveries of one's own.
     *
     * @param id the {@code webhook-id} value
     * @param timestamp the {@code webhook-timestamp} value, Unix seconds
     * @param body the body
     * @return {@code v1,} and the base64 HMAC-SHA256 of {@code <id>.<timestamp>.<body>}
     */
    public String sign(String id, long timestamp, String body) {
        byte[] content = signedContent(Objects.requireNonNull(id, "id"), Long.toString(timestamp),
                Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
        return VERSION + "," + Base64.getEncoder().encodeToString(secret.sign(content));
    }

    private static byte[] signedContent(String id, String timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    /** The one value of a header: present, not blank, and not given twice with different values. */
    private static String single(WebhookHeaders headers, String name) {
        List<String> values = headers.values(name);
        if (values.isEmpty()) {
            throw missing(name);
        }
        String value = values.get(0).strip();
        if (values.stream().map(String::strip).distinct().count() > 1) {
            throw malformed(name, "The " + name + " header appears " + values.size() + " times with different values");
        }
        if (value.isEmpty()) {
            throw malformed(name, "The " + name + " header is empty");
        }
        return value;
    }

    private static long seconds(String timestamp) {
        if (!SECONDS.matcher(timestamp).matches()) {
            throw malformed(TIMESTAMP, "The " + TIMESTAMP + " header must be a Unix time in whole seconds, but is '"
                    + quoted(timestamp) + "'");
        }
        return Long.parseLong(timestamp);
    }

    /** The decoded {@code v1} signatures of the header; one that is not base64 matches nothing and is dropped. */
    private static List<byte[]> signatures(WebhookHeaders headers) {
        List<String> values = headers.values(SIGNATURE);
        if (values.isEmpty()) {
            throw missing(SIGNATURE);
        }
        String joined = String.join(" ", values).strip();
        if (joined.isEmpty()) {
            throw malformed(SIGNATURE, "The " + SIGNATURE + " header is empty");
        }
        List<byte[]> signatures = new ArrayList<>();
        Set<String> otherVersions = new TreeSet<>();
        int v1 = 0;
        for (String entry : SPACES.split(joined)) {
            int comma = entry.indexOf(',');
            String version = comma < 0 ? "" : entry.substring(0, comma);
            if (!version.equals(VERSION)) {
                otherVersions.add(quoted(version));
                continue;
            }
            v1++;
            try {
                signatures.add(Base64.getDecoder().decode(entry.substring(comma + 1)));
            } catch (IllegalArgumentException notBase64) {
                // cannot match; still counted, so a header of only broken signatures reads as a bad signature
            }
        }
        if (v1 == 0) {
            otherVersions.remove("");
            throw malformed(SIGNATURE, "The " + SIGNATURE + " header holds no " + VERSION + " signature"
                    + (otherVersions.isEmpty() ? "" : " (other versions: " + String.join(", ", otherVersions) + ")")
                    + "; expected space-separated entries like v1,<base64>");
        }
        return signatures;
    }

    private void checkAge(long seconds, String timestamp) {
        Instant now = clock.instant();
        long age = now.getEpochSecond() - seconds;
        Duration late = Duration.ofSeconds(age).plusNanos(now.getNano());
        if (late.compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(Reason.STALE_TIMESTAMP, null, "The delivery was signed at "
                    + describe(seconds, timestamp) + ", " + late.toSeconds() + " s ago, beyond the tolerance of "
                    + tolerance.toSeconds() + " s: a replayed or long-delayed delivery");
        }
        Duration early = late.negated();
        if (early.compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(Reason.FUTURE_TIMESTAMP, null, "The delivery was signed at "
                    + describe(seconds, timestamp) + ", " + early.toSeconds() + " s ahead of this machine's clock, beyond the tolerance of "
                    + tolerance.toSeconds() + " s; check the clock");
        }
    }

    /** A timestamp as an instant when it is one Java can show, else as received. */
    private static String describe(long seconds, String timestamp) {
        return seconds <= Instant.MAX.getEpochSecond() ? Instant.ofEpochSecond(seconds).toString() : timestamp;
    }

    private static WebhookVerificationException missing(String name) {
        return new WebhookVerificationException(Reason.MISSING_HEADER, name, "The " + name + " header is missing");
    }

    private static WebhookVerificationException malformed(String name, String message) {
        return new WebhookVerificationException(Reason.MALFORMED_HEADER, name, message);
    }

    /** A header value for a message, cut short: it comes from whoever sent the request. */
    private static String quoted(String value) {
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
    }

    /** Says how it checks, never the secret. */
    @Override
    public String toString() {
        return "WebhookVerifier[tolerance=" + tolerance + "]";
    }

    /** Collects a verifier's settings. */
    public static final class Builder {
        private WebhookSecret secret;
        private Duration tolerance = DEFAULT_TOLERANCE;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The webhook secret, used as text as Parallel documents it (see {@link WebhookSecret#of}).
         *
         * @param secret the webhook secret as Parallel shows it
         * @return this builder
         * @throws WebhookVerificationException ({@link Reason#MALFORMED_SECRET}) if it is unusable
         */
        public Builder secret(String secret) {
            return secret(WebhookSecret.of(secret));
        }

        /**
         * The webhook secret, in either format.
         *
         * @param secret the webhook secret, from {@link WebhookSecret#of} or {@link WebhookSecret#fromStandardWebhooks}
         * @return this builder
         */
        public Builder secret(WebhookSecret secret) {
            this.secret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * How far {@code webhook-timestamp} may lie before or after the clock (default 5 minutes).
         *
         * @param tolerance the largest accepted distance between a delivery's timestamp and the clock
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder tolerance(Duration tolerance) {
            if (tolerance.isNegative()) {
                throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
            }
            this.tolerance = tolerance;
            return this;
        }

        /**
         * The clock timestamps are compared with (default the system clock); tests pass a fixed one.
         *
         * @param clock the clock that tells the current time
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The verifier.
         *
         * @return a new verifier with this builder's secret, tolerance and clock
         * @throws IllegalStateException if no secret was given
         */
        public WebhookVerifier build() {
            if (secret == null) {
                throw new IllegalStateException("A webhook verifier needs the webhook secret: call secret(...)");
            }
            return new WebhookVerifier(this);
        }
    }
}
