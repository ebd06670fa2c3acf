package dev.parallel4j.benchmarks.coldstart;

import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllRun;

/**
 * A fresh JVM's first call with parallel4j's client: retrieve one FindAll run from the server named by the first
 * argument (the run's id is the second) and exit.
 */
public final class Parallel4jFirstCall {
    private Parallel4jFirstCall() {}

    /** {@code Parallel4jFirstCall <base-url> <findall-id>}. */
    public static void main(String[] args) {
        ParallelClient client = ParallelClient.builder().apiKey("bench-key").baseUrl(args[0]).build();
        FindAllRun run = client.findAll().retrieve(args[1]);
        System.out.println(run.findallId() + " " + run.status().status());
        System.exit(0);
    }
}
