package dev.parallel4j.runtime.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings for a single call that override the client's: its timeout, how often it is retried, extra headers and
 * extra query parameters, and for an event stream how often it may reconnect and whether error events are raised
 * or delivered.
 *
 * <pre>{@code
 * client.findAll().retrieve(id, RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build());
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Duration timeout;
    private final Duration minimumTimeout;
    private final Integer maxRetries;
    private final Map<String, String> headers;
    private final List<Map.Entry<String, String>> query;
    private final Integer maxStreamReconnects;
    private final boolean deliverErrorEvents;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.minimumTimeout = builder.minimumTimeout;
        this.maxRetries = builder.maxRetries;
        this.headers = Map.copyOf(builder.headers);
        this.query = List.copyOf(builder.query);
        this.maxStreamReconnects = builder.maxStreamReconnects;
        this.deliverErrorEvents = builder.deliverErrorEvents;
    }

    /**
     * No overrides: the client's settings apply.
     *
     * @return options that override nothing
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts a set of overrides.
     *
     * @return a new builder with no overrides set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The timeout of this call, if it overrides the client's.
     *
     * @return the time allowed for each attempt of this call, or empty to use the client's
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * The least time this call is allowed whatever the timeouts say: set by generated code for calls the server
     * may hold open on purpose (a wait the caller asked for in a parameter).
     *
     * @return the least time this call is allowed, or empty when there is none
     */
    public Optional<Duration> minimumTimeout() {
        return Optional.ofNullable(minimumTimeout);
    }

    /**
     * How many times this call may be retried, if it overrides the client's.
     *
     * @return the number of retries allowed for this call, or empty to use the client's
     */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /**
     * These options with a minimum timeout of at least {@code minimum}.
     *
     * @param minimum the least time the call needs
     * @return a copy of these options whose minimum timeout is the longer of {@code minimum} and the current one
     */
    public RequestOptions withMinimumTimeout(Duration minimum) {
        Builder copy = toBuilder();
        copy.minimumTimeout = minimumTimeout == null || minimum.compareTo(minimumTimeout) > 0 ? minimum : minimumTimeout;
        return copy.build();
    }

    /**
     * A builder holding these options.
     *
     * @return a new builder with these options set; changing it leaves these options as they are
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.minimumTimeout = minimumTimeout;
        builder.maxRetries = maxRetries;
        builder.headers.putAll(headers);
        builder.query.addAll(query);
        builder.maxStreamReconnects = maxStreamReconnects;
        builder.deliverErrorEvents = deliverErrorEvents;
        return builder;
    }

    /**
     * Headers added to this call, replacing any of the same name the call would otherwise send.
     *
     * @return the header values by name, unmodifiable
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Query parameters added to this call.
     *
     * @return the query parameters as name-value pairs in order, not yet encoded, unmodifiable
     */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * How many reconnects in a row this call's event stream may try, if it overrides the client's setting.
     *
     * @return the number of reconnects in a row allowed for this call's stream, or empty to use the client's
     */
    public OptionalInt maxStreamReconnects() {
        return maxStreamReconnects == null ? OptionalInt.empty() : OptionalInt.of(maxStreamReconnects);
    }

    /**
     * Whether this call's event stream delivers error events as events rather than raising them.
     *
     * @return {@code true} if error events are delivered as events, {@code false} (the default) if they are raised
     */
    public boolean deliverErrorEvents() {
        return deliverErrorEvents;
    }

    /** The overrides set, naming headers and query parameters without their values (which may be secrets). */
    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", minimumTimeout=" + minimumTimeout + ", maxRetries=" + maxRetries
                + ", headers=" + headers.keySet() + ", query=" + query.stream().map(Map.Entry::getKey).toList()
                + ", maxStreamReconnects=" + maxStreamReconnects + ", deliverErrorEvents=" + deliverErrorEvents + "}";
    }

    /** Collects overrides. */
    public static final class Builder {
        private Duration timeout;
        private Duration minimumTimeout;
        private Integer maxRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private Integer maxStreamReconnects;
        private boolean deliverErrorEvents;

        private Builder() {}

        /**
         * How long each attempt of this call may take, from sending the request to the end of the response body (for
         * an event stream: to its headers).
         *
         * @param timeout the time allowed for each attempt; must be positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * How many times this call may be retried after a failure; {@code 0} sends it once.
         *
         * @param maxRetries the number of retries after the first attempt; must not be negative
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Adds or replaces a header on this call.
         *
         * @param name the header's name
         * @param value the header's value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds a query parameter to this call.
         *
         * @param name the parameter's name
         * @param value the parameter's value, not yet encoded
         * @return this builder
         */
        public Builder queryParam(String name, String value) {
            query.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * How many reconnects in a row this call's event stream may try after its connection drops before it gives
         * up; 0 never reconnects. Only streams whose operation can resume reconnect at all.
         *
         * @param maxStreamReconnects the number of reconnects in a row allowed; must not be negative
         * @return this builder
         */
        public Builder maxStreamReconnects(int maxStreamReconnects) {
            if (maxStreamReconnects < 0) {
                throw new IllegalArgumentException("maxStreamReconnects must not be negative: " + maxStreamReconnects);
            }
            this.maxStreamReconnects = maxStreamReconnects;
            return this;
        }

        /**
         * Delivers the stream's error events (such as FindAll's {@code error} event) as ordinary events instead of
         * raising {@link dev.parallel4j.runtime.error.StreamErrorException} when one arrives (the default).
         *
         * @param deliver {@code true} to deliver error events as events, {@code false} to raise them
         * @return this builder
         */
        public Builder deliverErrorEvents(boolean deliver) {
            this.deliverErrorEvents = deliver;
            return this;
        }

        /**
         * The finished overrides.
         *
         * @return the options, immutable
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
