package dev.parallel4j.generator;

import java.nio.file.Path;

/**
 * Where in the input a problem is: a file, a JSON pointer inside it, and the line when known.
 *
 * @param file the document or overlay
 * @param pointer a JSON pointer such as {@code /paths/~1v1~1runs/post}, or {@code ""} for the whole file
 * @param line the 1-based line, or 0 when unknown
 */
public record SourceLocation(Path file, String pointer, int line) {
    /** The whole file. */
    public static SourceLocation of(Path file) {
        return new SourceLocation(file, "", 0);
    }

    /** A pointer in a file, line unknown. */
    public static SourceLocation of(Path file, String pointer) {
        return new SourceLocation(file, pointer, 0);
    }

    /** The same place with its line filled in. */
    public SourceLocation withLine(int line) {
        return new SourceLocation(file, pointer, line);
    }

    /** {@code file:line#/pointer}, omitting what is unknown. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (pointer.isEmpty() ? "" : "#" + pointer);
    }
}
