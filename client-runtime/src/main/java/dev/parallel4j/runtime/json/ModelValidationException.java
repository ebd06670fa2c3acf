package dev.parallel4j.runtime.json;

import java.util.ArrayList;
import java.util.List;

/**
 * A model breaks its schema: a required property is missing, or a fixed one holds another value. Says what is wrong
 * and where, as a JSON path from the value that was checked (e.g. {@code $.candidates[3].name}).
 */
public final class ModelValidationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final List<String> path;

    ModelValidationException(String problem, List<String> path) {
        super(message(problem, path));
        this.problem = problem;
        this.path = List.copyOf(path);
    }

    /**
     * What is wrong, e.g. {@code Candidate.name is required but was not set}.
     *
     * @return the problem without its path
     */
    public String problem() {
        return problem;
    }

    /**
     * Where, as a JSON path from the checked value: {@code $.status.metrics}, {@code $[0].id}.
     *
     * @return the JSON path of the property at fault, starting with {@code $}
     */
    public String path() {
        return jsonPath(path);
    }

    /** The same problem seen from the value holding this one under {@code segment} (a property or {@code [index]}). */
    ModelValidationException under(String segment) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.add(segment);
        longer.addAll(path);
        ModelValidationException outer = new ModelValidationException(problem, longer);
        outer.setStackTrace(getStackTrace());
        return outer;
    }

    /** The problem alone when it is about the checked value's own property (the message builders have always had). */
    private static String message(String problem, List<String> path) {
        return path.size() <= 1 ? problem : jsonPath(path) + ": " + problem;
    }

    private static String jsonPath(List<String> path) {
        StringBuilder text = new StringBuilder("$");
        for (String segment : path) {
            text.append(segment.startsWith("[") ? segment : "." + segment);
        }
        return text.toString();
    }
}
