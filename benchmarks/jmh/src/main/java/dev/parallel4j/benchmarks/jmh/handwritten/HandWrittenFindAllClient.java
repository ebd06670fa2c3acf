package dev.parallel4j.benchmarks.jmh.handwritten;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Two FindAll calls written by hand: a request with the key and beta headers, the body read as bytes, a status
 * check, Jackson into records. No retries, no typed errors, no unknown-property preservation: the floor.
 */
public final class HandWrittenFindAllClient {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String apiKey;

    /** A client of the API at {@code baseUrl}. */
    public HandWrittenFindAllClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** {@code GET /v1beta/findall/runs/{id}}. */
    public FindAllModels.Run retrieve(String findallId) {
        return get("/v1beta/findall/runs/" + findallId, FindAllModels.Run.class);
    }

    /** {@code GET /v1beta/findall/runs/{id}/result}. */
    public FindAllModels.RunResult result(String findallId) {
        return get("/v1beta/findall/runs/" + findallId + "/result", FindAllModels.RunResult.class);
    }

    private <T> T get(String path, Class<T> type) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("x-api-key", apiKey)
                .header("parallel-beta", "findall-2025-09-15")
                .header("accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
