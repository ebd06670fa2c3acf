package dev.parallel4j.runtime.wait;

import dev.parallel4j.runtime.client.Sleeper;
import dev.parallel4j.runtime.error.ApiException;
import dev.parallel4j.runtime.error.WaitTimeoutException;
import dev.parallel4j.runtime.sse.EventStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Waits for a resource to finish, the way generated waiting methods do: it follows the resource's event stream and
 * returns at the first event carrying a final state. When the stream is unavailable (the call fails, say with 404
 * or 405, or the connection keeps dropping), reports an error event, or ends without a final state, it polls the
 * resource instead until it is final. Each new state goes to a progress callback; the whole wait is bounded.
 *
 * @param <R> the resource's type
 * @param <E> the type of the events of its stream
 */
public final class Waiter<R, E> {
    private final WaitTarget<R, E> target;
    private final WaitOptions options;
    private final Consumer<? super R> onProgress;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Instant deadline;
    private R last;

    private Waiter(WaitTarget<R, E> target, WaitOptions options, Consumer<? super R> onProgress, Clock clock, Sleeper sleeper) {
        this.target = Objects.requireNonNull(target, "target");
        this.options = Objects.requireNonNull(options, "options");
        this.onProgress = Objects.requireNonNull(onProgress, "onProgress");
        this.clock = clock;
        this.sleeper = sleeper;
        this.deadline = clock.instant().plus(options.timeout());
    }

    /**
     * Waits until the resource is finished.
     *
     * @param target the resource and its calls
     * @param options how long to wait, how often to poll, whether to stream
     * @param onProgress called with the first state seen and with each state that differs from the one before
     * @param clock the client's clock, which the deadline is read from
     * @param sleeper the client's sleeper, which waits between polls (on the calling thread)
     * @param <R> the resource's type
     * @param <E> the type of the events of its stream
     * @return the final state
     * @throws WaitTimeoutException if the resource is not finished when the wait's time runs out
     * @throws ApiException if a poll fails, or the wait is interrupted
     */
    public static <R, E> R await(WaitTarget<R, E> target, WaitOptions options, Consumer<? super R> onProgress, Clock clock,
            Sleeper sleeper) {
        Waiter<R, E> waiter = new Waiter<>(target, options, onProgress, clock, sleeper);
        if (options.streaming()) {
            R finished = waiter.follow();
            if (finished != null) {
                return finished;
            }
        }
        return waiter.poll();
    }

    /** Follows the event stream; the final state, or {@code null} when the stream could not tell it. */
    private R follow() {
        EventStream<E> stream;
        try {
            stream = target.events().apply(secondsLeft());
        } catch (ApiException unavailable) {
            return null;
        }
        try (stream) {
            for (E event : stream) {
                R state = target.snapshot().apply(event);
                if (state != null && seen(state)) {
                    return state;
                }
                checkDeadline();
            }
        } catch (WaitTimeoutException timedOut) {
            throw timedOut;
        } catch (ApiException broken) {
            return null; // dropped for good, an error event, an undecodable event: the resource itself will tell
        }
        return null;
    }

    /** Polls the resource until it is final. */
    private R poll() {
        while (true) {
            R state = target.retrieve().get();
            if (seen(state)) {
                return state;
            }
            checkDeadline();
            Duration left = Duration.between(clock.instant(), deadline);
            pause(left.compareTo(options.pollInterval()) < 0 ? left : options.pollInterval());
        }
    }

    /** Reports a state if it is new; whether it is final. */
    private boolean seen(R state) {
        if (!state.equals(last)) {
            last = state;
            onProgress.accept(state);
        }
        return target.finished().test(state);
    }

    private void checkDeadline() {
        if (!clock.instant().isBefore(deadline)) {
            throw new WaitTimeoutException(target.description() + " gave up after " + options.timeout() + ": "
                    + target.condition() + " did not hold yet", last);
        }
    }

    /** Whole seconds until the deadline, rounded up, at least one. */
    private long secondsLeft() {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private void pause(Duration duration) {
        try {
            sleeper.await(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(target.description() + " was interrupted", e);
        }
    }
}
