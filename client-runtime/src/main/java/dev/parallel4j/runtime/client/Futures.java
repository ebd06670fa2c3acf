package dev.parallel4j.runtime.client;

import dev.parallel4j.runtime.error.ApiConnectionException;
import dev.parallel4j.runtime.error.ApiException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Joins the asynchronous calls of a generated client to its blocking ones: a blocking call is its asynchronous
 * twin waited for, so both behave the same.
 */
public final class Futures {
    private Futures() {}

    /**
     * Waits for a call and returns its value, throwing its failure as a blocking call would: the same
     * {@link ApiException}, its stack trace replaced by the waiting thread's (where the call was made, rather than
     * the HTTP client's thread that noticed the failure). Interrupting the waiting thread cancels the call.
     *
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
