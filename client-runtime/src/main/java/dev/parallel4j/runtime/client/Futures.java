package dev.parallel4j.runtime.client;

import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Joins the asynchronous calls of a generated client to its blocking ones: a blocking call is its asynchronous
 * twin run in place ({@link #runInPlace}), so both share one code path and behave the same.
 */
public final class Futures {
    /** Set while {@link #runInPlace} runs an asynchronous method on this thread. */
    private static final ThreadLocal<Boolean> IN_PLACE = new ThreadLocal<>();

    private Futures() {}

    /**
     * Runs an asynchronous method and returns its value, throwing its failure as {@link #join} does. The call the
     * method starts is sent and read on the calling thread (with {@code HttpClient.send}, retries waiting here too)
     * rather than handed to the HTTP client's threads: the method's future is complete when it returns. That is how
     * a blocking method runs its asynchronous twin without paying for a thread hand-off, which costs more than a
     * small call's own work (the JDK completes {@code sendAsync} on a new thread per call where the common pool has
     * fewer than two threads, as on two cores).
     *
     * @param <T> the method's value
     * @param asyncMethod the asynchronous method, e.g. {@code () -> retrieveAsync(id, params, options)}
     * @return the value the method's future completes with
     * @throws ApiException the call's failure
     */
    public static <T> T runInPlace(Supplier<CompletableFuture<T>> asyncMethod) {
        if (IN_PLACE.get() != null) {
            return join(asyncMethod.get()); // already in place: an asynchronous method's own blocking step
        }
        IN_PLACE.set(Boolean.TRUE);
        CompletableFuture<T> future;
        try {
            future = asyncMethod.get();
        } finally {
            IN_PLACE.remove();
        }
        return join(future);
    }

    /** Whether calls started now on this thread run in place, inside {@link #runInPlace}. */
    static boolean inPlace() {
        return IN_PLACE.get() != null;
    }

    /**
     * Waits for a call and returns its value, throwing its failure as a blocking call would: the same
     * {@link ApiException}, its stack trace replaced by the waiting thread's (where the call was made, rather than
     * the HTTP client's thread that noticed the failure). Interrupting the waiting thread cancels the call.
     *
     * @param <T> the call's value
     * @param call the future of the call
     * @return the value the call completes with
     * @throws ApiException the call's failure
     * @throws ApiConnectionException if the waiting thread was interrupted; its interrupt flag stays set
     */
    public static <T> T join(CompletableFuture<T> call) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("Interrupted while waiting for a response; the call was cancelled", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /**
     * A future of {@code mapper} applied to the call's value, whose cancellation cancels the call, unlike
     * {@link CompletableFuture#thenApply}'s.
     *
     * @param <T> the call's value
     * @param <R> the mapped value
     * @param call the future of the call
     * @param mapper turns the call's value into the mapped one
     * @return a future of the mapped value; cancelling it cancels the call
     */
    public static <T, R> CompletableFuture<R> map(CompletableFuture<T> call, Function<? super T, ? extends R> mapper) {
        CompletableFuture<R> mapped = call.thenApply(mapper);
        mapped.whenComplete((value, failure) -> {
            if (mapped.isCancelled()) {
                call.cancel(true);
            }
        });
        return mapped;
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof ApiException api) {
            StackTraceElement[] here = new Throwable().getStackTrace();
            int first = 0;
            while (first < here.length && here[first].getClassName().equals(Futures.class.getName())) {
                first++;
            }
            api.setStackTrace(Arrays.copyOfRange(here, first, here.length));
            return api;
        }
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new ApiException("The call failed: " + failure, failure);
    }
}
