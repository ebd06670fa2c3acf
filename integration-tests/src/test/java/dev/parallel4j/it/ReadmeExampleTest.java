package dev.parallel4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllCandidate;
import dev.parallel4j.client.model.FindAllCandidateMatchStatusEvent;
import dev.parallel4j.client.model.FindAllEvent;
import dev.parallel4j.client.model.FindAllGenerator;
import dev.parallel4j.client.model.FindAllRun;
import dev.parallel4j.client.model.FindAllRunInput;
import dev.parallel4j.client.model.MatchCondition;
import dev.parallel4j.demo.RecordedParallelServer;
import dev.parallel4j.runtime.sse.EventStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's example honest: the same code, run against the recorded demo run, and the README checked to
 * still contain it line for line.
 */
final class ReadmeExampleTest {
    private static final Path README = Path.of("../README.md");

    /** The README example, with println replaced by collecting into a list. */
    private static List<String> example(ParallelClient client) {
        List<String> printed = new ArrayList<>();
        FindAllRun run = client.findAll().create(FindAllRunInput.builder()
                .objective("Robotics start-ups in Europe founded after 2019")
                .entityType("companies")
                .addMatchCondition(MatchCondition.builder()
                        .name("founded_after_2019")
                        .description("The company was founded in 2020 or later.")
                        .build())
                .generator(FindAllGenerator.BASE)
                .matchLimit(10L)
                .build());

        try (EventStream<FindAllEvent> events = client.findAll().events(run.findallId())) {
            for (FindAllEvent event : events) {
                if (event instanceof FindAllCandidateMatchStatusEvent candidate) {
                    printed.add(candidate.type() + " " + candidate.data().name());
                }
            }
        }

        for (FindAllCandidate candidate : client.findAll().result(run.findallId()).candidates()) {
            printed.add(candidate.name() + " " + candidate.matchStatus());
        }
        return printed;
    }

    @Test
    void theExampleRunsAgainstTheRecordedRun() {
        try (RecordedParallelServer server = RecordedParallelServer.start("demo-run")) {
            ParallelClient client = ParallelClient.builder().apiKey("readme-key").baseUrl(server.baseUrl()).build();
            List<String> printed = example(client);
            assertThat(printed).contains(
                    "findall.candidate.generated Kvist Sykkelverksted",
                    "findall.candidate.matched Sisu Titaani Oy",
                    "Tallinna Torutöökoda unmatched",
                    "Hallonberg Ramverk matched");
        }
    }

    @Test
    void theReadmeShowsThisExample() throws IOException {
        String readme = Files.readString(README);
        String[] lines = {
            "FindAllRun run = client.findAll().create(FindAllRunInput.builder()",
            ".generator(FindAllGenerator.BASE)",
            "try (EventStream<FindAllEvent> events = client.findAll().events(run.findallId())) {",
            "if (event instanceof FindAllCandidateMatchStatusEvent candidate) {",
            "System.out.println(candidate.type() + \" \" + candidate.data().name());",
            "for (FindAllCandidate candidate : client.findAll().result(run.findallId()).candidates()) {",
            "System.out.println(candidate.name() + \" \" + candidate.matchStatus());",
        };
        for (String line : lines) {
            assertThat(readme).as("README example").contains(line);
        }
    }
}
