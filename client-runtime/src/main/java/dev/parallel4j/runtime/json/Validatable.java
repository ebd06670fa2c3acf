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
}
