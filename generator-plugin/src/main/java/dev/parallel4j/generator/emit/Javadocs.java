package dev.parallel4j.generator.emit;

import dev.parallel4j.generator.ir.Constraints;
import dev.parallel4j.generator.ir.Docs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the document's Markdown prose into safe Javadoc: HTML and {@code @} escaped, comment terminators and
 * backslashes (which Java reads as unicode escapes even in comments) neutralised, {@code `code`} spans as
 * {@code <code>}, blank lines as paragraphs.
 */
final class Javadocs {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\n]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\n]+)]\\(([^)\\s]+)\\)");

    private Javadocs() {}

    /**
     * The Javadoc text of some prose, paragraphs separated, with a fallback sentence when there is none. The
     * fallback is Javadoc already (it may use {@code {@code ...}}): callers escape what they put in it from the
     * document.
     */
    static String of(Docs docs, String fallback) {
        List<String> paragraphs = new ArrayList<>();
        if (!docs.summary().isEmpty()) {
            paragraphs.add(sentence(escape(docs.summary())));
        }
        for (String paragraph : PARAGRAPH_BREAK.split(docs.description())) {
            if (!paragraph.isBlank()) {
                paragraphs.add(escape(paragraph.strip()));
            }
        }
        if (paragraphs.isEmpty() && fallback != null) {
            paragraphs.add(fallback);
        }
        return String.join("\n\n<p>", paragraphs);
    }

    /**
     * The text for a {@code @param} or {@code @return}: the first paragraph, on one line, or the fallback (Javadoc
     * already, as in {@link #of}).
     */
    static String inline(Docs docs, String fallback) {
        String text = docs.description().isEmpty() ? docs.summary() : docs.description();
        if (text.isEmpty()) {
            return fallback;
        }
        String first = PARAGRAPH_BREAK.split(text, 2)[0];
        return escape(LINE_BREAK.matcher(first).replaceAll(" "));
    }

    /** The constraints of a value as one sentence, or {@code ""}. */
    static String constraints(Constraints c) {
        List<String> parts = new ArrayList<>();
        if (c.minimum() != null) {
            parts.add((c.exclusiveMinimum() ? "greater than " : "at least ") + c.minimum().toPlainString());
        }
        if (c.maximum() != null) {
            parts.add((c.exclusiveMaximum() ? "less than " : "at most ") + c.maximum().toPlainString());
        }
        if (c.minLength() != null) {
            parts.add("at least " + c.minLength() + " characters");
        }
        if (c.maxLength() != null) {
            parts.add("at most " + c.maxLength() + " characters");
        }
        if (c.minItems() != null) {
            parts.add("at least " + c.minItems() + " items");
        }
        if (c.maxItems() != null) {
            parts.add("at most " + c.maxItems() + " items");
        }
        if (c.pattern() != null) {
            parts.add("matching <code>" + escape(c.pattern()) + "</code>");
        }
        return parts.isEmpty() ? "" : "Must be " + String.join(", ", parts) + ".";
    }

    /** Escapes prose for a Javadoc comment. */
    static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("@", "&#64;").replace("\\", "&#92;").replace("*/", "*&#47;").replace("/*", "&#47;*");
        escaped = LINK.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        return CODE_SPAN.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
