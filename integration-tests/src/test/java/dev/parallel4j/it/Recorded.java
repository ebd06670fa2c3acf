package dev.parallel4j.it;

import dev.parallel4j.client.model.FindAllRunInput;
import dev.parallel4j.demo.FindAllDemo;
import dev.parallel4j.runtime.json.JsonValue;

/** Values the recordings share: the invented search they are about and the run most of them concern. */
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

    private Recorded() {}
}
