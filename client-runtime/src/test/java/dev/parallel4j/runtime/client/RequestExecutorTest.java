package dev.parallel4j.runtime.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiStatusException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.AuthenticationException;
import dev.parallel4j.runtime.error.BadRequestException;
import dev.parallel4j.runtime.error.ConflictException;
import dev.parallel4j.runtime.error.InternalServerException;
import dev.parallel4j.runtime.error.NotFoundException;
import dev.parallel4j.runtime.error.PaymentRequiredException;
import dev.parallel4j.runtime.error.PermissionDeniedException;
import dev.parallel4j.runtime.error.RateLimitException;
import dev.parallel4j.runtime.error.RequestTimeoutException;
import dev.parallel4j.runtime.error.ResponseDecodingException;
import dev.parallel4j.runtime.error.ResponseSummary;
import dev.parallel4j.runtime.error.UnprocessableEntityException;
import dev.parallel4j.runtime.json.JsonValue;
import dev.parallel4j.runtime.json.ModelChecks;
import dev.parallel4j.runtime.json.Validatable;
import dev.parallel4j.runtime.sse.EventStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link RequestExecutor}, built by {@link ClientBuilder}, against a real HTTP server. */
class RequestExecutorTest {
    private static final String KEY = "sk-test-SECRET-4242";
    private static final String USER_AGENT = "parallel4j/[^ ]+ \\(Java \\d+\\)";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    record Item(@JsonProperty("name") String name, @JsonProperty("count") int count) {}

    record Page(@JsonProperty("items") List<Item> items) {}

    record ErrorDetail(@JsonProperty("ref_id") String refId, @JsonProperty("message") String message) {}

    record ErrorResponse(@JsonProperty("type") String type, @JsonProperty("error") ErrorDetail error) {}

    record Validation(@JsonProperty("detail") List<JsonValue> detail) {}

    record Draft(@JsonProperty("name") String name, @JsonProperty("note") String note) {}

    /** Checks itself as a generated model does: {@code name} is required. */
    record Named(@JsonProperty("name") String name) implements Validatable {
        @Override
        public Named validate() {
            ModelChecks.required(name, "Named", "name");
            return this;
        }
    }

    record Shelf(@JsonProperty("items") List<Named> items) implements Validatable {
        @Override
        public Shelf validate() {
            ModelChecks.validate(items, "items");
            return this;
        }
    }

    private static final String ERROR_BODY = "{\"type\":\"error\",\"error\":{\"ref_id\":\"ref_77\",\"message\":\"Run not found\"}}";
    private static final String VALIDATION_BODY = "{\"detail\":[{\"loc\":[\"body\",\"match_limit\"],"
            + "\"msg\":\"Input should be less than or equal to 1000\",\"type\":\"less_than_equal\"}]}";

    private static TestClientBuilder builder() {
        return new TestClientBuilder().baseUrl(server.baseUrl()).auth(Auth.apiKeyHeader("x-api-key", KEY))
                .sleeper(new RecordingSleeper());
    }

    private static RequestExecutor executor() {
        return builder().build();
    }

    private static ApiRequest getRequest(String path) {
        return ApiRequest.builder("GET", path).build();
    }

