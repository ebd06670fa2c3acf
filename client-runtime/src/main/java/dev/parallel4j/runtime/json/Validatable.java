package dev.parallel4j.runtime.json;

/**
 * A generated model or union that can check itself against its schema: required properties present, and the
 * same for every model inside it. Models read from JSON are not checked while reading (so one missing field does not
 * lose the rest of a response); clients check responses unless told not to, and {@link #validate()} is there for
 * values read any other way.
 */
public interface Validatable {
    /**
     * Checks this value and everything inside it.
     *
     * @return this value
     * @throws ModelValidationException naming the first property that breaks the schema and where it is
     */
    Validatable validate();

    /**
     * Whether {@link #validate()} would pass. Generated models know it from the moment they are made (their values
     * and the models inside them cannot change), so checking a whole response costs nothing more; this default,
     * which unions use, asks {@link #validate()}.
     *
     * @return {@code true} if this value and everything inside it meet the schema
     */
    default boolean isValid() {
        try {
            validate();
            return true;
        } catch (ModelValidationException e) {
            return false;
        }
    }
}
