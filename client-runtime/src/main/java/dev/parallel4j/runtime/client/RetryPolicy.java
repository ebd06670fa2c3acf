package dev.parallel4j.runtime.client;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Which failed attempts are tried again and how long to wait first.
 *
 * <p>Retried: connection failures and timeouts (decided by the caller), and the statuses 408, 409, 429 and 5xx,
 * unless the server says otherwise with {@code x-should-retry: true} or {@code false}. The wait is the server's,
 * from {@code retry-after-ms} (milliseconds) or {@code Retry-After} (seconds or an HTTP date), when it asks for at
 * most {@link #MAX_SERVER_DELAY}; otherwise exponential backoff: the initial delay doubled on each retry up to the
 * maximum, minus up to a quarter at random so that clients that failed together do not retry together.
 */
final class RetryPolicy {
    /** Retries after the first attempt, by default. */
    static final int DEFAULT_MAX_RETRIES = 2;
    /** Wait before the first retry, before jitter, by default. */
    static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(500);
    /** Longest computed wait, by default. */
    static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
    /**
     * The longest wait a server may ask for and get: a longer one (an hourly quota's {@code Retry-After: 1260})
     * is not worth holding a call open for, so the computed backoff applies and the last failure reaches the
     * caller with the server's header.
     */
    static final Duration MAX_SERVER_DELAY = Duration.ofSeconds(60);

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final DoubleSupplier random;

    RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Clock clock) {
        this(maxRetries, initialDelay, maxDelay, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** A policy whose jitter comes from {@code random} (values in {@code [0, 1)}), for tests. */
    RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Clock clock, DoubleSupplier random) {
        this.maxRetries = maxRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.random = random;
    }

    /** How many times a call may be retried, unless its options say otherwise. */
    int maxRetries() {
        return maxRetries;
    }

    /** Whether a response with this error status is worth another attempt. */
    static boolean retryable(int status, HttpHeaders headers) {
        Optional<String> verdict = headers.firstValue("x-should-retry");
        if (verdict.isPresent() && (verdict.get().equals("true") || verdict.get().equals("false"))) {
            return verdict.get().equals("true");
        }
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /**
     * How long to wait before a retry.
     *
     * @param retry which retry this is: 1 for the second attempt
     * @param headers the headers of the failed response, or {@code null} after a connection failure
     */
    Duration delay(int retry, HttpHeaders headers) {
        Duration asked = headers == null ? null : serverDelay(headers);
        if (asked != null && !asked.isNegative() && asked.compareTo(MAX_SERVER_DELAY) <= 0) {
            return asked;
        }
        Duration backoff = initialDelay.multipliedBy(1L << Math.min(retry - 1, 30));
        if (backoff.compareTo(maxDelay) > 0 || backoff.isNegative()) {
            backoff = maxDelay;
        }
        double jitter = 1 - 0.25 * random.getAsDouble();
        return Duration.ofNanos((long) (backoff.toNanos() * jitter));
    }

    /** The wait the server asks for, or {@code null} when it asks for none or its header cannot be read. */
    private Duration serverDelay(HttpHeaders headers) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            Duration parsed = seconds(millis.get(), 0.001);
            if (parsed != null) {
                return parsed;
            }
        }
        String value = headers.firstValue("retry-after").map(String::strip).orElse(null);
        if (value == null) {
            return null;
        }
        Duration seconds = seconds(value, 1);
        if (seconds != null) {
            return seconds;
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            return Duration.between(clock.instant(), when.toInstant());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Duration seconds(String text, double unitInSeconds) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? Duration.ofNanos((long) (value * unitInSeconds * 1e9)) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
