package dev.parallel4j.runtime.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SseParser} against the WHATWG HTML "event stream interpretation" rules. */
class SseParserTest {

    /** A reader that hands out one character per read, as a slow network would. */
    private static final class OneCharReader extends Reader {
        private final String text;
        private int position;

        OneCharReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position >= text.length()) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            buffer[offset] = text.charAt(position++);
            return 1;
        }

        @Override
        public void close() {}
    }

    private static List<SseEvent> parse(String stream) throws IOException {
        return drain(new SseParser(new StringReader(stream)));
    }

    private static List<SseEvent> drain(SseParser parser) throws IOException {
        List<SseEvent> events = new ArrayList<>();
        SseEvent event;
        while ((event = parser.next()) != null) {
            events.add(event);
        }
        // once ended, it stays ended
        assertThat(parser.next()).isNull();
        return events;
    }

    private static SseEvent message(String data) {
        return new SseEvent("", "message", data);
    }

    @Test
    void lineFeedEndsLines() throws IOException {
        assertThat(parse("data: one\n\ndata: two\n\n")).containsExactly(message("one"), message("two"));
    }

    @Test
    void carriageReturnLineFeedEndsLines() throws IOException {
        assertThat(parse("data: one\r\ndata: more\r\n\r\ndata: two\r\n\r\n"))
                .containsExactly(message("one\nmore"), message("two"));
    }

    @Test
    void loneCarriageReturnEndsLines() throws IOException {
        assertThat(parse("data: one\rdata: more\r\rdata: two\r\r"))
                .containsExactly(message("one\nmore"), message("two"));
    }

    @Test
    void mixedLineEndingsInOneStream() throws IOException {
        assertThat(parse("data: a\rdata: b\ndata: c\r\n\ndata: d\r\r\n"))
                .containsExactly(message("a\nb\nc"), message("d"));
    }

    @Test
    void carriageReturnAndLineFeedSplitAcrossReadsCountAsOneLineEnd() throws IOException {
        // If the LF after a CR were taken for a second line end, "a" would be dispatched on its own.
        String stream = "data: a\r\ndata: b\r\n\r\nid: 7\r\ndata: c\r\n\r\n";
        List<SseEvent> events = drain(new SseParser(new OneCharReader(stream)));
        assertThat(events).containsExactly(message("a\nb"), new SseEvent("7", "message", "c"));
    }

    @Test
    void linesLongerThanTheReadBlockArriveWhole() throws IOException {
        String longValue = "x".repeat(20_000) + "y";
        List<SseEvent> events = drain(new SseParser(new StringReader("data: " + longValue + "\r\ndata: z\n\n")));
        assertThat(events).singleElement().extracting(SseEvent::data).isEqualTo(longValue + "\nz");
    }

    @Test
    void loneCarriageReturnsAcrossReads() throws IOException {
        List<SseEvent> events = drain(new SseParser(new OneCharReader("data: a\rdata: b\r\rdata: c\n\r")));
        assertThat(events).containsExactly(message("a\nb"), message("c"));
    }

    @Test
    void leadingByteOrderMarkIsStripped() throws IOException {
        assertThat(parse("\uFEFFdata: x\n\n")).containsExactly(message("x"));
    }

    @Test
    void leadingByteOrderMarkInUtf8BytesIsStripped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = "data: grüße ✓\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(rest, 0, all, bom.length, rest.length);
        assertThat(drain(new SseParser(new ByteArrayInputStream(all)))).containsExactly(message("grüße ✓"));
    }

    @Test
    void onlyOneByteOrderMarkIsStripped() throws IOException {
        // the second BOM becomes part of the field name "\uFEFFdata", which is unknown
        assertThat(parse("\uFEFF\uFEFFdata: x\n\ndata: y\n\n")).containsExactly(message("y"));
    }

    @Test
    void byteOrderMarkLaterInTheStreamIsNotStripped() throws IOException {
        assertThat(parse("data: x\n\n\uFEFFdata: y\n\ndata: \uFEFFz\n\n"))
                .containsExactly(message("x"), message("\uFEFFz"));
    }

    @Test
    void commentsAreIgnored() throws IOException {
        assertThat(parse(": hello\ndata: a\n:data: not data\n\n:\n\n")).containsExactly(message("a"));
    }

    @Test
    void fieldWithoutColonHasEmptyValue() throws IOException {
        // "data" alone appends an empty line; "event" alone sets an empty type, which dispatches as "message"
        assertThat(parse("data\ndata\n\nevent\ndata: x\n\n")).containsExactly(message("\n"), message("x"));
    }

    @Test
    void oneLeadingSpaceIsStrippedFromTheValueButNotTwo() throws IOException {
        assertThat(parse("data: one\n\ndata:  two\n\ndata:three\n\ndata:\tfour\n\n"))
                .containsExactly(message("one"), message(" two"), message("three"), message("\tfour"));
    }

    @Test
    void valueKeepsLaterColonsAndTrailingSpaces() throws IOException {
        assertThat(parse("data: a: b :c  \n\n")).containsExactly(message("a: b :c  "));
    }

    @Test
    void multiLineDataIsJoinedWithLineFeed() throws IOException {
        assertThat(parse("data: {\ndata:   \"a\": 1\ndata: }\n\n")).containsExactly(message("{\n  \"a\": 1\n}"));
    }

    @Test
    void emptyDataLineDispatchesAnEmptyEventOnlyWhenABlankLineFollows() throws IOException {
        assertThat(parse("data:\n\n")).containsExactly(message(""));
        assertThat(parse("data:\n")).isEmpty();
    }

    @Test
    void blankLineWithoutDataDispatchesNothingAndResetsTheEventType() throws IOException {
        assertThat(parse("event: ping\n\ndata: x\n\n")).containsExactly(message("x"));
    }

    @Test
    void eventTypeIsResetAfterDispatch() throws IOException {
        assertThat(parse("event: update\ndata: 1\n\ndata: 2\n\n"))
                .containsExactly(new SseEvent("", "update", "1"), message("2"));
    }

    @Test
    void lastEventTypeLineWins() throws IOException {
        assertThat(parse("event: a\nevent: b\ndata: x\n\n")).containsExactly(new SseEvent("", "b", "x"));
    }

    @Test
    void idPersistsAcrossEvents() throws IOException {
        SseParser parser = new SseParser(new StringReader("id: 41\ndata: a\n\ndata: b\n\nid: 42\ndata: c\n\n"));
        assertThat(parser.lastEventId()).isEmpty();
        assertThat(parser.next()).isEqualTo(new SseEvent("41", "message", "a"));
        assertThat(parser.next()).isEqualTo(new SseEvent("41", "message", "b"));
        assertThat(parser.next()).isEqualTo(new SseEvent("42", "message", "c"));
        assertThat(parser.lastEventId()).isEqualTo("42");
        assertThat(parser.next()).isNull();
    }

    @Test
    void idContainingNulIsIgnored() throws IOException {
        SseParser parser = new SseParser(new StringReader("id: 1\ndata: a\n\nid: 2\u00003\ndata: b\n\n"));
        assertThat(drain(parser)).containsExactly(new SseEvent("1", "message", "a"), new SseEvent("1", "message", "b"));
        assertThat(parser.lastEventId()).isEqualTo("1");
    }

    @Test
    void idWithEmptyValueResetsTheLastEventId() throws IOException {
        SseParser parser = new SseParser(new StringReader("id: 5\ndata: a\n\nid:\ndata: b\n\nid: 6\n\nid\ndata: c\n\n"));
        assertThat(drain(parser)).containsExactly(
                new SseEvent("5", "message", "a"), message("b"), message("c"));
        assertThat(parser.lastEventId()).isEmpty();
    }

    @Test
    void idTakesEffectAtTheBlankLineEvenWithoutData() throws IOException {
        SseParser parser = new SseParser(new StringReader("id: 9\n\n"));
        assertThat(parser.next()).isNull();
        assertThat(parser.lastEventId()).isEqualTo("9");
    }

    @Test
    void idOfAnEventTheStreamBrokeOffInIsNotReported() throws IOException {
        // A reconnect resumes after lastEventId(): reporting "2" would skip the event that never arrived.
        SseParser parser = new SseParser(new StringReader("id: 1\ndata: a\n\nid: 2\ndata: b"));
        assertThat(drain(parser)).containsExactly(new SseEvent("1", "message", "a"));
        assertThat(parser.lastEventId()).isEqualTo("1");
    }

    @Test
    void unterminatedLastLineIsDiscarded() throws IOException {
        // "id: 12" cut to "id: 1" by a dropped connection must not become the last event id
        SseParser parser = new SseParser(new StringReader("data: a\n\nid: 1"));
        assertThat(drain(parser)).containsExactly(message("a"));
        assertThat(parser.lastEventId()).isEmpty();

        SseParser retry = new SseParser(new StringReader("data: a\n\nretry: 5"));
        drain(retry);
        assertThat(retry.retry()).isEmpty();
    }

    @Test
    void retryAcceptsOnlyDigits() throws IOException {
        SseParser parser = new SseParser(new StringReader("retry: 1500\n\n"));
        assertThat(parser.retry()).isEmpty();
        assertThat(parser.next()).isNull();
        assertThat(parser.retry()).contains(Duration.ofMillis(1500));

        for (String ignored : List.of("retry: 10a", "retry: -5", "retry: 1.5", "retry:", "retry", "retry:  7", "retry: +7")) {
            SseParser keeps = new SseParser(new StringReader("retry: 300\n" + ignored + "\ndata: x\n\n"));
            assertThat(keeps.next()).as(ignored).isEqualTo(message("x"));
            assertThat(keeps.retry()).as(ignored).contains(Duration.ofMillis(300));
        }
    }

    @Test
    void retryWithHugeNumberIsClampedNotACrash() throws IOException {
        SseParser parser = new SseParser(new StringReader("retry: 99999999999999999999999999999\ndata: x\n\n"));
        assertThat(parser.next()).isEqualTo(message("x"));
        assertThat(parser.retry()).contains(Duration.ofMillis(Long.MAX_VALUE));
    }

    @Test
    void retryDoesNotDispatchAnEvent() throws IOException {
        assertThat(parse("retry: 10\n\n")).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        assertThat(parse("foo: bar\nData: shouted\n data: indented\nevents: x\ndata: kept\n\n"))
                .containsExactly(message("kept"));
    }

    @Test
    void blankLinesOnlyYieldNoEvents() throws IOException {
        assertThat(parse("\n\r\n\r\n\n\r")).isEmpty();
        assertThat(parse("")).isEmpty();
    }

    @Test
    void incompleteFinalEventIsDiscardedAtEndOfStream() throws IOException {
        assertThat(parse("data: a\n\ndata: b\n")).containsExactly(message("a"));
        assertThat(parse("data: a\n\nevent: x\ndata: b\ndata: c\n")).containsExactly(message("a"));
    }

    @Test
    void endingBetweenEventsIsNotEndingMidEvent() throws IOException {
        for (String stream : List.of("", "data: a\n\n", "data: a\r\n\r\n", "data: a\n\n: comment\n", "data: a\n\n\n")) {
            SseParser parser = new SseParser(new StringReader(stream));
            drain(parser);
            assertThat(parser.endedMidEvent()).as("%s", stream).isFalse();
        }
    }

    @Test
    void endingInsideAnEventOrALineIsEndingMidEvent() throws IOException {
        for (String stream : List.of("data: a\n\ndata: b\n", "data: a\n\nid: 2\n", "data: a\n\nevent: x\n",
                "data: a\n\ndata: {\"par", "data: a\n\n: comm")) {
            SseParser parser = new SseParser(new StringReader(stream));
            drain(parser);
            assertThat(parser.endedMidEvent()).as("%s", stream).isTrue();
        }
    }

    // The worked examples of the standard's "Event stream interpretation" section, with other values.

    @Test
    void specExampleMultipleDataLinesMakeOneEvent() throws IOException {
        assertThat(parse("data: ACME\ndata: -3\ndata: 42\n\n")).containsExactly(message("ACME\n-3\n42"));
    }

    @Test
    void specExampleCommentIdResetAndLeadingSpace() throws IOException {
        String stream = ": greeting\n\ndata: opening event\nid: 7\n\ndata:middle event\nid\n\ndata:  closing event\n\n";
        assertThat(parse(stream)).containsExactly(
                new SseEvent("7", "message", "opening event"),
                new SseEvent("", "message", "middle event"),
                new SseEvent("", "message", " closing event"));
    }

    @Test
    void specExampleEmptyDataAndDiscardedLastBlock() throws IOException {
        // first block: empty data; middle block: a single newline; last block: not followed by a blank line
        assertThat(parse("data\n\ndata\ndata\n\ndata:")).containsExactly(message(""), message("\n"));
    }

    @Test
    void specExampleWithAndWithoutSpaceAfterColonAreTheSame() throws IOException {
        assertThat(parse("data:same\n\ndata: same\n\n")).containsExactly(message("same"), message("same"));
    }

    @Test
    void closeClosesTheReader() throws IOException {
        boolean[] closed = {false};
        Reader reader = new StringReader("data: x\n\n") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        SseParser parser = new SseParser(reader);
        parser.close();
        assertThat(closed[0]).isTrue();
    }
}
