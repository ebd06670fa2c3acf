package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthTest {
    private static final String SECRET = "sk-live-0123456789";

    @Test
    void apiKeyHeader() {
        Auth auth = Auth.apiKeyHeader("x-api-key", SECRET);
        assertThat(auth.headerName()).isEqualTo("x-api-key");
        assertThat(auth.queryName()).isNull();
        assertThat(auth.value()).isEqualTo(SECRET);
        assertThat(auth).hasToString("API key in header x-api-key");
    }

    @Test
    void apiKeyQuery() {
        Auth auth = Auth.apiKeyQuery("api_key", SECRET);
        assertThat(auth.headerName()).isNull();
        assertThat(auth.queryName()).isEqualTo("api_key");
        assertThat(auth.value()).isEqualTo(SECRET);
        assertThat(auth).hasToString("API key in query parameter api_key");
    }

    @Test
    void bearer() {
        Auth auth = Auth.bearer(SECRET);
        assertThat(auth.headerName()).isEqualTo("Authorization");
        assertThat(auth.value()).isEqualTo("Bearer " + SECRET);
        assertThat(auth).hasToString("bearer token");
    }

    @Test
    void basic() {
        Auth auth = Auth.basic("user", "pa:ss ✓");
        assertThat(auth.headerName()).isEqualTo("Authorization");
        assertThat(auth.value()).startsWith("Basic ");
        assertThat(new String(Base64.getDecoder().decode(auth.value().substring(6)), StandardCharsets.UTF_8))
                .isEqualTo("user:pa:ss ✓");
        assertThat(auth).hasToString("basic credentials");
    }

    @Test
    void none() {
        Auth auth = Auth.none();
        assertThat(auth.headerName()).isNull();
        assertThat(auth.queryName()).isNull();
        assertThat(auth).hasToString("no credentials").isSameAs(Auth.none());
    }

    @Test
    void toStringNeverContainsTheSecret() {
        for (Auth auth : new Auth[] {Auth.apiKeyHeader("x-api-key", SECRET), Auth.apiKeyQuery("k", SECRET),
                Auth.bearer(SECRET), Auth.basic("admin", SECRET)}) {
            assertThat(auth.toString()).doesNotContain(SECRET).doesNotContain("admin")
                    .doesNotContain(Base64.getEncoder().encodeToString(("admin:" + SECRET).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void emptyCredentialsAreRejected() {
        assertThatThrownBy(() -> Auth.apiKeyHeader("x-api-key", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The credential is empty");
        assertThatThrownBy(() -> Auth.apiKeyQuery("k", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Auth.bearer("\t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Auth.apiKeyHeader("x-api-key", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Auth.basic(null, "p")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void headerCredentialThatAHeaderCannotCarryIsRejectedWithoutQuotingIt() {
        // e.g. a key read from a file with its line break: the JDK would refuse it quoting the whole value
        assertThatThrownBy(() -> Auth.apiKeyHeader("x-api-key", SECRET + "\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index " + SECRET.length())
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> Auth.bearer("tok\r\nX-Injected: 1")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("tok");
        assertThatThrownBy(() -> Auth.bearer("tok✓")).isInstanceOf(IllegalArgumentException.class);
        // a query parameter is percent-encoded, so any character is fine there
        assertThat(Auth.apiKeyQuery("k", "a\nb✓").value()).isEqualTo("a\nb✓");
        assertThat(Auth.apiKeyHeader("x-api-key", "a\tb é").value()).isEqualTo("a\tb é");
    }
}
