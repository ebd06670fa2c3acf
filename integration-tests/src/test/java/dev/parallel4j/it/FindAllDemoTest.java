package dev.parallel4j.it;

import static dev.parallel4j.it.Recorded.DEFAULT_BETAS;
import static dev.parallel4j.it.Recorded.SEARCH;
import static dev.parallel4j.it.support.SentRequestAssert.assertThatRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.demo.FindAllDemo;
import dev.parallel4j.it.support.RecordedApi;
import dev.parallel4j.it.support.RecordedApiExtension;
import dev.parallel4j.it.support.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The FindAll demo: its progress lines and its table of matches, and its clean start and stop without a key. */
final class FindAllDemoTest {
    /** What the demo prints for the recorded run. */
    private static final String RECORDED_OUTPUT = """
            Created run findall_4c1d9e07b2a84f6f9e3a5d21c8b0f713 (queued, generator core)
            Waiting for it to finish:
              queued       0 generated   0 matched
              running      0 generated   0 matched
              running      2 generated   0 matched
              running      3 generated   1 matched
              running      4 generated   2 matched
              completed    4 generated   3 matched   finished: candidates_exhausted

            Matched candidates: 3 of 4 evaluated

            #  Name                  URL                                 titanium_frames_check                         nordic_workshop_check
            -  --------------------  ----------------------------------  --------------------------------------------  ---------------------
            1  Kvist Sykkelverksted  https://kvist-sykkel.example        Welds made-to-measure titanium road and g...  Bergen, Norway
               [1] Kvist Sykkelverksted - Titanium, made to measure <https://kvist-sykkel.example/titan>
               [2] Visit the workshop <https://kvist-sykkel.example/contact>
               [3] Hand-built in Bergen: a morning at Kvist <https://nordicgravel.example/2025/09/kvist-visit>
            2  Hallonberg Ramverk    https://hallonberg-ramverk.example  Custom titanium gravel and bikepacking fr...  Sundbyberg, Sweden
               [1] Frames - Hallonberg Ramverk <https://hallonberg-ramverk.example/frames>
               [2] <https://hallonberg-ramverk.example/about>
            3  Sisu Titaani Oy       https://sisutitaani.example         Builds titanium fat bike and touring fram...  Tampere, Finland
               [1] Sisu Titaani - Custom frames <https://sisutitaani.example/custom>
               [2] Yhteystiedot / Contact <https://sisutitaani.example/contact>
            """;

    @Test
    void withoutAnApiKeyItReplaysTheRecordedRunAndStopsItsServer() {
        Set<Thread> before = liveUserThreads();

        String output = printed(FindAllDemo::runAgainstRecording);

        assertThat(output).isEqualTo(
                "PARALLEL_API_KEY is not set: replaying a recorded run from a local server.\n" + RECORDED_OUTPUT);
        assertThat(liveUserThreads()).as("threads that would keep exec:java from exiting").isSubsetOf(before);
    }

    /** The demo's logic against the scenario, which recording mode records from a real run. */
    @Nested
    @ExtendWith(RecordedApiExtension.class)
    final class AgainstTheApi {
        @Test
        @Scenario(FindAllDemo.SCENARIO)
        void itCreatesTheRunPrintsItsProgressAndThenTheMatchesWithTheirCitations(RecordedApi api) {
            String output = printed(out -> FindAllDemo.run(api.client(), out));

            assertThat(output).startsWith("Created run findall_")
                    .contains("Waiting for it to finish:", "Matched candidates: ");
            api.replayedValues(() -> assertThat(output).isEqualTo(RECORDED_OUTPUT));
            List<LoggedRequest> requests = api.requests();
            assertThat(requests).hasSize(3);
            String runId = output.substring("Created run ".length(), output.indexOf(' ', "Created run ".length()));
            assertThatRequest(requests.get(0))
                    .is("POST", "/v1beta/findall/runs")
                    .hasApiKey(api.apiKey())
                    .hasBetas(DEFAULT_BETAS)
                    .hasJsonBody("""
                            {"objective": "%s",
                             "entity_type": "companies",
                             "match_conditions": %s,
                             "generator": "core",
                             "match_limit": 5,
                             "metadata": {"source": "parallel4j-demo"}}
                            """.formatted(SEARCH.objective(), Recorded.CONDITIONS_JSON));
            assertThatRequest(requests.get(1)).is("GET", "/v1beta/findall/runs/" + runId + "/events?timeout=3600")
                    .hasHeader("Accept", "text/event-stream");
            assertThatRequest(requests.get(2)).is("GET", "/v1beta/findall/runs/" + runId + "/result");
        }
    }

    private static String printed(Consumer<PrintStream> demo) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            demo.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static Set<Thread> liveUserThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }
}
