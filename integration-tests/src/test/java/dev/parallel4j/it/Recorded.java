package dev.parallel4j.it;

import dev.parallel4j.client.model.FindAllRunInput;
import dev.parallel4j.demo.FindAllDemo;
import dev.parallel4j.runtime.json.JsonValue;
import java.util.Map;

/**
 * Values the recordings share: the invented search they are about, the FindAll run most of them concern, and the
 * Task run, Task Group and monitor the Tasks, Task Group, Monitor and Chat scenarios are about.
 */
final class Recorded {
    /** The run the retrieve, result, schema, enrich, extend and events scenarios are about. */
    static final String RUN_ID = "findall_9b2e6d41c7f0438aa51d3e8c6f92b174";
    /** The search of every recorded run: Nordic workshops building titanium bicycle frames. */
    static final FindAllRunInput SEARCH = FindAllDemo.REQUEST;
    /** The {@code parallel-beta} header of a FindAll call that adds no beta of its own. */
    static final String DEFAULT_BETAS = "findall-2025-09-15";
    /** The search's match conditions as the API writes them. */
    static final String CONDITIONS_JSON = """
            [
              {"name": "titanium_frames_check",
               "description": "The company designs and welds made-to-measure titanium bicycle frames in its own workshop; resellers of frames built elsewhere do not qualify."},
              {"name": "nordic_workshop_check",
               "description": "The frame-building workshop is located in Denmark, Finland, Iceland, Norway or Sweden."}
            ]""";

    /** The JSON Schema of the recorded enrichment: two facts about each matched workshop. */
    static final JsonValue FRAME_FACTS_SCHEMA = JsonValue.parse("""
            {"type": "object",
             "properties": {
               "founding_year": {"type": "string", "description": "Year the workshop built its first frame for a customer."},
               "lead_builder": {"type": "string", "description": "Name of the person who leads frame building at the workshop."}},
             "required": ["founding_year", "lead_builder"]}""");

    /** The Task run with JSON output that the task, monitor and chat scenarios are about. */
    static final String TASK_RUN_ID = "trun_5c2e8a17d94b4f06a3e1b7c9d0f24a68";
    /** The Task run with text output that the text result and v1beta stream scenarios are about. */
    static final String TEXT_RUN_ID = "trun_e81f3b6d20a94c7e8f5a1d3b9c0e2f46";
    /** The Task Group the group scenarios are about. */
    static final String TASK_GROUP_ID = "tgrp_7d3b9e21c5a04f68b1e2d9c6a0f3e857";
    /** The event_stream monitor the monitor scenarios are about. */
    static final String MONITOR_ID = "monitor_2a7f4c9e1b3d4e58a0c6f8b2d5e9a174";

    /** The input of the recorded Task run: the workshop to research. */
    static final Map<String, JsonValue> KVIST_INPUT = Map.of(
            "workshop", JsonValue.of("Kvist Sykkelverksted"), "website", JsonValue.of("https://kvist-sykkel.example"));
    /** The output schema of the recorded Task runs and snapshot monitors: lead time, price and materials. */
    static final JsonValue LEAD_TIME_SCHEMA = JsonValue.parse("""
            {"type": "object",
             "properties": {
               "lead_time_weeks": {"type": "string", "description": "Weeks from the fit session to the finished frame, as the workshop states it."},
               "base_price_nok": {"type": "string", "description": "Starting price of a made-to-measure titanium frame, in Norwegian kroner."},
               "frame_materials": {"type": "array", "items": {"type": "string"}, "description": "Tube materials the workshop builds frames from."}},
             "required": ["lead_time_weeks", "base_price_nok", "frame_materials"],
             "additionalProperties": false}""");

    private Recorded() {}
}
