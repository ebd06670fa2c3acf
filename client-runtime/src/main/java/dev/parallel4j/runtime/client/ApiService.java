package dev.parallel4j.runtime.client;

import dev.parallel4j.runtime.error.ResponseSummary;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Base of the generated services: holds the client's executor, and gives every service a way to see the response
 * behind any of its calls ({@link #withRawResponse}).
 *
 * @param <S> the service itself
 */
public abstract class ApiService<S extends ApiService<S>> {
    private final RequestExecutor executor;
    private final Function<RequestExecutor, S> factory;

    /**
     * Creates a service.
     *
     * @param executor sends the calls
     * @param factory creates the same service over another executor (the service's constructor)
     */
    protected ApiService(RequestExecutor executor, Function<RequestExecutor, S> factory) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * The executor this service's calls go through.
     *
     * @return the executor given to the constructor
     */
    protected final RequestExecutor executor() {
        return executor;
    }

    /**
     * Makes a call of this service and returns its value together with the response's status, headers and request
     * id. Any call works, with any overload and options:
     *
     * <pre>{@code
     * RawResponse<FindAllRun> raw = client.findAll().withRawResponse(findAll -> findAll.retrieve(id));
     * raw.statusCode(); raw.requestId(); raw.header("x-ratelimit-remaining"); raw.value();
     * }</pre>
     *
     * <p>For a call that returns nothing, return {@code null} from the lambda. A call that fails throws as usual,
     * its exception carrying the status, headers and request id. If the lambda makes several calls, the last
     * response is reported; after retries, the response of the last attempt.
     *
     * @param <T> the call's value
     * @param call makes one call on the service it is given
     * @return the call's value with the status, headers and request id of its last response
     * @throws IllegalStateException if the lambda made no call
     */
    public final <T> RawResponse<T> withRawResponse(Function<? super S, ? extends T> call) {
        AtomicReference<ResponseSummary> last = new AtomicReference<>();
        T value = call.apply(factory.apply(executor.observing(last::set)));
        return raw(last, value);
    }

    /**
     * As {@link #withRawResponse}, for an asynchronous call:
     * {@code findAll.withRawResponseAsync(f -> f.retrieveAsync(id))}. Cancelling the returned future cancels the
     * call.
     *
     * @param <T> the call's value
     * @param call starts one asynchronous call on the service it is given
     * @return a future of the call's value with its response
     */
    public final <T> CompletableFuture<RawResponse<T>> withRawResponseAsync(Function<? super S, ? extends CompletionStage<T>> call) {
        AtomicReference<ResponseSummary> last = new AtomicReference<>();
        CompletableFuture<T> started = call.apply(factory.apply(executor.observing(last::set))).toCompletableFuture();
        return Futures.map(started, value -> raw(last, value));
    }

    private static <T> RawResponse<T> raw(AtomicReference<ResponseSummary> last, T value) {
        ResponseSummary response = last.get();
        if (response == null) {
            throw new IllegalStateException("withRawResponse: the lambda made no call on the service it was given");
        }
        return new RawResponse<>(response, value);
    }
}
