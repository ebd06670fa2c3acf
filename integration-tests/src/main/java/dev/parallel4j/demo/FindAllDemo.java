package dev.parallel4j.demo;

import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllGenerator;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunInput;
import dev.parallel4j.client.model.FindAllRunResult;
import dev.parallel4j.client.model.MatchCondition;
import dev.parallel4j.client.model.MetadataValue;
import dev.parallel4j.runtime.wait.WaitOptions;
import java.io.PrintStream;

/**
 * Runs one FindAll search end to end and prints it: creates the run, waits for it to finish with a progress line
 * per change (the waiter follows the run's event stream), then fetches the result and prints the matches as a table
 * with their sources. With {@code PARALLEL_API_KEY} set it calls the real API; without it, it replays a recorded
 * run from a local server.
 */
public final class FindAllDemo {
    /** The recorded scenario replayed when no API key is set. */
    public static final String SCENARIO = "demo-run";

    /** What the demo searches for. */
    public static final FindAllRunInput REQUEST = FindAllRunInput.builder()
            .objective("Find independent workshops in the Nordic countries that build made-to-measure titanium"
                    + " bicycle frames")
            .entityType("companies")
            .addMatchCondition(MatchCondition.builder()
                    .name("titanium_frames_check")
                    .description("The company designs and welds made-to-measure titanium bicycle frames in its own"
                            + " workshop; resellers of frames built elsewhere do not qualify.")
                    .build())
            .addMatchCondition(MatchCondition.builder()
                    .name("nordic_workshop_check")
                    .description("The frame-building workshop is located in Denmark, Finland, Iceland, Norway or"
                            + " Sweden.")
                    .build())
            .generator(FindAllGenerator.CORE)
            .matchLimit(5)
            .putMetadata("source", MetadataValue.ofString("parallel4j-demo"))
            .build();

    private static final String RECORDING_API_KEY = "demo-key-accepted-by-the-recorded-server";

    private FindAllDemo() {}

    /**
     * Runs the demo against the real API when {@code PARALLEL_API_KEY} is set, else against the recorded run.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String apiKey = System.getenv("PARALLEL_API_KEY");
        if (apiKey == null || apiKey.isBlank()) {
            runAgainstRecording(System.out);
        } else {
            try (ParallelClient client = ParallelClient.fromEnv()) {
                run(client, System.out);
            }
        }
    }

    /**
     * Starts a local server replaying {@value #SCENARIO}, runs the demo against it and stops the server.
     *
     * @param out where to print
     */
    public static void runAgainstRecording(PrintStream out) {
        out.println("PARALLEL_API_KEY is not set: replaying a recorded run from a local server.");
        try (RecordedParallelServer server = RecordedParallelServer.start(SCENARIO);
                ParallelClient client = ParallelClient.builder().apiKey(RECORDING_API_KEY).baseUrl(server.baseUrl()).build()) {
            run(client, out);
        }
    }

    /**
     * Creates the run, prints its progress until it has finished, then prints the matches.
     *
     * @param client the client to call
     * @param out where to print
     */
    public static void run(ParallelClient client, PrintStream out) {
        FindAllRun run = client.findAll().create(REQUEST);
        out.println("Created run " + run.findallId() + " (" + run.status().status() + ", generator "
                + run.generator().map(FindAllGenerator::asString).orElse("unspecified") + ")");
        out.println("Waiting for it to finish:");
        client.findAll().awaitCompletion(run.findallId(), WaitOptions.defaults(), new ProgressPrinter(out)::print);
        FindAllRunResult result = client.findAll().result(run.findallId());
        out.println();
        MatchTable.of(result).print(out);
    }
}
