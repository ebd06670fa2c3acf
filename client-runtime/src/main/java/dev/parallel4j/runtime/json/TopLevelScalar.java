package dev.parallel4j.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the text of a top-level string or number property of a JSON object, such as an event's {@code event_id} or
 * a union's discriminator, without parsing the rest: the text is scanned up to the property, and values before it
 * are skipped by their brackets and quotes. Text holding escapes on the way, or anything unexpected, is read with
 * Jackson instead. On well-formed JSON the answer is Jackson's.
 */
public final class TopLevelScalar {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int NOT_FOUND = -1;
    /** The scan met something it leaves to Jackson (an escape in a name or in the value, or malformed text). */
    private static final int ASK_JACKSON = -2;

    private final String json;
    private final String property;
    private final boolean stringsOnly;
    private int position;

    private TopLevelScalar(String json, String property, boolean stringsOnly) {
        this.json = json;
        this.property = property;
        this.stringsOnly = stringsOnly;
    }

    /**
     * The text of a top-level string or number property.
     *
     * @param json the JSON text
     * @param property the property's name
     * @return the string's text or the number as written; {@code null} when the JSON is not an object, lacks the
     *     property, holds something other than a string or number there, or is malformed
     */
    public static String find(String json, String property) {
        return new TopLevelScalar(json, property, false).find();
    }

    /** As {@link #find}, for a string only: {@code null} for a number too. */
    static String findString(String json, String property) {
        return new TopLevelScalar(json, property, true).find();
    }

    private String find() {
        int valueStart = valueStart();
        if (valueStart == ASK_JACKSON) {
            return withJackson(json, property, stringsOnly);
        }
        if (valueStart == NOT_FOUND) {
            return null;
        }
        return scalarAt(valueStart);
    }

    /** Where the property's value starts; {@link #NOT_FOUND} or {@link #ASK_JACKSON} otherwise. */
    private int valueStart() {
        if (!expect('{')) {
            return NOT_FOUND;
        }
        skipSpace();
        if (at('}')) {
            return NOT_FOUND;
        }
        while (true) {
            skipSpace();
            if (!at('"')) {
                return ASK_JACKSON;
            }
            int nameStart = position + 1;
            int nameEnd = skipString();
            if (nameEnd < 0) {
                return ASK_JACKSON;
            }
            if (!expect(':')) {
                return ASK_JACKSON;
            }
            skipSpace();
            if (nameEnd - nameStart == property.length() && json.startsWith(property, nameStart)) {
                return position;
            }
            if (!skipValue()) {
                return ASK_JACKSON;
            }
            skipSpace();
            if (at('}')) {
                return NOT_FOUND;
            }
            if (!expect(',')) {
                return ASK_JACKSON;
            }
        }
    }

    /** The string's or number's text at {@code start}; {@code null} for another kind of value. */
    private String scalarAt(int start) {
        if (at('"')) {
            int end = skipString();
            return end < 0 ? withJackson(json, property, stringsOnly) : json.substring(start + 1, end);
        }
        if (!stringsOnly && (at('-') || position < json.length() && Character.isDigit(json.charAt(position)))) {
            while (position < json.length() && "+-.eE0123456789".indexOf(json.charAt(position)) >= 0) {
                position++;
            }
            return json.substring(start, position);
        }
        return null;
    }

    /**
     * Skips the string starting at the current quote, returning where its closing quote is, or -1 when it holds
     * an escape or does not end.
     */
    private int skipString() {
        for (int i = position + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                position = i + 1;
                return i;
            }
            if (c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** Skips one value of any kind; false if it cannot tell where it ends. */
    private boolean skipValue() {
        int depth = 0;
        while (position < json.length()) {
            char c = json.charAt(position);
            if (c == '"') {
                if (skipString() < 0) {
                    return false;
                }
            } else if (c == '{' || c == '[') {
                depth++;
                position++;
            } else if (c == '}' || c == ']' || c == ',') {
                if (depth == 0) {
                    return true; // the end of a scalar, left for the caller
                }
                position++;
                if (c != ',' && --depth == 0) {
                    return true;
                }
            } else {
                position++;
            }
        }
        return false;
    }

    private boolean at(char c) {
        return position < json.length() && json.charAt(position) == c;
    }

    private boolean expect(char c) {
        skipSpace();
        if (!at(c)) {
            return false;
        }
        position++;
        return true;
    }

    private void skipSpace() {
        while (position < json.length() && " \t\r\n".indexOf(json.charAt(position)) >= 0) {
            position++;
        }
    }

    /** The same answer, from Jackson's parser. */
    static String withJackson(String json, String property, boolean stringsOnly) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(property)) {
                    return value == JsonToken.VALUE_STRING || !stringsOnly && value.isNumeric() ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException malformed) {
            return null;
        }
    }
}
