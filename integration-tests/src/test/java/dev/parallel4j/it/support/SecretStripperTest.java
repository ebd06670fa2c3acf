package dev.parallel4j.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.Test;

/** Stripping credentials from a stub as WireMock's recorder writes it. */
final class SecretStripperTest {
    private static final String KEY = "pk-live-7f3a9c21e8b4d6f0";

    /** A recorded stub with every kind of secret the stripper must remove. */
    private static final String RECORDED = """
            {
              "id": "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c",
              "request": {
                "url": "/v1beta/findall/runs/findall_1/enrich",
                "method": "POST",
                "headers": {
                  "x-api-key": {"equalTo": "%1$s"},
                  "Authorization": {"equalTo": "Bearer %1$s"},
                  "parallel-beta": {"equalTo": "findall-2025-09-15"}
                },
                "bodyPatterns": [{"equalToJson": "{\\"mcp_servers\\": [{\\"headers\\": {\\"Authorization\\": \\"Bearer mcp-token\\"}}]}"}]
              },
              "response": {
                "status": 200,
                "body": "{\\"objective\\": \\"Find workshops\\", \\"echo\\": \\"%1$s\\"}",
                "headers": {
                  "Content-Type": "application/json",
                  "x-request-id": "req_1",
                  "Set-Cookie": "session=abc123; Path=/; HttpOnly",
                  "x-api-key": "%1$s",
                  "X-Auth-Token": "t0k3n",
                  "cf-ray": "8f1e2d3c4b5a6978-ARN"
                }
              }
            }
            """.formatted(KEY);

    @Test
    void removesCredentialHeadersBodyPatternsAndEveryOccurrenceOfTheKey() {
        StubMapping stripped =
                new SecretStripper(KEY).transform(StubMapping.buildFrom(RECORDED), null, Parameters.empty());

        String saved = StubMapping.buildJsonStringFor(stripped);
        assertThat(saved).doesNotContain(KEY, "mcp-token", "abc123", "t0k3n");
        assertThat(stripped.getRequest().getHeaders()).containsOnlyKeys("parallel-beta");
        assertThat(stripped.getRequest().getBodyPatterns()).isNull();
        assertThat(stripped.getResponse().getHeaders().keys())
                .containsExactlyInAnyOrder("Content-Type", "x-request-id", "cf-ray");
        assertThat(stripped.getResponse().getBody())
                .isEqualTo("{\"objective\": \"Find workshops\", \"echo\": \"" + SecretStripper.REDACTED + "\"}");
        assertThat(stripped.getRequest().getUrl()).isEqualTo("/v1beta/findall/runs/findall_1/enrich");
        assertThat(stripped.getResponse().getStatus()).isEqualTo(200);
    }
}
