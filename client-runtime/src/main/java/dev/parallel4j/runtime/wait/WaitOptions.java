package dev.parallel4j.runtime.wait;

import java.time.Duration;
import java.util.Objects;

/**
 * How a generated waiting method waits: for how long at most, how often it polls when it cannot follow the event
 * stream, and whether it tries the stream at all. Immutable.
 *
 * <pre>{@code
 * client.findAll().awaitCompletion(runId, WaitOptions.builder().timeout(Duration.ofMinutes(20)).build(),
 *         run -> System.out.println(run.status().metrics().matchedCandidatesCount() + " matched"));
 * }</pre>
 */
public final class WaitOptions {
    /** Default longest wait. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);
    /** Default time between two polls. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);

    private static final WaitOptions DEFAULTS = builder().build();

    private final Duration timeout;
    private final Duration pollInterval;
    private final boolean streaming;

    private WaitOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.pollInterval = builder.pollInterval;
        this.streaming = builder.streaming;
    }

    /**
     * Waits up to an hour, following the event stream, polling every 10 s without it.
     *
     * @return the default options
     */
    public static WaitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts from the defaults.
     *
     * @return a new builder holding the default options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The longest the whole wait may take, after which it raises
     * {@link dev.parallel4j.runtime.error.WaitTimeoutException}.
     *
     * @return the longest wait
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The time between two polls.
     *
     * @return the time between two polls
     */
    public Duration pollInterval() {
        return pollInterval;
    }

    /**
     * Whether the wait follows the event stream first (else it only polls).
     *
     * @return {@code true} if the wait follows the event stream first
     */
    public boolean streaming() {
        return streaming;
    }

    @Override
    public String toString() {
        return "WaitOptions{timeout=" + timeout + ", pollInterval=" + pollInterval + ", streaming=" + streaming + "}";
    }

    /** Collects options. */
    public static final class Builder {
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private boolean streaming = true;

        private Builder() {}

        /**
         * The longest the whole wait may take (default one hour).
         *
         * @param timeout the longest wait, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * The time between two polls, when the event stream cannot be followed (default 10 s).
         *
         * @param pollInterval the time between two polls, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code pollInterval} is zero or negative
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * Whether to follow the event stream first (default {@code true}); {@code false} only polls.
         *
         * @param streaming {@code true} to follow the event stream first, {@code false} to only poll
         * @return this builder
         */
        public Builder streaming(boolean streaming) {
            this.streaming = streaming;
            return this;
        }

        /**
         * The finished options.
         *
         * @return the options set on this builder
         */
        public WaitOptions build() {
            return new WaitOptions(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
