package dev.parallel4j.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.WebhookEvent;
import dev.parallel4j.runtime.webhook.WebhookException;
import dev.parallel4j.runtime.webhook.WebhookHeaders;
import dev.parallel4j.runtime.webhook.WebhookPayloadException;
import dev.parallel4j.runtime.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A webhook endpoint on this machine, written as an application would write one: a JDK HTTP server whose handler
 * passes the raw body and the request headers to {@code client.webhooks().unwrap(...)}, answering 204 for an
 * event, 401 for a delivery that fails verification and 400 for a body it cannot read. Deliveries reach it over
 * real HTTP, so header names arrive as the server spells them ({@code Webhook-id}).
 */
public final class WebhookEndpoint implements AutoCloseable {
    private static final String PATH = "/webhooks/parallel";
    private static final HttpClient SENDER = HttpClient.newHttpClient();

    /**
     * What the endpoint made of one delivery.
     *
     * @param status the status it answered
     * @param event the event it read, or {@code null}
     * @param failure why it refused the delivery, or {@code null}
     */
    public record Outcome(int status, WebhookEvent event, WebhookException failure) {}

    private final ParallelClient client;
    private final WebhookVerifier verifier;
    private final HttpServer server;
    private final AtomicReference<Outcome> last = new AtomicReference<>();

    private WebhookEndpoint(ParallelClient client, WebhookVerifier verifier) throws IOException {
        this.client = client;
        this.verifier = verifier;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, this::receive);
        server.start();
    }

    /** Starts an endpoint reading deliveries with the client's webhooks service and this verifier. */
    public static WebhookEndpoint start(ParallelClient client, WebhookVerifier verifier) {
        try {
            return new WebhookEndpoint(client, verifier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Outcome outcome;
        try {
            WebhookEvent event = client.webhooks().unwrap(body, WebhookHeaders.of(exchange.getRequestHeaders()), verifier);
            outcome = new Outcome(204, event, null);
        } catch (WebhookPayloadException e) {
            outcome = new Outcome(400, null, e);
        } catch (WebhookException e) {
            outcome = new Outcome(401, null, e);
        }
        last.set(outcome);
        exchange.sendResponseHeaders(outcome.status(), -1);
        exchange.close();
    }

    /** Sends a delivery to the endpoint as Parallel would, and returns what the endpoint made of it. */
    public Outcome deliver(RecordedDelivery delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
        delivery.headers().forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        last.set(null);
        try {
            int status = SENDER.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            Outcome outcome = last.get();
            if (outcome == null || outcome.status() != status) {
                throw new IllegalStateException("the endpoint answered " + status + " but recorded " + outcome);
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering " + delivery.name(), e);
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }
}
