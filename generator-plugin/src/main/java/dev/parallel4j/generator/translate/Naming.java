package dev.parallel4j.generator.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns names from the document (schema names, property names, enum values, tags, path segments) into Java
 * identifiers. Every naming rule lives here: word splitting, casing, keywords, leading digits, symbols,
 * singular forms, and names that would clash with {@code java.lang} or the runtime.
 */
public final class Naming {
    /** What an operation's asynchronous twin adds to its method name: {@code retrieve}, {@code retrieveAsync}. */
    public static final String ASYNC_SUFFIX = "Async";

    /** Java keywords and literals, which cannot be identifiers. */
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "yield", "record", "sealed", "permits", "non-sealed", "_");

    /**
     * Type names a generated type must not take: {@code java.lang} types a wildcard import would make ambiguous,
     * and the runtime types generated code refers to by simple name.
     */
    private static final Set<String> RESERVED_TYPES = Set.of(
            "Object", "String", "Class", "Error", "Exception", "RuntimeException", "Throwable", "Override",
            "Deprecated", "SuppressWarnings", "FunctionalInterface", "Record", "Enum", "Integer", "Long", "Short",
            "Byte", "Double", "Float", "Boolean", "Character", "Number", "Math", "System", "Thread", "Runtime",
            "Process", "Void", "Iterable", "Comparable", "Cloneable", "Runnable", "Module", "Package",
            "StringBuilder", "CharSequence", "AutoCloseable", "SafeVarargs", "Compiler", "ClassLoader",
            "List", "Map", "Set", "Optional", "Objects", "Generated", "JsonValue", "OpenEnum", "EventStream",
            "RequestOptions", "Builder", "Visitor", "Unknown", "Deserializer");

    private Naming() {}

    /** {@code find_all-run.v2} → {@code FindAllRunV2}; safe as a top-level or nested type name. */
    public static String typeName(String raw) {
        String name = pascal(raw);
        if (name.isEmpty()) {
            name = "Type";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return RESERVED_TYPES.contains(name) ? name + "Object" : name;
    }

    /** {@code findall_id} → {@code findallId}; {@code class} → {@code class_}; {@code 2fa} → {@code _2fa}. */
    public static String memberName(String raw) {
        String name = camel(raw);
        if (name.isEmpty()) {
            name = "value";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    /** {@code findall-2025-09-15} → {@code FINDALL_2025_09_15}; {@code 1} → {@code _1}. */
    public static String constantName(String raw) {
        String name = String.join("_", words(raw)).toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            name = "EMPTY";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return name;
    }

    /** {@code Chat API (Beta)} → {@code CHAT_API_BETA}, for environment variables. */
    public static String screamingSnake(String raw) {
        return String.join("_", words(raw)).toUpperCase(Locale.ROOT);
    }

    /**
     * {@code find all runs} → {@code FindAllRuns}: each word capitalised, the rest kept ({@code HTTPValidationError}
     * keeps its acronym), except in a name without lower-case letters, where no word is an acronym:
     * {@code MAX_TOKENS} → {@code MaxTokens}, {@code X-API-KEY} → {@code XApiKey}.
     */
    public static String pascal(String raw) {
        List<String> words = words(raw);
        return capitalised(words, isShouting(raw, words));
    }

    /** As {@link #pascal} with the first word in lower case: {@code URLPath} → {@code urlPath}, {@code IDs} → {@code ids}. */
    public static String camel(String raw) {
        List<String> words = words(raw);
        if (words.isEmpty()) {
            return "";
        }
        return words.get(0).toLowerCase(Locale.ROOT) + capitalised(words.subList(1, words.size()), isShouting(raw, words));
    }

    private static boolean isShouting(String raw, List<String> words) {
        return words.size() > 1 && raw.codePoints().noneMatch(Character::isLowerCase);
    }

    private static String capitalised(List<String> words, boolean shouting) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String rest = word.substring(1);
            out.append(Character.toUpperCase(word.charAt(0))).append(shouting ? rest.toLowerCase(Locale.ROOT) : rest);
        }
        return out.toString();
    }

    /** The singular of an English plural, for list element types and {@code addX} methods. */
    public static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("series") || lower.endsWith("species")) {
            return word;
        }
        if (lower.endsWith("ies") && word.length() > 3 && !KEEP_IE.contains(lastWord(lower))) {
            return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "Y" : "y");
        }
        if (lower.endsWith("sses") || US_PLURAL.matcher(lower).matches() || lower.endsWith("xes") || lower.endsWith("ches")
                || lower.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && word.length() > 1) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Plurals in {@code -uses} whose singular ends in {@code -us} ({@code statuses}), not {@code -use}. */
    private static final Pattern US_PLURAL = Pattern.compile(".*[tbnpsr]uses");
    /** Plurals in {@code -ies} whose singular ends in {@code -ie}, not {@code -y}. */
    private static final Set<String> KEEP_IE = Set.of("cookies", "movies", "pies", "ties", "lies", "zombies", "calories",
            "selfies", "rookies", "goodies", "smoothies");

    private static String lastWord(String lower) {
        List<String> words = words(lower);
        return words.isEmpty() ? lower : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Splits a name into words at separators (anything not a letter or digit), at lower-to-upper case changes and
     * at the end of an upper-case run ({@code HTTPServer} → {@code HTTP}, {@code Server}), keeping a plural
     * acronym whole ({@code URLs}). Letters keep their case; non-ASCII letters are kept.
     */
    static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] cps = raw.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0) {
                int prev = cps[i - 1];
                boolean lowerToUpper = Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev));
                boolean acronymEnd = Character.isUpperCase(c) && Character.isUpperCase(prev)
                        && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]) && !isPluralS(cps, i + 1);
                if (lowerToUpper || acronymEnd) {
                    flush(word, words);
                }
            }
            word.appendCodePoint(c);
        }
        flush(word, words);
        return words;
    }

    /** Whether the code point at {@code i} is the {@code s} of a plural acronym ({@code URLs}, {@code IDs}). */
    private static boolean isPluralS(int[] cps, int i) {
        return cps[i] == 's' && (i + 1 == cps.length || !Character.isLowerCase(cps[i + 1]));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