    private static <T> T execute(ApiRequest request, ResponseSpec<T> spec) {
        return executor().execute(request, spec, RequestOptions.none());
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    // ---- what is sent ----

    @Test
    void sendsMethodPathQueryHeadersAndBodyExactly() {
        server.stubFor(post(anyUrl()).willReturn(okJson("{\"name\":\"x\",\"count\":1}")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zeta", 1);
        body.put("alpha", List.of("a b", 2.5));
        body.put("none", null);
        ApiRequest request = ApiRequest.builder("POST", "/v1/runs/{run_id}/items")
                .pathParam("run_id", "run 1/2")
                .query("tag", List.of("a", "b c"))
                .query("limit", 10)
                .header("parallel-beta", List.of("b1", "b2"))
                .jsonBody(body)
                .build();

        Item item = executor().execute(request, ResponseSpec.of(Item.class), RequestOptions.none());

        assertThat(item).isEqualTo(new Item("x", 1));
        server.verify(1, postRequestedFor(urlEqualTo("/v1/runs/run%201%2F2/items?tag=a&tag=b%20c&limit=10"))
                .withHeader("x-api-key", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching(USER_AGENT))
                .withHeader("parallel-beta", equalTo("b1,b2"))
                .withoutHeader("Authorization")
                .withRequestBody(equalTo("{\"zeta\":1,\"alpha\":[\"a b\",2.5],\"none\":null}")));
    }

    @Test
    void modelBodyLeavesOutNullProperties() {
        server.stubFor(patch(anyUrl()).willReturn(aResponse().withStatus(204)));
        ApiRequest request = ApiRequest.builder("PATCH", "/v1/drafts/d1").jsonBody(new Draft("n", null)).build();
        assertThat(execute(request, ResponseSpec.noContent())).isNull();
        server.verify(patchRequestedFor(urlEqualTo("/v1/drafts/d1")).withRequestBody(equalTo("{\"name\":\"n\"}")));
    }

    @Test
    void requestWithoutBodySendsNoContentType() {
        server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
        assertThat(execute(ApiRequest.builder("DELETE", "/v1/things/t1").build(), ResponseSpec.noContent())).isNull();
        server.verify(deleteRequestedFor(urlEqualTo("/v1/things/t1")).withoutHeader("Content-Type"));
        assertThat(onlyRequest().getBody()).isEmpty();
    }

    @Test
    void headersLayerDefaultsThenRequestThenOptions() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        RequestExecutor executor = builder().header("x-common", "builder").header("x-both", "builder").header("x-all", "builder")
                .build();
        ApiRequest request = ApiRequest.builder("GET", "/v1/h").header("x-both", "request").header("x-all", "request").build();
        RequestOptions options = RequestOptions.builder().header("x-all", "options").header("User-Agent", "custom/1.0").build();

        executor.execute(request, ResponseSpec.of(JsonValue.class), options);

        server.verify(getRequestedFor(urlEqualTo("/v1/h"))
                .withHeader("x-common", equalTo("builder"))
                .withHeader("x-both", equalTo("request"))
                .withHeader("x-all", equalTo("options"))
                .withHeader("User-Agent", equalTo("custom/1.0")));
    }

    @Test
    void credentialsCannotBeOverriddenByOptions() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        RequestOptions options = RequestOptions.builder().header("x-api-key", "someone-else").build();
        executor().execute(getRequest("/v1/h"), ResponseSpec.of(JsonValue.class), options);
        assertThat(onlyRequest().getHeaders().getHeader("x-api-key").values()).containsExactly(KEY);
    }

    @Test
    void optionsAppendQueryParameters() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        ApiRequest request = ApiRequest.builder("GET", "/v1/q").query("a", "1").build();
        RequestOptions options = RequestOptions.builder().queryParam("a", "2").queryParam("extra", "x&y=z").build();
        executor().execute(request, ResponseSpec.of(JsonValue.class), options);
        server.verify(getRequestedFor(urlEqualTo("/v1/q?a=1&a=2&extra=x%26y%3Dz")));
    }

