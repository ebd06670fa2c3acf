package dev.parallel4j.benchmarks.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed responses the benchmarks' clients receive, shaped like the documented FindAll payloads (and one
 * Anthropic model, for the cold-start comparison), written by us: a run, a result with any number of judged
 * candidates with outputs, citations and reasoning, and an event stream mixing status and candidate events.
 */
public final class Payloads {
    /** The run every route is about. */
    public static final String FINDALL_ID = "findall_0b7e5c3a9d2f4e61a8c4b2d7e9f01a35";
    /** {@code GET} answers the run (retrieve). */
    public static final String RUN_PATH = "/v1beta/findall/runs/" + FINDALL_ID;
    /** {@code GET} answers the run's result. */
    public static final String RESULT_PATH = RUN_PATH + "/result";
    /** {@code GET} answers the run's event stream. */
    public static final String EVENTS_PATH = RUN_PATH + "/events";
    /** The Anthropic model the Stainless SDK retrieves. */
    public static final String ANTHROPIC_MODEL = "claude-bench-1";
    /** {@code GET} answers that model. */
    public static final String ANTHROPIC_MODEL_PATH = "/v1/models/" + ANTHROPIC_MODEL;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private Payloads() {}

    /** A server answering every route above: a result with {@code candidates} candidates, a stream of {@code events}. */
    public static FixedResponseServer server(int candidates, int events) {
        return FixedResponseServer.start(Map.of(
                RUN_PATH, new FixedResponseServer.Response(JSON_TYPE, json(run("running"))),
                RESULT_PATH, new FixedResponseServer.Response(JSON_TYPE, result(candidates)),
                EVENTS_PATH, new FixedResponseServer.Response("text/event-stream", eventStream(events)),
                ANTHROPIC_MODEL_PATH, new FixedResponseServer.Response(JSON_TYPE, json(anthropicModel()))));
    }

    /** A FindAll run in the given status. */
    public static ObjectNode run(String status) {
        ObjectNode run = JSON.createObjectNode();
        run.put("findall_id", FINDALL_ID);
        ObjectNode state = run.putObject("status");
        state.put("status", status);
        state.put("is_active", !status.equals("completed"));
        ObjectNode metrics = state.putObject("metrics");
        metrics.put("generated_candidates_count", 812);
        metrics.put("matched_candidates_count", 250);
        state.putNull("termination_reason");
        run.put("generator", "core");
        ObjectNode metadata = run.putObject("metadata");
        metadata.put("requested_by", "benchmarks");
        metadata.put("batch", 7);
        metadata.put("budget_eur", 40.5);
        metadata.put("notify_on_match", true);
        run.put("created_at", "2026-03-04T09:14:58.201734Z");
        run.put("modified_at", "2026-03-04T09:21:07.884310Z");
        return run;
    }

    /** The result of a completed run with {@code count} judged candidates, every other one matched. */
    public static byte[] result(int count) {
        ObjectNode result = JSON.createObjectNode();
        result.set("run", run("completed"));
        ArrayNode candidates = result.putArray("candidates");
        for (int i = 0; i < count; i++) {
            candidates.add(candidate(i, i % 2 == 0 ? "matched" : "unmatched"));
        }
        result.put("last_event_id", "evt_" + count);
        return json(result);
    }

    /**
     * A FindAll event stream of {@code count} events: in every four, a run status, two candidates found and one
     * candidate matched with its outputs and evidence.
     */
    public static byte[] eventStream(int count) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream(count * 800);
        for (int i = 0; i < count; i++) {
            ObjectNode event = JSON.createObjectNode();
            String type = switch (i % 4) {
                case 0 -> "findall.status";
                case 2 -> "findall.candidate.matched";
                default -> "findall.candidate.generated";
            };
            event.put("type", type);
            event.put("timestamp", "2026-03-04T09:15:02.418265Z");
            event.put("event_id", String.format(Locale.ROOT, "evt_%08x", i));
            event.set("data", switch (i % 4) {
                case 0 -> run("running");
                case 2 -> candidate(i, "matched");
                default -> candidate(i, "generated");
            });
            stream.writeBytes(("event: " + type + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            stream.writeBytes(json(event));
            stream.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        }
        return stream.toByteArray();
    }

    /** An Anthropic model object, what {@code GET /v1/models/{id}} answers. */
    public static ObjectNode anthropicModel() {
        ObjectNode model = JSON.createObjectNode();
        model.put("type", "model");
        model.put("id", ANTHROPIC_MODEL);
        model.put("display_name", "Claude Bench");
        model.put("created_at", "2025-02-19T00:00:00Z");
        return model;
    }

    private static ObjectNode candidate(int i, String status) {
        ObjectNode candidate = JSON.createObjectNode();
        candidate.put("candidate_id", String.format(Locale.ROOT, "candidate_%08d-4b7a-9c2e-5d4f1a6b7c80", i));
        candidate.put("name", "Frame workshop " + i);
        candidate.put("url", "https://workshop-" + i + ".example");
        candidate.put("description", "Small workshop number " + i
                + " that builds custom titanium and steel road, gravel and touring frames to measure.");
        candidate.put("match_status", status);
        if (status.equals("generated")) {
            candidate.putNull("output");
            candidate.putNull("basis");
            return candidate;
        }
        boolean matched = status.equals("matched");
        ObjectNode output = candidate.putObject("output");
        ArrayNode basis = candidate.putArray("basis");
        field(output, basis, "titanium_frames_check", "Welds titanium frames in-house", "match_condition", matched, i);
        field(output, basis, "nordic_workshop_check", "Bergen, Norway", "match_condition", true, i);
        if (matched) {
            field(output, basis, "founding_year", String.valueOf(2000 + i % 25), "enrichment", null, i);
            field(output, basis, "lead_builder", "Builder " + i, "enrichment", null, i);
        }
        return candidate;
    }

    private static void field(ObjectNode output, ArrayNode basis, String name, String value, String type, Boolean matched, int i) {
        ObjectNode entry = output.putObject(name);
        entry.put("value", value);
        entry.put("type", type);
        if (matched != null) {
            entry.put("is_matched", matched);
        }
        ObjectNode evidence = basis.addObject();
        evidence.put("field", name);
        ArrayNode citations = evidence.putArray("citations");
        ObjectNode citation = citations.addObject();
        citation.put("title", "Workshop " + i + " - about us");
        citation.put("url", "https://workshop-" + i + ".example/about");
        citation.putArray("excerpts").add("Every frame is mitred, welded and finished by hand in our workshop.");
        ObjectNode second = citations.addObject();
        second.put("title", "A morning at workshop " + i);
        second.put("url", "https://magazine.example/visits/" + i);
        second.putNull("excerpts");
        evidence.put("reasoning", "The workshop's own pages and an independent visit report agree on " + name + ".");
        evidence.put("confidence", "high");
    }

    private static byte[] json(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a payload", e);
        }
    }
}
