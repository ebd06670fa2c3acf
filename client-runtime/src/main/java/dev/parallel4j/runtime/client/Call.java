package dev.parallel4j.runtime.client;

import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiTimeoutException;
import dev.parallel4j.runtime.error.ResponseSummary;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One call from its first attempt to its outcome. It bounds each attempt by the call's timeout, retries failed ones
 * as the {@link RetryPolicy} allows after a {@link Sleeper} wait, and completes a single future with the outcome.
 * {@link #start} sends attempts with {@code HttpClient.sendAsync} and blocks no thread; cancelling the future aborts
 * the attempt or the wait in progress, and an abandoned response body is released. {@link #runInPlace} sends them with
 * {@code HttpClient.send} and waits on the calling thread, as a synchronous call does: {@code sendAsync} hands every
 * response to another thread (a new one per call where the common pool has fewer than two threads, as on two
 * cores), which costs a synchronous call more than its own work.
 *
 * <p>The steps of a call run one after another (each starts from the completion of the previous one), so its
 * mutable state needs no locking.
 *
 * @param <B> the body type of a response
 * @param <T> the call's value
 */
final class Call<B, T> {
    private static final Future<?> NOTHING_IN_FLIGHT = CompletableFuture.completedFuture(null);
    /**
     * What a call does with responses.
     *
     * @param handler reads an attempt's body
     * @param release releases the body of a response nobody will read (closing a stream)
     * @param finish turns the last response into the call's value, or throws its failure
     * @param <B> the body type
     * @param <T> the value
     */
    record Exchange<B, T>(BodyHandler<B> handler, Consumer<B> release, Function<HttpResponse<B>, T> finish) {}

    /**
     * How a call is sent and retried.
     *
     * @param http the HTTP client
     * @param policy when to retry
     * @param sleeper waits between attempts
     * @param log logs attempts and retries
     */
    record Transport(HttpClient http, RetryPolicy policy, Sleeper sleeper, HttpLog log) {}

    private final Transport transport;
    private final ApiRequest request;
    private final IntFunction<HttpRequest> attempts;
    private final Duration timeout;
    private final int maxRetries;
    private final boolean replayable;
    private final Exchange<B, T> exchange;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile Future<?> inFlight;
    private int retries;
    private boolean blocking;

    /**
     * Prepares a call.
     *
     * @param attempts the HTTP request of each attempt, by the number of retries before it; its timeout (the call's)
     *     bounds the wait for the headers
     * @param timeout how long one attempt may take
     * @param maxRetries how many times a failed attempt may be retried
     * @param replayable whether the request body can be sent more than once
     */
    Call(Transport transport, ApiRequest request, IntFunction<HttpRequest> attempts, Duration timeout, int maxRetries,
            boolean replayable, Exchange<B, T> exchange) {
        this.transport = transport;
        this.request = request;
        this.attempts = attempts;
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.replayable = replayable;
        this.exchange = exchange;
    }

    /** Sends the first attempt; the future completes with the outcome, and cancelling it aborts the call. */
    CompletableFuture<T> start() {
        result.whenComplete((value, failure) -> {
            Future<?> current = inFlight;
            if (result.isCancelled() && current != null) {
                current.cancel(true);
            }
        });
        attempt();
        return result;
    }

    /** Runs the call on the calling thread until its outcome; returns the completed future. */
    CompletableFuture<T> runInPlace() {
        blocking = true;
        while (!result.isDone()) {
            attemptBlocking();
        }
        return result;
    }

    private void attemptBlocking() {
        HttpRequest http = nextRequest();
        if (http == null) {
            return;
        }
        AtomicReference<ResponseInfo> received = new AtomicReference<>();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos(); // the request's own timeout bounds the headers; this, the body
        BodyHandler<B> handler = exchange.handler();
        HttpResponse<B> response = null;
        Throwable failure = null;
        try {
            // as in attempt(): the handler must not refer to this call
            response = transport.http().send(http, info -> {
                received.set(info);
                return new DeadlineBodySubscriber<>(handler.apply(info), deadline - System.nanoTime());
            });
        } catch (IOException e) {
            failure = timeoutIn(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(interrupted(e));
            return;
        }
        finished(http, NOTHING_IN_FLIGHT, received.get(), response, failure, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The request of the next attempt, logged; {@code null} when it cannot be made (a body that cannot be read), the
     * call having failed with the reason.
     */
    private HttpRequest nextRequest() {
        HttpRequest http;
        try {
            http = attempts.apply(retries);
        } catch (RuntimeException unsendable) {
            result.completeExceptionally(unsendable);
            return null;
        }
        transport.log().request(http.method(), http.uri(), http.headers(), retries + 1);
        return http;
    }

    /** The deadline's timeout when it is what ended a blocking attempt, else the failure itself. */
    private static Throwable timeoutIn(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return cause;
            }
        }
        return failure;
    }

    private static ApiConnectionException interrupted(InterruptedException e) {
        return new ApiConnectionException("Interrupted while waiting for a response; the call was cancelled", e);
    }

    private void attempt() {
        if (result.isDone()) {
            return;
        }
        HttpRequest http = nextRequest();
        if (http == null) {
            return;
        }
        AtomicReference<ResponseInfo> received = new AtomicReference<>();
        BodyHandler<B> handler = exchange.handler();
        long started = System.nanoTime();
        // The HTTP client may keep the handler as long as the connection (with a connect timeout, it does): the
        // handler must not refer to this call, whose transport refers to the client, or the client is never freed.
        CompletableFuture<HttpResponse<B>> sent = transport.http().sendAsync(http, info -> {
            received.set(info);
            return handler.apply(info);
        });
        inFlight = sent;
        CompletableFuture<HttpResponse<B>> bounded = new CompletableFuture<>();
        sent.whenComplete((response, failure) -> {
            if (failure != null) {
                bounded.completeExceptionally(failure);
            } else if (!bounded.complete(response)) {
                exchange.release().accept(response.body()); // arrived after the timeout
            }
        });
        bounded.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).whenComplete((response, failure) ->
                finished(http, sent, received.get(), response, failure, Duration.ofNanos(System.nanoTime() - started)));
        if (result.isDone()) {
            sent.cancel(true); // cancelled while this attempt was starting
        }
    }

    private void finished(HttpRequest http, Future<?> sent, ResponseInfo received, HttpResponse<B> response, Throwable failure,
            Duration took) {
        int attempt = retries + 1;
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                sent.cancel(true); // aborts the exchange and its connection
            }
            if (result.isDone()) {
                return;
            }
            ApiConnectionException problem = connectionFailure(cause, received);
            if (problem == null) {
                result.completeExceptionally(cause);
                return;
            }
            String reason = timedOut(cause) ? "no response within " + text(timeout) : String.valueOf(cause);
            transport.log().failure(http.method(), http.uri(), reason, took, attempt);
            if (!retry(http, null, reason)) {
                result.completeExceptionally(problem);
            }
            return;
        }
        if (result.isDone()) {
            exchange.release().accept(response.body());
            return;
        }
        int status = response.statusCode();
        transport.log().response(http.method(), http.uri(), status, response.headers(), took, attempt);
        if ((status < 200 || status >= 300) && RetryPolicy.retryable(status, response.headers())
                && retry(http, response.headers(), "HTTP " + status)) {
            exchange.release().accept(response.body());
            return;
        }
        try {
            result.complete(exchange.finish().apply(response));
        } catch (RuntimeException undecodable) {
            result.completeExceptionally(undecodable);
        }
    }

    /**
     * Schedules the next attempt if the call may be retried.
     *
     * @param headers the failed response's headers, or {@code null} after a connection failure
     * @return whether a retry was scheduled
     */
    private boolean retry(HttpRequest http, HttpHeaders headers, String reason) {
        if (retries >= maxRetries) {
            return false;
        }
        if (!replayable) {
            transport.log().notRetried(http.method(), http.uri(), reason);
            return false;
        }
        retries++;
        Duration delay = transport.policy().delay(retries, headers);
        transport.log().retry(http.method(), http.uri(), reason, delay, retries, maxRetries);
        if (blocking) {
            try {
                transport.sleeper().await(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(interrupted(e));
            }
            return true;
        }
        CompletableFuture<Void> wait = transport.sleeper().sleep(delay);
        inFlight = wait;
        wait.whenComplete((over, failure) -> {
            if (failure == null) {
                attempt();
            } else {
                result.completeExceptionally(failure);
            }
        });
        if (result.isDone()) {
            wait.cancel(true);
        }
        return true;
    }

    /**
     * The exception for a failed attempt, or {@code null} when the failure is not about the connection (such as a
     * file to upload that cannot be read) and is passed on as it is.
     */
    private ApiConnectionException connectionFailure(Throwable cause, ResponseInfo received) {
        ResponseSummary partial = received == null ? null : RequestExecutor.summary(request, received.statusCode(),
                received.headers(), new byte[0]);
        String reading = partial == null ? "" : " while reading the body of HTTP " + partial.statusCode()
                + partial.requestId().map(id -> " (request id " + id + ")").orElse("");
        String attempts = retries == 0 ? "" : " (attempt " + (retries + 1) + ")";
        if (cause instanceof HttpConnectTimeoutException) {
            return new ApiTimeoutException(request + " could not connect in time: " + cause.getMessage() + attempts, cause);
        }
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return new ApiTimeoutException(request + " timed out after " + text(timeout) + reading + attempts, cause, partial);
        }
        if (cause instanceof IOException) {
            return new ApiConnectionException(request + " failed" + reading + ": " + cause + attempts, cause, partial);
        }
        return null;
    }

    /** Whether the attempt took longer than the call's timeout (rather than failing to connect in time, or otherwise). */
    private static boolean timedOut(Throwable cause) {
        return cause instanceof TimeoutException
                || cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException);
    }

    private static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
