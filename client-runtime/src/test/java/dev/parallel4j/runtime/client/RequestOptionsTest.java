package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

    @Test
    void noneOverridesNothing() {
        RequestOptions none = RequestOptions.none();
        assertThat(none.timeout()).isEmpty();
        assertThat(none.maxRetries()).isEmpty();
        assertThat(none.headers()).isEmpty();
        assertThat(none.query()).isEmpty();
    }

    @Test
    void collectsOverrides() {
        RequestOptions options = RequestOptions.builder()
                .timeout(Duration.ofSeconds(5))
                .maxRetries(0)
                .header("h", "1")
                .header("h", "2")
                .queryParam("q", "a")
                .queryParam("q", "b")
                .build();
        assertThat(options.timeout()).contains(Duration.ofSeconds(5));
        assertThat(options.maxRetries()).hasValue(0);
        assertThat(options.headers()).containsOnly(Map.entry("h", "2"));
        assertThat(options.query()).containsExactly(Map.entry("q", "a"), Map.entry("q", "b"));
    }

    @Test
    void builtOptionsDoNotChangeWithTheBuilder() {
        RequestOptions.Builder builder = RequestOptions.builder().header("a", "1");
        RequestOptions first = builder.build();
        builder.header("b", "2").queryParam("q", "1");
        assertThat(first.headers()).containsOnlyKeys("a");
        assertThat(first.query()).isEmpty();
    }

    @Test
    void rejectsNonPositiveTimeoutsAndNulls() {
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout must be positive");
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRetries must not be negative");
        assertThatThrownBy(() -> RequestOptions.builder().header("h", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RequestOptions.builder().queryParam(null, "v")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMinimumTimeoutOnlyEverGrowsAndKeepsTheOtherSettings() {
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(1)).maxRetries(1).header("h", "v").build();
        RequestOptions longer = options.withMinimumTimeout(Duration.ofSeconds(90));
        assertThat(longer.minimumTimeout()).contains(Duration.ofSeconds(90));
        assertThat(longer.withMinimumTimeout(Duration.ofSeconds(10)).minimumTimeout()).contains(Duration.ofSeconds(90));
        assertThat(longer.timeout()).contains(Duration.ofSeconds(1));
        assertThat(longer.maxRetries()).hasValue(1);
        assertThat(longer.headers()).containsEntry("h", "v");
        assertThat(options.minimumTimeout()).isEmpty();
    }

    @Test
    void streamSettingsAreUnsetByDefaultAndKeptByToBuilder() {
        assertThat(RequestOptions.none().maxStreamReconnects()).isEmpty();
        assertThat(RequestOptions.none().deliverErrorEvents()).isFalse();

        RequestOptions options = RequestOptions.builder().maxStreamReconnects(0).deliverErrorEvents(true).build();
        RequestOptions copy = options.toBuilder().build();

        assertThat(copy.maxStreamReconnects()).hasValue(0);
        assertThat(copy.deliverErrorEvents()).isTrue();
        assertThatThrownBy(() -> RequestOptions.builder().maxStreamReconnects(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxStreamReconnects must not be negative: -1");
    }

    @Test
    void toStringNamesHeadersAndParametersButNotTheirValues() {
        RequestOptions options = RequestOptions.builder().maxRetries(3).header("Authorization", "Bearer sk-secret")
                .queryParam("api_key", "sk-secret").build();
        assertThat(options.toString())
                .isEqualTo("RequestOptions{timeout=null, minimumTimeout=null, maxRetries=3, headers=[Authorization], query=[api_key],"
                        + " maxStreamReconnects=null, deliverErrorEvents=false}")
                .doesNotContain("sk-secret");
    }
}
