package dev.parallel4j.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedResponseServerTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void answersEachPathWithItsBytesOverOneConnection() throws Exception {
        byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        try (FixedResponseServer server = FixedResponseServer.start(
                Map.of("/a", new FixedResponseServer.Response("application/json", body)))) {
            HttpResponse<byte[]> first = get(server, "/a");
            HttpResponse<byte[]> withQuery = get(server, "/a?x=1");
            HttpResponse<byte[]> missing = get(server, "/b");

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo(body);
            assertThat(first.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(withQuery.body()).isEqualTo(body);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(server.connectionsAccepted()).isEqualTo(1);
        }
    }

    @Test
    void servesTheFindAllPayloads() throws Exception {
        try (FixedResponseServer server = Payloads.server(7, 10)) {
            JsonNode result = new ObjectMapper().readTree(get(server, Payloads.RESULT_PATH).body());
            String events = new String(get(server, Payloads.EVENTS_PATH).body(), StandardCharsets.UTF_8);
            JsonNode run = new ObjectMapper().readTree(get(server, Payloads.RUN_PATH).body());
            JsonNode model = new ObjectMapper().readTree(get(server, Payloads.ANTHROPIC_MODEL_PATH).body());

            assertThat(result.path("candidates")).hasSize(7);
            assertThat(result.path("candidates").get(0).path("basis")).hasSize(4);
            assertThat(events.split("\n", -1)).hasSize(10 * 3 + 1);
            assertThat(events).startsWith("event: findall.status\ndata: {\"type\":\"findall.status\"");
            assertThat(events.lines().filter(line -> line.startsWith("event: findall.candidate."))).hasSize(7);
            assertThat(run.path("findall_id").asText()).isEqualTo(Payloads.FINDALL_ID);
            assertThat(model.path("id").asText()).isEqualTo(Payloads.ANTHROPIC_MODEL);
        }
    }

    private HttpResponse<byte[]> get(FixedResponseServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