    @Test
    void baseUrlPathIsKept() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        builder().baseUrl(server.baseUrl() + "/proxy/parallel/").build()
                .execute(getRequest("/v1/x"), ResponseSpec.of(JsonValue.class), RequestOptions.none());
        server.verify(getRequestedFor(urlEqualTo("/proxy/parallel/v1/x")));
    }

    // ---- credentials ----

    @Test
    void apiKeyInQuery() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        builder().auth(Auth.apiKeyQuery("api_key", "k y&z")).build()
                .execute(ApiRequest.builder("GET", "/v1/x").query("b", "1").build(), ResponseSpec.of(JsonValue.class),
                        RequestOptions.builder().queryParam("c", "2").build());
        server.verify(getRequestedFor(urlEqualTo("/v1/x?b=1&c=2&api_key=k%20y%26z")).withoutHeader("x-api-key"));
    }

    @Test
    void bearerToken() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        builder().auth(Auth.bearer("tok-1")).build().execute(getRequest("/v1/x"), ResponseSpec.of(JsonValue.class), RequestOptions.none());
        server.verify(getRequestedFor(urlEqualTo("/v1/x")).withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    void basicCredentials() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        builder().auth(Auth.basic("user", "p:w")).build().execute(getRequest("/v1/x"), ResponseSpec.of(JsonValue.class), RequestOptions.none());
        String expected = "Basic " + Base64.getEncoder().encodeToString("user:p:w".getBytes(StandardCharsets.UTF_8));
        server.verify(getRequestedFor(urlEqualTo("/v1/x")).withHeader("Authorization", equalTo(expected)));
    }

    @Test
    void noCredentials() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        builder().auth(Auth.none()).build().execute(getRequest("/v1/x"), ResponseSpec.of(JsonValue.class), RequestOptions.none());
        server.verify(getRequestedFor(urlEqualTo("/v1/x")).withoutHeader("Authorization").withoutHeader("x-api-key"));
    }

    // ---- success bodies ----

    @Test
    void decodesIntoJsonValueExactly() {
        String json = "{\"b\":[1.50,null],\"a\":{\"n\":12345678901234567890}}";
        server.stubFor(get(anyUrl()).willReturn(okJson(json)));
        JsonValue value = execute(getRequest("/v1/x"), ResponseSpec.of(JsonValue.class));
        assertThat(value.toJson()).isEqualTo(json);
    }

    @Test
    void decodesGenericTypes() {
        server.stubFor(get(anyUrl()).willReturn(okJson("[{\"name\":\"a\",\"count\":1,\"extra\":true},{\"name\":\"b\",\"count\":2}]")));
        List<Item> items = execute(getRequest("/v1/x"), ResponseSpec.of(new TypeReference<List<Item>>() {}));
        assertThat(items).containsExactly(new Item("a", 1), new Item("b", 2));
    }

    @Test
    void noContentIgnoresAnyBody() {
        server.stubFor(post(anyUrl()).willReturn(okJson("{\"ignored\":true}")));
        assertThat(execute(ApiRequest.builder("POST", "/v1/x").build(), ResponseSpec.noContent())).isNull();
    }

    @Test
    void emptySuccessBodyIsADecodingError() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("x-request-id", "req_e")));
        assertThatThrownBy(() -> execute(getRequest("/v1/x"), ResponseSpec.of(Item.class)))
                .isExactlyInstanceOf(ResponseDecodingException.class)
                .hasMessage("GET /v1/x returned HTTP 200 (request id req_e) with a body that could not be read:"
                        + " expected JSON but the body is empty (empty body)");
    }

    @Test
    void textAndBinaryResponsesAreReturnedAsReceivedAndAskedForByMediaType() {
        server.stubFor(get(urlPathEqualTo("/v1/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=ISO-8859-1").withBody("name,prix\ncaf\u00e9,1".getBytes(StandardCharsets.ISO_8859_1))));
        server.stubFor(get(urlPathEqualTo("/v1/logo")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        assertThat(execute(getRequest("/v1/export"), ResponseSpec.text("text/csv"))).isEqualTo("name,prix\ncaf\u00e9,1");
        assertThat(execute(getRequest("/v1/logo"), ResponseSpec.bytes("image/png"))).containsExactly(0x89, 'P', 'N', 'G');
        server.verify(getRequestedFor(urlPathEqualTo("/v1/export")).withHeader("Accept", equalTo("text/csv")));
        server.verify(getRequestedFor(urlPathEqualTo("/v1/logo")).withHeader("Accept", equalTo("image/png")));
    }

    @Test
    void aFormBodyIsSentWithItsContentType() {
        server.stubFor(post(anyUrl()).willReturn(okJson("{}")));
        ApiRequest request = ApiRequest.builder("POST", "/v1/files")
                .formBody(FormBody.multipart().field("purpose", "batch").field("file", FileUpload.of("a.txt", new byte[] {'x'})).build())
                .build();
        execute(request, ResponseSpec.of(JsonValue.class));
        server.verify(postRequestedFor(urlPathEqualTo("/v1/files"))
                .withHeader("Content-Type", matching("multipart/form-data; boundary=parallel4j-.+"))
                .withRequestBodyPart(aMultipart().withName("purpose").withBody(equalTo("batch")).build())
                .withRequestBodyPart(aMultipart().withName("file").withBody(equalTo("x")).build()));
    }

    @Test
    void emptySuccessBodyOfAFreeFormResponseIsJsonNull() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(204)));
        assertThat(execute(getRequest("/v1/x"), ResponseSpec.of(JsonValue.class))).isEqualTo(JsonValue.NULL);
    }

    @Test
    void nonJsonSuccessBodyIsADecodingErrorWithoutCredentials() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("x-request-id", "req_html")
                .withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>")));
        for (Auth auth : new Auth[] {Auth.apiKeyHeader("x-api-key", KEY), Auth.apiKeyQuery("api_key", KEY)}) {
            RequestExecutor executor = builder().auth(auth).build();
            assertThatThrownBy(() -> executor.execute(getRequest("/v1/runs/r1"), ResponseSpec.of(Item.class), RequestOptions.none()))
                    .isExactlyInstanceOf(ResponseDecodingException.class)
                    .hasMessageContaining("GET /v1/runs/r1 returned HTTP 200")
                    .hasMessageContaining("req_html")
                    .hasMessageContaining("body starts: <html><body>Maintenance</body></html>")
                    .satisfies(e -> assertThat(((ResponseDecodingException) e).response().statusCode()).isEqualTo(200))
                    .message().doesNotContain(KEY);
        }
    }

    @Test
    void trailingContentAfterTheJsonIsADecodingError() {
        server.stubFor(get(urlEqualTo("/v1/garbage")).willReturn(okJson("{\"name\":\"a\",\"count\":1} <html>")));
        server.stubFor(get(urlEqualTo("/v1/two")).willReturn(okJson("{\"name\":\"a\",\"count\":1}\n{\"name\":\"b\",\"count\":2}")));
        server.stubFor(get(urlEqualTo("/v1/space")).willReturn(okJson("{\"name\":\"a\",\"count\":1}\r\n\t ")));
        assertThatThrownBy(() -> execute(getRequest("/v1/garbage"), ResponseSpec.of(Item.class)))
                .isExactlyInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("Unexpected character ('<'");
        assertThatThrownBy(() -> execute(getRequest("/v1/two"), ResponseSpec.of(Item.class)))
                .isExactlyInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("Trailing token");
        assertThat(execute(getRequest("/v1/space"), ResponseSpec.of(Item.class))).isEqualTo(new Item("a", 1));
    }

    @Test
    void wrongTypeInSuccessBodyNamesTheJsonPath() {
        server.stubFor(get(anyUrl()).willReturn(okJson(
                "{\"items\":[{\"name\":\"a\",\"count\":1},{\"name\":\"b\",\"count\":\"two\"}]}")));
        assertThatThrownBy(() -> execute(getRequest("/v1/pages/1"), ResponseSpec.of(Page.class)))
                .isExactlyInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("at $.items[1].count: ")
                .hasMessageContaining("`int`")
                .hasMessageContaining("body starts: {\"items\"");
    }

    @Test
    void aResponseLackingARequiredPropertyFailsNamingItsPathUnlessValidationIsOff() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"items\":[{\"name\":\"a\"},{\"size\":2}]}")
                .withHeader("x-request-id", "req_9")));

        assertThatThrownBy(() -> execute(getRequest("/v1/shelf"), ResponseSpec.of(Shelf.class)))
                .isExactlyInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("at $.items[1].name: Named.name is required but was not set")
                .hasMessageContaining("200")
                .hasMessageContaining("body starts: {\"items\"");
        Shelf lenient = builder().responseValidation(false).build()
                .execute(getRequest("/v1/shelf"), ResponseSpec.of(Shelf.class), RequestOptions.none());
        assertThat(lenient.items()).extracting(Named::name).containsExactly("a", null);
    }

    // ---- error statuses ----

    static Stream<Arguments> errorStatuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(402, PaymentRequiredException.class),
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(408, RequestTimeoutException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(429, RateLimitException.class),
                Arguments.of(500, InternalServerException.class),
                Arguments.of(503, InternalServerException.class),
                Arguments.of(418, ApiStatusException.class));
    }

    @ParameterizedTest
    @MethodSource("errorStatuses")
    void errorStatusBecomesItsExceptionWithErrorResponseDetails(int status, Class<? extends ApiStatusException> type) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("x-request-id", "req_" + status)
                .withHeader("Content-Type", "application/json").withBody(ERROR_BODY)));

        ApiStatusException e = catchStatus(() -> execute(getRequest("/v1/runs/r1"), ResponseSpec.of(Item.class)));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.requestId()).contains("req_" + status);
        assertThat(e.json()).contains(JsonValue.parse(ERROR_BODY));
        assertThat(e.errorMessage()).contains("Run not found");
        assertThat(e.refId()).contains("ref_77");
        assertThat(e.body()).isEmpty();
        assertThat(e).hasMessage("GET /v1/runs/r1 returned HTTP " + status + " (request id req_" + status + "): Run not found [ref_id ref_77]");
        assertThat(e.getMessage()).doesNotContain(KEY);
    }

    @ParameterizedTest
    @MethodSource("errorStatuses")
    void errorStatusWithValidationBody(int status, Class<? extends ApiStatusException> type) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(VALIDATION_BODY)));

        ApiStatusException e = catchStatus(() -> execute(ApiRequest.builder("POST", "/v1/runs").jsonBody(Map.of()).build(),
                ResponseSpec.of(Item.class)));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.requestId()).isEmpty();
        assertThat(e.refId()).isEmpty();
        assertThat(e.errorMessage()).contains("body.match_limit: Input should be less than or equal to 1000");
        assertThat(e).hasMessage("POST /v1/runs returned HTTP " + status + ": body.match_limit: Input should be less than or equal to 1000");
    }

    @Test
    void declaredErrorTypesApplyMostSpecificFirst() {
        ResponseSpec<Item> spec = ResponseSpec.of(Item.class)
                .withError("default", JsonValue.class)
                .withError("4XX", ErrorResponse.class)
                .withError("422", Validation.class);

        stubStatus(422, VALIDATION_BODY);
        ApiStatusException validation = catchStatus(() -> execute(getRequest("/v1/x"), spec));
        assertThat(validation.body(Validation.class)).hasValueSatisfying(v -> assertThat(v.detail()).hasSize(1));

        stubStatus(404, ERROR_BODY);
        ApiStatusException notFound = catchStatus(() -> execute(getRequest("/v1/x"), spec));
        assertThat(notFound.body(ErrorResponse.class))
                .contains(new ErrorResponse("error", new ErrorDetail("ref_77", "Run not found")));
        assertThat(notFound.body(Validation.class)).isEmpty();

        stubStatus(500, "{\"oops\":1}");
        ApiStatusException serverError = catchStatus(() -> execute(getRequest("/v1/x"), spec));
        assertThat(serverError.body()).contains(JsonValue.parse("{\"oops\":1}"));
    }

    @Test
    void errorBodyThatDoesNotFitTheDeclaredTypeIsStillAvailableAsJson() {
        stubStatus(404, "{\"type\":\"error\",\"error\":\"just a string\"}");
        ApiStatusException e = catchStatus(() -> execute(getRequest("/v1/x"), ResponseSpec.of(Item.class).withError("404", ErrorResponse.class)));
        assertThat(e.body()).isEmpty();
        assertThat(e.json()).contains(JsonValue.parse("{\"type\":\"error\",\"error\":\"just a string\"}"));
    }

    @Test
    void htmlErrorPageBecomesInternalServerExceptionWithExcerpt() {
        String page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(page)));
        ApiStatusException e = catchStatus(() -> execute(getRequest("/v1/x"), ResponseSpec.of(Item.class).withError("default", ErrorResponse.class)));
        assertThat(e).isExactlyInstanceOf(InternalServerException.class);
        assertThat(e.json()).isEmpty();
        assertThat(e.body()).isEmpty();
        assertThat(e.errorMessage()).isEmpty();
        assertThat(e.response().bodyExcerpt()).isEqualTo(page);
        assertThat(e).hasMessage("GET /v1/x returned HTTP 502: " + page);
    }

    @Test
    void excerptsAreBounded() {
        String huge = "é".repeat(3000) + "END";
        server.stubFor(get(urlPathEqualTo("/v1/error")).willReturn(aResponse().withStatus(500).withBody(huge)));
        server.stubFor(get(urlPathEqualTo("/v1/ok")).willReturn(aResponse().withStatus(200).withBody(huge)));

        ApiStatusException e = catchStatus(() -> execute(getRequest("/v1/error"), ResponseSpec.of(Item.class)));
        assertThat(e.response().bodyExcerpt()).hasSize(ResponseSummary.EXCERPT_LIMIT).startsWith("éé").endsWith("…");
        assertThat(e.getMessage()).hasSizeLessThan(ResponseSummary.EXCERPT_LIMIT + 100).doesNotContain("END");

        assertThatThrownBy(() -> execute(getRequest("/v1/ok"), ResponseSpec.of(Item.class)))
                .isInstanceOfSatisfying(ResponseDecodingException.class, d -> {
                    assertThat(d.response().bodyExcerpt()).hasSize(ResponseSummary.EXCERPT_LIMIT);
                    assertThat(d.getMessage()).hasSizeLessThan(ResponseSummary.EXCERPT_LIMIT + 300).doesNotContain("END");
                });
    }

    @Test
    void redirectsAreNotFollowed() {
        server.stubFor(get(urlEqualTo("/v1/x")).willReturn(aResponse().withStatus(302).withHeader("Location", "/v1/elsewhere")));
        ApiStatusException e = catchStatus(() -> execute(getRequest("/v1/x"), ResponseSpec.of(Item.class)));
        assertThat(e).isExactlyInstanceOf(ApiStatusException.class);
        assertThat(e.statusCode()).isEqualTo(302);
        assertThat(e.response().header("Location")).contains("/v1/elsewhere");
        server.verify(0, getRequestedFor(urlEqualTo("/v1/elsewhere")));
    }

    // ---- failures to talk to the server ----

    @Test
    void requestTimeoutFromOptionsBecomesApiTimeoutException() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(2_000)));
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(() -> executor().execute(getRequest("/v1/slow"), ResponseSpec.of(JsonValue.class), options))
                .isExactlyInstanceOf(ApiTimeoutException.class)
                .isInstanceOf(ApiConnectionException.class)
                .hasMessageStartingWith("GET /v1/slow timed out");
    }

    @Test
    void aMinimumTimeoutOutlastsAShorterTimeout() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"done\":true}").withFixedDelay(400)));
        RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(100)).build()
                .withMinimumTimeout(Duration.ofSeconds(5));
        assertThat(executor().execute(getRequest("/v1/long-poll"), ResponseSpec.of(JsonValue.class), options))
                .isEqualTo(JsonValue.parse("{\"done\":true}"));
    }

    @Test
    void connectionRefusedBecomesApiConnectionException() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        RequestExecutor executor = new TestClientBuilder().baseUrl("http://127.0.0.1:" + port)
                .auth(Auth.apiKeyQuery("api_key", KEY)).build();
        assertThatThrownBy(() -> executor.execute(getRequest("/v1/x"), ResponseSpec.of(JsonValue.class), RequestOptions.none()))
                .isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessageStartingWith("GET /v1/x failed")
                .hasCauseInstanceOf(IOException.class)
                .message().doesNotContain(KEY);
    }

    // ---- Server-Sent Events ----

    @Test
    void streamDecodesJsonEventsSkipsBlankDataAndEndsAtDone() {
        String events = "retry: 100\n\n"
                + "id: 1\ndata: {\"name\":\"a\",\"count\":1}\n\n"
                + ": keep-alive\n\n"
                + "data:\n\n"
                + "event: ping\ndata:  \n\n"
                + "id: 2\nevent: item\ndata: {\"name\":\"b\",\ndata: \"count\":2}\n\n"
                + "data: [DONE]\n\n"
                + "id: 3\ndata: {\"name\":\"after\",\"count\":3}\n\n";
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events)));

        List<Item> items = new ArrayList<>();
        try (EventStream<Item> stream = executor().stream(
                ApiRequest.builder("GET", "/v1/runs/{id}/events").pathParam("id", "r1").query("last_event_id", "0").build(),
                ResponseSpec.of(Item.class), RequestOptions.none())) {
            for (Item item : stream) {
                items.add(item);
            }
            assertThat(stream.isClosed()).isTrue();
            assertThat(stream.lastEventId()).contains("2");
        }

        assertThat(items).containsExactly(new Item("a", 1), new Item("b", 2));
        server.verify(getRequestedFor(urlEqualTo("/v1/runs/r1/events?last_event_id=0"))
                .withHeader("Accept", equalTo("text/event-stream"))
                .withHeader("x-api-key", equalTo(KEY))
                .withHeader("User-Agent", matching(USER_AGENT)));
    }

    @Test
    void streamAsJavaStream() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody("data: {\"v\":1}\n\ndata: {\"v\":2}\n\n")));
        EventStream<JsonValue> events = executor().stream(getRequest("/v1/e"), ResponseSpec.of(JsonValue.class), RequestOptions.none());
        try (Stream<JsonValue> stream = events.stream()) {
            assertThat(stream.map(JsonValue::toJson).collect(Collectors.toList())).containsExactly("{\"v\":1}", "{\"v\":2}");
        }
        assertThat(events.isClosed()).isTrue();
    }

    @Test
    void undecodableEventIsADecodingErrorNamingTheEventAndClosesTheStream() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withHeader("x-request-id", "req_s")
                .withBody("id: 5\nevent: item\ndata: {\"name\":\"a\",\"count\":\"many\"}\n\n"
                        + "data: {\"name\":\"b\",\"count\":1} {}\n\n")));
        try (EventStream<Item> events = executor().stream(getRequest("/v1/e"), ResponseSpec.of(Item.class), RequestOptions.none())) {
            Iterator<Item> it = events.iterator();
            assertThatThrownBy(it::next)
                    .isExactlyInstanceOf(ResponseDecodingException.class)
                    .hasMessageContaining("GET /v1/e returned HTTP 200 (request id req_s)")
                    .hasMessageContaining("event item (id 5): at $.count: ")
                    .hasMessageContaining("body starts: {\"name\":\"a\",\"count\":\"many\"}");
            assertThat(events.isClosed()).isTrue();
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void anEventLackingARequiredPropertyFailsUnlessValidationIsOff() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody("data: {\"name\":\"a\"}\n\nid: 7\nevent: named\ndata: {\"size\":1}\n\n")));
        try (EventStream<Named> events = executor().stream(getRequest("/v1/e"), ResponseSpec.of(Named.class), RequestOptions.none())) {
            Iterator<Named> it = events.iterator();
            assertThat(it.next()).isEqualTo(new Named("a"));
            assertThatThrownBy(it::next)
                    .isExactlyInstanceOf(ResponseDecodingException.class)
                    .hasMessageContaining("event named (id 7): at $.name: Named.name is required but was not set");
        }
        try (EventStream<Named> events = builder().responseValidation(false).build()
                .stream(getRequest("/v1/e"), ResponseSpec.of(Named.class), RequestOptions.none())) {
            assertThat(events.stream().map(Named::name)).containsExactly("a", null);
        }
    }

    @Test
    void eventDataWithTrailingTokensIsRejected() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody("data: {\"name\":\"b\",\"count\":1} {}\n\n")));
        try (EventStream<Item> events = executor().stream(getRequest("/v1/e"), ResponseSpec.of(Item.class), RequestOptions.none())) {
            assertThatThrownBy(() -> events.iterator().next())
                    .isExactlyInstanceOf(ResponseDecodingException.class)
                    .hasMessageContaining("event message: at $: Trailing token");
        }
    }

    @Test
    void errorStatusOnStreamOpenIsTyped() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req_404")
                .withHeader("Content-Type", "application/json").withBody(ERROR_BODY)));
        ApiStatusException e = catchStatus(() -> executor().stream(getRequest("/v1/runs/missing/events"),
                ResponseSpec.of(Item.class).withError("404", ErrorResponse.class), RequestOptions.none()));
        assertThat(e).isExactlyInstanceOf(NotFoundException.class);
        assertThat(e.requestId()).contains("req_404");
        assertThat(e.errorMessage()).contains("Run not found");
        assertThat(e.body(ErrorResponse.class)).isPresent();
        server.verify(getRequestedFor(urlEqualTo("/v1/runs/missing/events")).withHeader("Accept", equalTo("text/event-stream")));
    }

    @Test
    void rateLimitOnStreamOpenIsTypedOnceTheRetriesAreSpent() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":\"Too many requests\"}")));
        ApiStatusException e = catchStatus(() -> executor().stream(getRequest("/v1/e"), ResponseSpec.of(Item.class), RequestOptions.none()));
        assertThat(e).isExactlyInstanceOf(RateLimitException.class);
        assertThat(e.errorMessage()).contains("Too many requests");
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/e")).withHeader("Content-Type", absent())))
                .extracting(r -> r.getHeader(RequestExecutor.RETRY_COUNT_HEADER))
                .containsExactly("0", "1", "2");
    }

    // ---- helpers ----

    private static void stubStatus(int status, String body) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static ApiStatusException catchStatus(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(ApiStatusException.class);
        return (ApiStatusException) thrown;
    }
}
