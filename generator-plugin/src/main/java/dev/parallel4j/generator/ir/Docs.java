package dev.parallel4j.generator.ir;

/**
 * The prose the document attaches to something, for Javadoc: a summary or title, a description, and whether it
 * is deprecated. Text is raw Markdown from the document; emitters escape it.
 *
 * @param summary a one-line summary or title, or {@code ""}
 * @param description the longer description, or {@code ""}
 * @param deprecated whether the document marks it deprecated
 */
public record Docs(String summary, String description, boolean deprecated) {
    /** No prose. */
    public static final Docs NONE = new Docs("", "", false);

    /** Replaces {@code null} with {@code ""} and trims. */
    public Docs {
        summary = summary == null ? "" : summary.strip();
        description = description == null ? "" : description.strip();
    }

    /** Only a description. */
    public static Docs of(String description) {
        return new Docs("", description, false);
    }

    /** Whether there is no text at all. */
    public boolean isEmpty() {
        return summary.isEmpty() && description.isEmpty();
    }
}
