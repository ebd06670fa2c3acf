package dev.parallel4j.it.support;

import dev.parallel4j.runtime.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Time a test controls, for a client built with {@code clock(time.clock()).sleeper(time.sleeper())}: the clock stands
 * still until the client sleeps, and a sleep ends at once after moving the clock on and noting how long it was. The
 * client's waits between retries, before stream reconnects and between polls all come here, from whichever thread;
 * so nothing waits for real.
 */
public final class ManualTime {
    private final List<Duration> sleeps = new ArrayList<>();
    private Instant now = Instant.parse("2026-03-04T09:15:00Z");

    /** The clock to give the client. */
    public Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the client reads instants only");
            }
        };
    }

    /** The sleeper to give the client. */
    public Sleeper sleeper() {
        return duration -> {
            sleep(duration);
            return CompletableFuture.completedFuture(null);
        };
    }

    /** The sleeps the client asked for, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    private synchronized Instant now() {
        return now;
    }

    private synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }
}
