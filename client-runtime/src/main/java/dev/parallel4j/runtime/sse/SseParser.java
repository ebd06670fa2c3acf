package dev.parallel4j.runtime.sse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads Server-Sent Events from a byte stream following the WHATWG HTML standard's "event stream interpretation":
 * UTF-8 with an optional byte order mark, lines ended by CRLF, LF or CR, comments, multi-line {@code data},
 * {@code event}, {@code id} (kept across events, ignored when it contains NUL) and {@code retry} (digits only).
 * An event still open when the stream ends is discarded, as the standard says; {@link #endedMidEvent()} tells
 * whether that happened, which a stream that can resume takes as a cut connection rather than the server's end.
 *
 * <p>Reads its input in blocks and finds lines in them, so a long stream costs about one string per field value.
 * Not thread-safe: one reader drives it.
 */
public final class SseParser implements AutoCloseable {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private final StringBuilder carried = new StringBuilder();
    /** A line that spanned blocks, copied out of them. */
    private char[] longLine = new char[0];
    /** The current line: characters {@code lineStart} to {@code lineEnd} of the block or of {@link #longLine}. */
    private char[] line;
    private int lineStart;
    private int lineEnd;
    private boolean started;
    private boolean skipLineFeed;
    private boolean midEvent;
    private String idBuffer = "";
    private String lastEventId = "";
    private Duration retry;

    /**
     * Parses UTF-8 bytes.
     *
     * @param in the stream's body, encoded in UTF-8; closed by {@link #close()}
     */
    public SseParser(InputStream in) {
        this(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Parses decoded characters.
     *
     * @param in the stream's body, as characters; closed by {@link #close()}
     */
    public SseParser(Reader in) {
        this.reader = in;
    }

    /**
     * Reads up to the next dispatched event.
     *
     * @return the event, or {@code null} when the stream has ended
     * @throws IOException if reading fails
     */
    public SseEvent next() throws IOException {
        String firstData = null; // most events have one data line: it is the data, without copying
        StringBuilder moreData = null;
        String eventType = "";
        while (readLine()) {
            if (lineStart == lineEnd) {
                midEvent = false;
                lastEventId = idBuffer;
                if (firstData != null) {
                    String data = moreData == null ? firstData : moreData.toString();
                    return new SseEvent(lastEventId, eventType.isEmpty() ? "message" : eventType, data);
                }
                eventType = "";
                continue;
            }
            if (line[lineStart] == ':') {
                continue;
            }
            midEvent = true;
            int colon = colon();
            int nameEnd = colon < 0 ? lineEnd : colon;
            String value = colon < 0 ? "" : textFrom(colon + 1 < lineEnd && line[colon + 1] == ' ' ? colon + 2 : colon + 1);
            if (isField(nameEnd, "data")) {
                if (firstData == null) {
                    firstData = value;
                } else {
                    moreData = (moreData == null ? new StringBuilder(firstData) : moreData).append('\n').append(value);
                }
            } else if (isField(nameEnd, "event")) {
                eventType = value;
            } else if (isField(nameEnd, "id")) {
                if (value.indexOf('\0') < 0) {
                    idBuffer = value;
                }
            } else if (isField(nameEnd, "retry")) {
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    retry = Duration.ofMillis(parseMillis(value));
                }
            } // other fields are ignored, as the standard says
        }
        return null;
    }

    /**
     * The id of the last event that set one, {@code ""} if none did: what a reconnect resumes from. An id takes
     * effect when its event is dispatched (at the blank line ending it), so the id of an event the stream broke off
     * in the middle of is never reported.
     *
     * @return the last dispatched event id, or {@code ""} if none was set
     */
    public String lastEventId() {
        return lastEventId;
    }

    /**
     * Whether the stream ended inside an event: after a field line not yet closed by a blank line, or in the middle
     * of a line. A server ends a stream between events, so this means the body was cut short. Meaningful once
     * {@link #next()} has returned {@code null}.
     *
     * @return {@code true} if the stream ended inside an event
     */
    public boolean endedMidEvent() {
        return midEvent;
    }

    /**
     * The reconnection delay the server last asked for with {@code retry}.
     *
     * @return the last {@code retry} delay the stream set, or empty if it set none
     */
    public Optional<Duration> retry() {
        return Optional.ofNullable(retry);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * Finds the next line and points {@link #line}, {@link #lineStart} and {@link #lineEnd} at its characters without
     * its terminator (CRLF, LF or CR): in the block when it lies in one, else in a copy. False at the end of the
     * stream; a last line the stream ends without terminating is incomplete and is discarded, as the standard says.
     */
    private boolean readLine() throws IOException {
        carried.setLength(0);
        while (true) {
            if (position == limit && !fill()) {
                if (carried.length() > 0) {
                    midEvent = true; // an unterminated last line: the body stopped in the middle of it
                }
                return false;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit) {
                char c = buffer[position++];
                if (c == '\n' || c == '\r') {
                    skipLineFeed = c == '\r';
                    pointAtLine(start, position - 1);
                    return true;
                }
            }
            carried.append(buffer, start, limit - start);
        }
    }

    /** Points at a line ending at {@code end} in the block, which began with what was carried over from earlier blocks. */
    private void pointAtLine(int start, int end) {
        if (carried.length() == 0) {
            line = buffer;
            lineStart = start;
            lineEnd = end;
            return;
        }
        carried.append(buffer, start, end - start);
        if (longLine.length < carried.length()) {
            longLine = new char[carried.length()];
        }
        carried.getChars(0, carried.length(), longLine, 0);
        line = longLine;
        lineStart = 0;
        lineEnd = carried.length();
    }

    /** Where the line's first colon is, or -1. */
    private int colon() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (line[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The line's text from {@code start} to its end. */
    private String textFrom(int start) {
        return new String(line, start, lineEnd - start);
    }

    /** Whether the line's field name, the text before {@code nameEnd}, is {@code field}. */
    private boolean isField(int nameEnd, String field) {
        if (nameEnd - lineStart != field.length()) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            if (line[lineStart + i] != field.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the next block; false at the end of the stream. Drops a byte order mark at the very start. */
    private boolean fill() throws IOException {
        int read = reader.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        if (!started) {
            started = true;
            if (buffer[0] == BYTE_ORDER_MARK) {
                position = 1;
            }
        }
        return true;
    }

    private static long parseMillis(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return Long.MAX_VALUE;
        }
    }
}
