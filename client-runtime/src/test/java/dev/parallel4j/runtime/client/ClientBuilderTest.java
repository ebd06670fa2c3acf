package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Validation in {@link ClientBuilder}; requests sent through its executor are covered by {@link RequestExecutorTest}. */
class ClientBuilderTest {

    private static String baseUrl(String url) {
        return new TestClientBuilder().baseUrl(url).build().baseUrl().toString();
    }

    @Test
    void defaultBaseUrlIsTheDocumentsServer() {
        assertThat(new TestClientBuilder().build().baseUrl()).hasToString(TestClientBuilder.DEFAULT_BASE_URL);
    }

    @Test
    void trailingSlashIsStripped() {
        assertThat(baseUrl("https://api.example.com/")).isEqualTo("https://api.example.com");
        assertThat(baseUrl("https://proxy.example.com/parallel/")).isEqualTo("https://proxy.example.com/parallel");
        assertThat(baseUrl("https://proxy.example.com:8443/p")).isEqualTo("https://proxy.example.com:8443/p");
        assertThat(baseUrl("HTTPS://api.example.com")).isEqualTo("HTTPS://api.example.com");
    }

    @Test
    void baseUrlMustBeAbsoluteHttpOrHttps() {
        for (String bad : new String[] {"api.example.com", "/v1", "ftp://api.example.com", "mailto:a@example.com",
                "https:///nohost", "file:/tmp/x"}) {
            assertThatThrownBy(() -> new TestClientBuilder().baseUrl(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> new TestClientBuilder().baseUrl("https://exa mple.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a valid base URL");
        assertThatThrownBy(() -> new TestClientBuilder().baseUrl(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void baseUrlMustNotHaveQueryOrFragment() {
        assertThatThrownBy(() -> new TestClientBuilder().baseUrl("https://api.example.com?key=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query or fragment");
        assertThatThrownBy(() -> new TestClientBuilder().baseUrl("https://api.example.com/v1#top"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query or fragment");
    }

    @Test
    void plainHttpToAnotherHostIsRefused() {
        for (String url : new String[] {"http://api.example.com", "HTTP://api.example.com", "http://10.1.2.3:8080",
                "http://localhost.example.com"}) {
            assertThatThrownBy(() -> new TestClientBuilder().baseUrl(url).auth(Auth.bearer("secret-token")).build())
                    .as(url)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("plain HTTP")
                    .hasMessageContaining("allowInsecureHttp(true)")
                    .message().doesNotContain("secret-token");
        }
    }

    @Test
    void plainHttpToAnotherHostIsAllowedWhenAskedFor() {
        assertThat(new TestClientBuilder().baseUrl("http://api.example.com").allowInsecureHttp(true).build().baseUrl())
                .hasToString("http://api.example.com");
    }

    @Test
    void plainHttpToThisMachineIsAllowed() {
        for (String url : new String[] {"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:1", "http://127.5.6.7",
                "http://[::1]:9000"}) {
            assertThat(new TestClientBuilder().baseUrl(url).build().baseUrl()).as(url).hasToString(url);
        }
    }

    @Test
    void insecureHttpCanBeSwitchedBackOff() {
        TestClientBuilder builder = new TestClientBuilder().baseUrl("http://api.example.com").allowInsecureHttp(true);
        builder.allowInsecureHttp(false);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> new TestClientBuilder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout must be positive");
        assertThatThrownBy(() -> new TestClientBuilder().connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }

    @Test
    void retrySettingsAreChecked() {
        assertThatThrownBy(() -> new TestClientBuilder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRetries must not be negative: -1");
        assertThatThrownBy(() -> new TestClientBuilder().retryDelays(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialDelay must be positive");
        assertThatThrownBy(() -> new TestClientBuilder().retryDelays(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDelay PT1S is shorter than initialDelay PT2S");
    }

    @Test
    void theExecutorDescribesItsSettingsButNotTheCredential() {
        RequestExecutor executor = new TestClientBuilder().auth(Auth.apiKeyHeader("x-api-key", "sk-live-42")).maxRetries(5).build();
        assertThat(executor).hasToString("RequestExecutor{baseUrl=https://api.example.com, auth=API key in header x-api-key,"
                + " timeout=PT1M, maxRetries=5}");
        executor.close();
        assertThat(executor.toString()).endsWith(", closed}").doesNotContain("sk-live-42");
    }

    @Test
    void settersRejectNulls() {
        assertThatThrownBy(() -> new TestClientBuilder().clock(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TestClientBuilder().sleeper(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TestClientBuilder().header("h", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TestClientBuilder().httpClient(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TestClientBuilder().objectMapper(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void streamReconnectsMustNotBeNegativeAndClockAndSleeperAreHandedToTheExecutor() {
        assertThatThrownBy(() -> new TestClientBuilder().maxStreamReconnects(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxStreamReconnects must not be negative: -1");
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T09:00:00Z"), ZoneOffset.UTC);
        RecordingSleeper sleeper = new RecordingSleeper();
        RequestExecutor executor = new TestClientBuilder().clock(clock).sleeper(sleeper).build();
        assertThat(executor.clock()).isSameAs(clock);
        assertThat(executor.sleeper()).isSameAs(sleeper);
    }

    @Test
    void theScheduledSleeperEndsAWaitForNothingAtOnce() {
        assertThat(Sleeper.scheduled().sleep(Duration.ZERO)).isCompleted();
        assertThat(Sleeper.scheduled().sleep(Duration.ofSeconds(-5))).isCompleted();
        CompletableFuture<Void> hour = Sleeper.scheduled().sleep(Duration.ofHours(1));
        assertThat(hour).isNotDone();
        hour.cancel(true);
    }

    @Test
    void awaitingAWaitBlocksUntilItEndsAndCancelsItWhenInterrupted() throws InterruptedException {
        new RecordingSleeper().await(Duration.ofSeconds(3));
        CompletableFuture<Void> pending = new CompletableFuture<>();
        Sleeper never = delay -> pending;
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> never.await(Duration.ofSeconds(3))).isInstanceOf(InterruptedException.class);
        assertThat(pending).as("the interrupted wait").isCancelled();
        Sleeper failing = delay -> CompletableFuture.failedFuture(new IllegalStateException("no scheduler"));
        assertThatThrownBy(() -> failing.await(Duration.ofSeconds(3))).isInstanceOf(CompletionException.class)
                .hasMessage("The wait of PT3S failed").hasRootCauseMessage("no scheduler");
    }
}
