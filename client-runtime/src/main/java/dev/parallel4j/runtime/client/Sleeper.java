package dev.parallel4j.runtime.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between the attempts of a retried call, without blocking a thread. The default schedules the end of the
 * wait on the JDK's shared delay scheduler; tests give the client one that records the waits and ends them at once
 * ({@code ClientBuilder.sleeper(...)}), so retries take no real time.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Starts a wait.
     *
     * @param delay how long to wait
     * @return a future completed when the wait is over; the client cancels it when the call is cancelled meanwhile
     */
    CompletableFuture<Void> sleep(Duration delay);

    /** The real wait: a future completed after {@code delay} by the JDK's shared delay scheduler. */
    static Sleeper scheduled() {
        return delay -> new CompletableFuture<Void>().completeOnTimeout(null, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }
}
