package dev.parallel4j.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 server on the loopback interface that answers each path with a complete response (status line,
 * headers, body) encoded once in advance. Per request it only reads the request head into a reused buffer, looks
 * the path up and writes the prepared bytes, with keep-alive, so a benchmark measures the client, not the server.
 * Requests for unknown paths get a 404.
 */
public final class FixedResponseServer implements AutoCloseable {
    private static final byte[] NOT_FOUND = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket socket;
    private final List<Route> routes;
    private final ExecutorService connections;
    private final AtomicInteger accepted = new AtomicInteger();

    private FixedResponseServer(ServerSocket socket, List<Route> routes) {
        this.socket = socket;
        this.routes = routes;
        this.connections = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fixed-response-server");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A response to prepare: status 200 with this content type and body. */
    public record Response(String contentType, byte[] body) {}

    /** A path as bytes and the complete response to it. */
    private record Route(byte[] path, byte[] response) {}

    /**
     * Starts a server on an ephemeral port of 127.0.0.1 answering each path (without query) of {@code routes}.
     *
     * @throws UncheckedIOException if no port can be bound
     */
    public static FixedResponseServer start(Map<String, Response> routes) {
        List<Route> encoded = new ArrayList<>();
        routes.forEach((path, response) -> encoded.add(new Route(path.getBytes(StandardCharsets.US_ASCII), encode(response))));
        try {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            FixedResponseServer server = new FixedResponseServer(socket, List.copyOf(encoded));
            server.connections.execute(server::acceptLoop);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local server", e);
        }
    }

    /** The base URL, {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** How many connections have been accepted so far (a client that reuses its connections keeps this low). */
    public int connectionsAccepted() {
        return accepted.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            connections.shutdownNow();
        }
    }

    private static byte[] encode(Response response) {
        byte[] head = String.format(Locale.ROOT, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
                response.contentType(), response.body().length).getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + response.body().length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(response.body(), 0, all, head.length, response.body().length);
        return all;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                accepted.incrementAndGet();
                connections.execute(() -> serve(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        byte[] head = new byte[MAX_HEAD];
        try (connection;
                InputStream in = new BufferedInputStream(connection.getInputStream());
                OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 64 * 1024)) {
            connection.setTcpNoDelay(true);
            int length;
            while ((length = readHead(in, head)) > 0) {
                skipBody(in, head, length);
                out.write(responseTo(head, length));
                out.flush();
            }
        } catch (IOException e) {
            // the client closed the connection: nothing to do
        }
    }

    /** Reads up to and including the blank line ending the request head; 0 at end of stream. */
    private static int readHead(InputStream in, byte[] head) throws IOException {
        int length = 0;
        while (length < head.length) {
            int b = in.read();
            if (b < 0) {
                return 0;
            }
            head[length++] = (byte) b;
            if (length >= 4 && head[length - 1] == '\n' && head[length - 2] == '\r' && head[length - 3] == '\n'
                    && head[length - 4] == '\r') {
                return length;
            }
        }
        throw new IOException("request head longer than " + head.length + " bytes");
    }

    /** The prepared response for the request target of the request line (its query ignored), without allocating. */
    private byte[] responseTo(byte[] head, int length) {
        int start = indexOf(head, 0, length, (byte) ' ') + 1;
        int end = start;
        while (end < length && head[end] != ' ' && head[end] != '?') {
            end++;
        }
        for (Route route : routes) {
            if (Arrays.equals(head, start, end, route.path(), 0, route.path().length)) {
                return route.response();
            }
        }
        return NOT_FOUND;
    }

    /** Discards a request body announced by {@code Content-Length} (the benchmarks only send GETs, but be safe). */
    private static void skipBody(InputStream in, byte[] head, int length) throws IOException {
        if (head[0] == 'G' && head[1] == 'E' && head[2] == 'T') {
            return;
        }
        String text = new String(head, 0, length, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        int at = text.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            int end = text.indexOf('\r', at + 2);
            long remaining = Long.parseLong(text.substring(at + "\r\ncontent-length:".length(), end).trim());
            while (remaining > 0) {
                long skipped = in.skip(remaining);
                if (skipped <= 0 && in.read() < 0) {
                    return;
                }
                remaining -= Math.max(skipped, 1);
            }
        }
    }

    private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
