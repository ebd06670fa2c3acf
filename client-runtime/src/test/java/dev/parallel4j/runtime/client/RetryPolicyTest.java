package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statuses {@link RetryPolicy} retries and how long it waits. */
final class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A policy with the default delays and no jitter. */
    private static final RetryPolicy STEADY = policy(() -> 0.0);

    private static RetryPolicy policy(java.util.function.DoubleSupplier random) {
        return new RetryPolicy(2, RetryPolicy.DEFAULT_INITIAL_DELAY, RetryPolicy.DEFAULT_MAX_DELAY, CLOCK, random);
    }

    private static HttpHeaders headers(String... namesAndValues) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 599})
    void retriesTimeoutsConflictsRateLimitsAndServerErrors(int status) {
        assertThat(RetryPolicy.retryable(status, headers())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 400, 401, 402, 403, 404, 410, 422})
    void doesNotRetryOtherStatuses(int status) {
        assertThat(RetryPolicy.retryable(status, headers())).isFalse();
    }

    @Test
    void theServerCanSayWhetherToRetry() {
        assertThat(RetryPolicy.retryable(503, headers("x-should-retry", "false"))).isFalse();
        assertThat(RetryPolicy.retryable(400, headers("x-should-retry", "true"))).isTrue();
        assertThat(RetryPolicy.retryable(503, headers("x-should-retry", "maybe"))).as("an unknown verdict is ignored").isTrue();
    }

    @Test
    void backoffDoublesFromHalfASecondUpToEightSeconds() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 40)).map(retry -> STEADY.delay(retry, null)).containsExactly(
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8));
    }

    @Test
    void jitterTakesUpToAQuarterOff() {
        assertThat(policy(() -> 0.5).delay(2, null)).isEqualTo(Duration.ofMillis(875));
        assertThat(policy(() -> 0.999_999).delay(5, null)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(6001));
    }

    @Test
    void delaysFollowTheConfiguredBounds() {
        RetryPolicy quick = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(25), CLOCK, () -> 0.0);
        assertThat(List.of(1, 2, 3)).map(retry -> quick.delay(retry, null))
                .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(25));
        assertThat(quick.maxRetries()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} ms")
    @CsvSource(delimiter = '|', value = {
            "retry-after    | 3                             | 3000",
            "retry-after    | 1.5                           | 1500",
            "Retry-After    | 0                             | 0",
            "retry-after    | 60                            | 60000",
            "retry-after    | Sun, 01 Jun 2025 12:00:20 GMT | 20000",
            "retry-after-ms | 250                           | 250",
            "retry-after-ms | 12.5                          | 12",
    })
    void theServersWaitIsHonouredUpToAMinute(String header, String value, long millis) {
        assertThat(STEADY.delay(1, headers(header, value)).toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "retry-after    | 1260",
            "retry-after    | 61",
            "retry-after    | -5",
            "retry-after    | soon",
            "retry-after    | Sun, 01 Jun 2025 11:59:00 GMT",
            "retry-after    | Sun, 01 Jun 2025 13:00:00 GMT",
            "retry-after-ms | 60001",
            "retry-after-ms | NaN",
    })
    void aWaitTooLongInThePastOrUnreadableFallsBackToBackoff(String header, String value) {
        assertThat(STEADY.delay(2, headers(header, value))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        assertThat(STEADY.delay(1, headers("retry-after", "7", "retry-after-ms", "40"))).isEqualTo(Duration.ofMillis(40));
        assertThat(STEADY.delay(1, headers("retry-after", "7", "retry-after-ms", "x"))).isEqualTo(Duration.ofSeconds(7));
    }
}
