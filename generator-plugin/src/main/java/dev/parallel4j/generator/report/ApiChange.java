package dev.parallel4j.generator.report;

import java.util.Locale;

/**
 * One change to the generated API between two generations.
 *
 * @param action whether the element was added, removed or changed
 * @param kind what the element is
 * @param name its qualified Java name
 * @param what for a change, what changed (e.g. {@code type String -> Long}, {@code now required}); else {@code ""}
 * @param breaking whether code written against the previous API may no longer compile or work
 */
public record ApiChange(Action action, ApiSurface.Kind kind, String name, String what, boolean breaking) {
    /** What happened to an element. */
    public enum Action {
        /** It is new. */
        ADDED,
        /** It is gone. */
        REMOVED,
        /** It is still there, different. */
        CHANGED
    }

    /** What happened, e.g. {@code removed method ChoresService.remind} or {@code added property Chore.doneAt: OffsetDateTime}. */
    public String describe() {
        return action.name().toLowerCase(Locale.ROOT) + " " + kind.label() + " " + name + (what.isEmpty() ? "" : ": " + what);
    }

    /** One line for a log: the description, after {@code BREAKING} when it is. */
    @Override
    public String toString() {
        return (breaking ? "BREAKING " : "") + describe();
    }
}
