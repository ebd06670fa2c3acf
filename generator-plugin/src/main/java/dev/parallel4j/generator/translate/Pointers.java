package dev.parallel4j.generator.translate;

/** Builds and reads JSON pointers (RFC 6901) into the document, for locating problems. */
final class Pointers {
    private Pointers() {}

    /** The pointer to a child: {@code child("/paths", "/v1/runs")} is {@code /paths/~1v1~1runs}. */
    static String child(String pointer, String... segments) {
        StringBuilder out = new StringBuilder(pointer);
        for (String segment : segments) {
            out.append('/').append(escape(segment));
        }
        return out.toString();
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
