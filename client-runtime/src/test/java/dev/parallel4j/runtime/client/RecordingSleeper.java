package dev.parallel4j.runtime.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that ends every wait at once and remembers how long each would have been. */
final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        waits.add(delay);
        return CompletableFuture.completedFuture(null);
    }

    /** The waits asked for so far, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
