package dev.parallel4j.demo;

import dev.parallel4j.client.model.ErrorEvent;
import dev.parallel4j.client.model.FindAllCandidateMatchStatusEvent;
import dev.parallel4j.client.model.FindAllEvent;
import dev.parallel4j.client.model.FindAllRunStatus;
import dev.parallel4j.client.model.FindAllRunStatusEvent;
import dev.parallel4j.client.model.FindAllSchemaUpdatedEvent;
import dev.parallel4j.runtime.json.JsonValue;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints one line per FindAll event that changes something: the run's status and how many candidates were
 * generated and matched so far, then what happened. Status events that change nothing (the periodic heartbeats)
 * print nothing.
 */
final class ProgressPrinter implements FindAllEvent.Visitor<String> {
    private final PrintStream out;
    private String status = "";
    private long generated;
    private long matched;
    private String printedState;

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    /** Prints the line for an event, if it changes what the last line showed. */
    void print(FindAllEvent event) {
        String what = event.accept(this);
        String state = String.format("  %-10s %3d generated %3d matched", status, generated, matched);
        if (!what.isEmpty() || !Objects.equals(state, printedState)) {
            out.println((state + "   " + what).stripTrailing());
            printedState = state;
        }
    }

    @Override
    public String visitFindAllRunStatus(FindAllRunStatusEvent event) {
        FindAllRunStatus run = event.data().status();
        status = run.status().asString();
        generated = run.metrics().generatedCandidatesCount();
        matched = run.metrics().matchedCandidatesCount();
        return run.terminationReason().map(reason -> "finished: " + reason).orElse("");
    }

    @Override
    public String visitFindAllCandidateMatchStatus(FindAllCandidateMatchStatusEvent event) {
        String name = event.data().name();
        switch (event.type().value()) {
            case FINDALL_CANDIDATE_GENERATED:
                generated++;
                return "found     " + name;
            case FINDALL_CANDIDATE_MATCHED:
                matched++;
                return "matched   " + name;
            case FINDALL_CANDIDATE_UNMATCHED:
                return "rejected  " + name;
            case FINDALL_CANDIDATE_DISCARDED:
                return "discarded " + name;
            case FINDALL_CANDIDATE_ENRICHED:
                return "enriched  " + name;
            default:
                return event.type() + " " + name;
        }
    }

    @Override
    public String visitFindAllSchemaUpdated(FindAllSchemaUpdatedEvent event) {
        return "specification updated";
    }

    @Override
    public String visitError(ErrorEvent event) {
        return "error: " + event.error().message() + " (ref " + event.error().refId() + ")";
    }

    @Override
    public String visitUnknown(JsonValue json) {
        String type = json.asObject().map(members -> members.get("type")).flatMap(JsonValue::asString).orElse("?");
        return "skipped an event of unknown type " + type;
    }
}
