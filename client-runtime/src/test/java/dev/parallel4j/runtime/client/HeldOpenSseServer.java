package dev.parallel4j.runtime.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on a raw socket that answers every request with the same event stream and then holds the
 * connection open without ending the response, counting the connections the client has not closed. A client
 * that releases its connection closes the socket, which the server sees as the end of its input; nothing here
 * depends on timing.
 */
final class HeldOpenSseServer implements AutoCloseable {
    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "held-open-sse-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger open = new AtomicInteger();
    private final Semaphore closes = new Semaphore(0);
    private final String events;

    /**
     * Starts the server.
     *
     * @param events the event stream sent on every connection, after which the response never ends
     */
    HeldOpenSseServer(String events) throws IOException {
        this.events = events;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Connections accepted and not yet closed by the client. */
    int openConnections() {
        return open.get();
    }

    /**
     * Waits until the client has closed as many connections as it opened.
     *
     * @param limit how long to wait at most, a safety net for a failing test rather than a timing
     * @return whether every connection was closed
     */
    boolean awaitAllClosed(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (open.get() > 0) {
            if (!closes.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                open.incrementAndGet();
                threads.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            BufferedReader request = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            String line;
            while ((line = request.readLine()) != null && !line.isEmpty()) {
                // the request line and headers: a GET has no body
            }
            OutputStream out = connection.getOutputStream();
            byte[] body = events.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            while (in.read() >= 0) {
                // the response never ends; wait for the client to close its side
            }
        } catch (IOException reset) {
            // the client reset the connection: closed as well
        } finally {
            open.decrementAndGet();
            closes.release();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
