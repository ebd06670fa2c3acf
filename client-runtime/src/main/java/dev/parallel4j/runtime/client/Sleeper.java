package dev.parallel4j.runtime.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * How a client waits: between the attempts of a retried call, before reconnecting a dropped event stream, between
 * the polls of a wait. A wait is a future, so a retried call blocks no thread; callers that block anyway (an event
 * stream reconnecting on the thread iterating it, a waiter) {@link #await} it. The default schedules the end of the
 * wait on the JDK's shared delay scheduler; tests give the client one that records the waits and ends them at once
 * ({@code ClientBuilder.sleeper(...)}, with a {@link java.time.Clock} to match), so nothing waits for real.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Starts a wait.
     *
     * @param delay how long to wait; zero or negative ends the wait at once
     * @return a future completed when the wait is over; the client cancels it when the call is cancelled meanwhile
     */
    CompletableFuture<Void> sleep(Duration delay);

    /**
     * Waits on the calling thread until a wait started with {@link #sleep} is over.
     *
     * @param delay how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting; the wait is cancelled
     */
    default void await(Duration delay) throws InterruptedException {
        CompletableFuture<Void> wait = sleep(delay);
        try {
            wait.get();
        } catch (InterruptedException e) {
            wait.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw new CompletionException("The wait of " + delay + " failed", e.getCause());
        }
    }

    /**
     * The real wait: a future completed after {@code delay} by the JDK's shared delay scheduler.
     *
     * @return the sleeper a client uses unless given another; its waits block no thread
     */
    static Sleeper scheduled() {
        return delay -> delay.isNegative() || delay.isZero()
                ? CompletableFuture.completedFuture(null)
                : new CompletableFuture<Void>().completeOnTimeout(null, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}
