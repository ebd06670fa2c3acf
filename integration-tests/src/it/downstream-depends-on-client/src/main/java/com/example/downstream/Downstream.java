package com.example.downstream;

import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllEvent;
import dev.parallel4j.client.model.FindAllGenerator;
import dev.parallel4j.client.model.FindAllRunInput;
import dev.parallel4j.client.model.MatchCondition;
import dev.parallel4j.runtime.sse.EventStream;
import java.time.Duration;

/** Uses the client the way the README shows; main() builds everything but calls nothing. */
public final class Downstream {
    private Downstream() {}

    /** A configured client; no request is sent. */
    public static ParallelClient client(String apiKey) {
        return ParallelClient.builder()
                .apiKey(apiKey)
                .baseUrl("https://api.parallel.ai")
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    /** The README's FindAll request. */
    public static FindAllRunInput request() {
        return FindAllRunInput.builder()
                .objective("Robotics start-ups in Europe founded after 2019")
                .entityType("companies")
                .addMatchCondition(MatchCondition.builder()
                        .name("founded_after_2019")
                        .description("The company was founded in 2020 or later.")
                        .build())
                .generator(FindAllGenerator.BASE)
                .matchLimit(10L)
                .build();
    }

    /** A runtime type in the signature: the runtime must be on the compile path through the client alone. */
    public static EventStream<FindAllEvent> events(ParallelClient client, String findallId) {
        return client.findAll().events(findallId);
    }

    /** Prints what verify.groovy checks. */
    public static void main(String[] args) {
        client("not-a-real-key");
        FindAllRunInput input = request();
        System.out.println("downstream: " + input.entityType() + ", " + input.matchConditions().size()
                + " condition, generator " + input.generator().asString());
        try {
            FindAllRunInput.builder().entityType("companies").build();
        } catch (IllegalStateException e) {
            System.out.println("downstream: " + e.getMessage());
        }
    }
}
