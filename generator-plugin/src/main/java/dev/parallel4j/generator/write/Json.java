package dev.parallel4j.generator.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the generation record ({@code fingerprint.json}): a reader of any JSON text (RFC 8259) into
 * maps, lists, strings, longs, doubles, booleans and nulls. Jackson would do, but an up-to-date build reads this
 * record and nothing else, and loading Jackson's parser for it took longer than all the rest of the check (the
 * record is written with Jackson, after a generation).
 */
final class Json {
    /** Deeper than any record this version writes: a damaged file is not worth a stack overflow. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /**
     * The value a JSON text holds: a {@code Map<String, Object>} for an object (later duplicate names win), a
     * {@code List<Object>} for an array, a {@code String}, a {@code Long} for an integer, a {@code Double} for any
     * other number, a {@code Boolean}, or {@code null}.
     *
     * @throws IllegalArgumentException if the text is not exactly one JSON value (whitespace around it aside), or an
     *     integer does not fit in a long
     */
    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value(0);
        json.skipWhitespace();
        if (json.at != text.length()) {
            throw json.damaged();
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw damaged();
        }
        skipWhitespace();
        if (at == text.length()) {
            throw damaged();
        }
        return switch (text.charAt(at)) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        if (next() == '}') {
            at++;
            return object;
        }
        while (true) {
            if (next() != '"') {
                throw damaged();
            }
            String name = string();
            if (next() != ':') {
                throw damaged();
            }
            at++;
            object.put(name, value(depth + 1));
            if (!more('}')) {
                return object;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        at++;
        if (next() == ']') {
            at++;
            return array;
        }
        do {
            array.add(value(depth + 1));
        } while (more(']'));
        return array;
    }

    /** After a member or element: true past a comma, false past the closing bracket. */
    private boolean more(char close) {
        char c = next();
        at++;
        if (c == ',') {
            return true;
        }
        if (c != close) {
            throw damaged();
        }
        return false;
    }

    private String string() {
        StringBuilder value = new StringBuilder();
        at++;
        while (true) {
            if (at == text.length()) {
                throw damaged();
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                throw damaged();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (at == text.length()) {
                throw damaged();
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw damaged();
                    }
                    value.append((char) Integer.parseInt(text, at, at + 4, 16));
                    at += 4;
                }
                default -> throw damaged();
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw damaged();
        }
        at += word.length();
        return value;
    }

    private Object number() {
        int start = at;
        boolean integer = true;
        if (at < text.length() && text.charAt(at) == '-') {
            at++;
        }
        int first = at;
        int digits = digits();
        if (digits == 0 || digits > 1 && text.charAt(first) == '0') {
            throw damaged(); // no digits, or a leading zero
        }
        if (at < text.length() && text.charAt(at) == '.') {
            integer = false;
            at++;
            if (digits() == 0) {
                throw damaged();
            }
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            integer = false;
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            if (digits() == 0) {
                throw damaged();
            }
        }
        String number = text.substring(start, at);
        return integer ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
    }

    private int digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at - start;
    }

    /** The next character that is not whitespace, without moving past it. */
    private char next() {
        skipWhitespace();
        if (at == text.length()) {
            throw damaged();
        }
        return text.charAt(at);
    }

    private void skipWhitespace() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\n' || text.charAt(at) == '\r' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private IllegalArgumentException damaged() {
        return new IllegalArgumentException("not JSON at offset " + at);
    }
}
