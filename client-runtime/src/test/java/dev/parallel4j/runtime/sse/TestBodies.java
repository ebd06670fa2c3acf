package dev.parallel4j.runtime.sse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** In-memory response bodies for the stream tests: one that counts its closes, one that breaks like a dropped connection. */
final class TestBodies {
    private TestBodies() {}

    /** A response body that records how often it was closed. */
    static class RecordingInputStream extends InputStream {
        private final ByteArrayInputStream bytes;
        int closeCount;

        RecordingInputStream(String text) {
            this.bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() throws IOException {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public void close() {
            closeCount++;
        }
    }

    /** A body that delivers its bytes, then fails as a dropped connection does. */
    static final class BreakingInputStream extends RecordingInputStream {
        private boolean delivered;

        BreakingInputStream(String text) {
            super(text);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                delivered = true;
                return n;
            }
            if (!delivered) {
                return n;
            }
            throw new IOException("connection reset by peer");
        }
    }
}
