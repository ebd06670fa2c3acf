package dev.parallel4j.runtime.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How a client waits between attempts: before reconnecting a dropped event stream, between the polls of a wait.
 * The client's builder takes another one (with a {@link java.time.Clock} to match) so that tests never wait for
 * real.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** Waits for real, with {@link Thread#sleep}. */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            }
        };
    }
}
