package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.List;

/**
 * Describes why JSON could not be read, for exception messages: where in the document (a JSON path such as
 * {@code $.data.status}) and what Jackson found wrong there, without Jackson's class names and source excerpts.
 */
public final class JsonProblems {
    private JsonProblems() {}

    /**
     * The problem of a failed read, with its JSON path when Jackson knows it, e.g. {@code at $.data: ...}.
     *
     * @param e the exception the read threw
     * @return the problem in one line: Jackson's own message, prefixed with its JSON path for a mapping problem
     */
    public static String describe(IOException e) {
        if (e instanceof JsonMappingException mapping) {
            Throwable root = mapping;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String problem = root instanceof JacksonException jackson ? jackson.getOriginalMessage() : root.getMessage();
            return "at " + jsonPath(mapping.getPath()) + ": " + problem;
        }
        return e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder("$");
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
