package dev.parallel4j.generator;

/**
 * The input cannot be turned into a client: a missing or malformed file, a dangling reference, a construct the
 * generator does not support. The message names the problem and where it is; no generated file has been
 * touched when this is thrown.
 */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param location where the problem is
     * @param problem what is wrong, as one sentence without the location
     */
    public SpecException(SourceLocation location, String problem) {
        this(location, problem, null);
    }

    /**
     * Creates an exception with the library failure that revealed it.
     *
     * @param location where the problem is
     * @param problem what is wrong, as one sentence without the location
     * @param cause the underlying failure
     */
    public SpecException(SourceLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    /** Where the problem is. */
    public SourceLocation location() {
        return location;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }
}
