package dev.parallel4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds wording our document shares with the reference: runs of consecutive words (lower-cased, punctuation
 * dropped) that appear in one of our descriptions and in any of the reference's descriptions, summaries or titles.
 */
final class Prose {
    private static final Set<String> OURS = Set.of("description", "summary");
    private static final Set<String> THEIRS = Set.of("description", "summary", "title");

    private Prose() {}

    /** Each of our texts that shares a run of {@code length} words with the reference, with the run. */
    static List<String> sharedRuns(JsonNode ours, JsonNode reference, int length) {
        Set<String> theirRuns = new HashSet<>();
        for (String text : texts(reference, THEIRS)) {
            theirRuns.addAll(runs(text, length));
        }
        List<String> shared = new ArrayList<>();
        for (String text : texts(ours, OURS)) {
            for (String run : runs(text, length)) {
                if (theirRuns.contains(run)) {
                    shared.add("\"" + run + "\" in: " + text);
                    break;
                }
            }
        }
        return shared;
    }

    private static List<String> texts(JsonNode node, Set<String> keys) {
        List<String> out = new ArrayList<>();
        collect(node, keys, false, out);
        return out;
    }

    private static void collect(JsonNode node, Set<String> keys, boolean keysAreNames, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (!keysAreNames && keys.contains(field.getKey()) && field.getValue().isTextual()) {
                    out.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), keys, !keysAreNames && field.getKey().equals("properties"), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, keys, false, out));
        }
    }

    private static List<String> runs(String text, int length) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + length <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + length)));
        }
        return runs;
    }
}
