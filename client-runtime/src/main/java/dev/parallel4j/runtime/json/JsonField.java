package dev.parallel4j.runtime.json;

import java.util.Objects;
import java.util.Optional;

/**
 * The raw state of an optional property of a generated model: absent from the JSON, present as {@code null}, or
 * present with a value. The plain accessors turn the first two into an empty {@code Optional}; the {@code _name()}
 * accessors return this when the difference matters (a PATCH-like update, or telling a server default from an
 * explicit "none").
 *
 * @param <T> the property's type
 */
public final class JsonField<T> {
    /** Which of the three states a property is in. */
    public enum State {
        /** The property was not in the JSON (or, building a request, was not set). */
        MISSING,
        /** The property was JSON {@code null}. */
        NULL,
        /** The property has a value. */
        PRESENT
    }

    private static final JsonField<Object> MISSING = new JsonField<>(State.MISSING, null);
    private static final JsonField<Object> NULL = new JsonField<>(State.NULL, null);

    private final State state;
    private final T value;

    private JsonField(State state, T value) {
        this.state = state;
        this.value = value;
    }

    /**
     * An absent property.
     *
     * @param <T> the property's type
     * @return the shared field in the {@link State#MISSING} state
     */
    @SuppressWarnings("unchecked") // holds no value of any type
    public static <T> JsonField<T> missing() {
        return (JsonField<T>) MISSING;
    }

    /**
     * A property that is JSON {@code null}.
     *
     * @param <T> the property's type
     * @return the shared field in the {@link State#NULL} state
     */
    @SuppressWarnings("unchecked") // holds no value of any type
    public static <T> JsonField<T> ofNull() {
        return (JsonField<T>) NULL;
    }

    /**
     * A property with a value.
     *
     * @param <T> the property's type
     * @param value the value, not {@code null}
     * @return a field in the {@link State#PRESENT} state holding {@code value}
     */
    public static <T> JsonField<T> of(T value) {
        return new JsonField<>(State.PRESENT, Objects.requireNonNull(value, "value"));
    }

    /**
     * The state of a property from what a model stores.
     *
     * @param value its value, or {@code null}
     * @param explicitNull whether it was explicitly {@code null}
     * @param <T> the property's type
     * @return a present field for a value, else a {@code null} one if explicitly {@code null}, else a missing one
     */
    public static <T> JsonField<T> of(T value, boolean explicitNull) {
        return value != null ? of(value) : explicitNull ? ofNull() : missing();
    }

    /**
     * The state.
     *
     * @return whether the property is missing, {@code null} or present
     */
    public State state() {
        return state;
    }

    /**
     * Whether the property is absent.
     *
     * @return {@code true} if the state is {@link State#MISSING}
     */
    public boolean isMissing() {
        return state == State.MISSING;
    }

    /**
     * Whether the property is JSON {@code null}.
     *
     * @return {@code true} if the state is {@link State#NULL}
     */
    public boolean isNull() {
        return state == State.NULL;
    }

    /**
     * Whether the property has a value.
     *
     * @return {@code true} if the state is {@link State#PRESENT}
     */
    public boolean isPresent() {
        return state == State.PRESENT;
    }

    /**
     * The value, if present.
     *
     * @return the value, or an empty {@code Optional} when the property is missing or {@code null}
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonField<?> that && state == that.state && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return state == State.PRESENT ? String.valueOf(value) : state == State.NULL ? "null" : "(missing)";
    }
}
