package dev.parallel4j.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * Counts TCP connections on this machine as the Linux kernel lists them ({@code /proc/net/tcp} and
 * {@code /proc/net/tcp6}), to see whether a client still holds connections to a server. Tests using it are skipped
 * where the kernel does not list them.
 */
public final class OpenConnections {
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";

    private OpenConnections() {}

    /** Skips the calling test unless connections can be counted here. */
    public static void assumeCountable() {
        Assumptions.assumeTrue(Files.isReadable(TABLES.get(0)), "TCP connections are listed in /proc/net/tcp on Linux only");
    }

    /** Established connections from a client to {@code port} (the client's side of each). */
    public static long to(int port) {
        String remote = String.format(Locale.ROOT, ":%04X", port);
        long count = 0;
        for (Path table : TABLES) {
            if (!Files.isReadable(table)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(table); // "sl local_address rem_address st ...", then a line a socket
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.strip().split("\\s+");
                    if (fields[2].endsWith(remote) && fields[3].equals(ESTABLISHED)) {
                        count++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    /**
     * Waits, up to ten seconds, for a condition that the other end of a connection makes true in its own time
     * (closing a socket, collecting garbage); returns whether it became true. Each check runs {@code nudge} first.
     */
    public static boolean eventually(Runnable nudge, BooleanSupplier condition) {
        for (int i = 0; i < 100; i++) {
            nudge.run();
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
