package dev.parallel4j.runtime.error;

import java.util.Optional;

/**
 * A generated waiting method (such as {@code findAll().awaitCompletion}) gave up: the resource had not finished
 * when the wait's time ran out. The resource itself is not affected; {@link #lastState(Class)} is the last state
 * seen, and the wait can be started again.
 */
public final class WaitTimeoutException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient Object lastState;

    /**
     * Creates an exception.
     *
     * @param message what was waited for, and how long
     * @param lastState the last state of the resource seen, or {@code null} if none was
     */
    public WaitTimeoutException(String message, Object lastState) {
        super(message, null);
        this.lastState = lastState;
    }

    /**
     * The last state of the resource seen before giving up, if any was.
     *
     * @return the last state seen, or empty if none was
     */
    public Optional<Object> lastState() {
        return Optional.ofNullable(lastState);
    }

    /**
     * The last state as its type, e.g. {@code e.lastState(FindAllRun.class)}.
     *
     * @param <T> the resource's type
     * @param type the class of the resource's type
     * @return the state, if one was seen and it is of that type
     */
    public <T> Optional<T> lastState(Class<T> type) {
        return type.isInstance(lastState) ? Optional.of(type.cast(lastState)) : Optional.empty();
    }
}
