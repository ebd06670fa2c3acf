package dev.parallel4j.demo;

import dev.parallel4j.client.model.Citation;
import dev.parallel4j.client.model.FieldBasis;
import dev.parallel4j.client.model.FindAllCandidate;
import dev.parallel4j.client.model.FindAllRunResult;
import dev.parallel4j.runtime.json.JsonValue;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matched candidates of a FindAll result as an aligned text table: number, name, URL and one column per output
 * field (match conditions, enrichments), each row followed by the candidate's citations, numbered, title then URL.
 */
final class MatchTable {
    private static final int MAX_CELL = 44;
    private static final String GAP = "  ";

    private final List<FindAllCandidate> matches;
    private final int evaluated;

    private MatchTable(List<FindAllCandidate> matches, int evaluated) {
        this.matches = matches;
        this.evaluated = evaluated;
    }

    /** The table of a result's matched candidates, in the result's order. */
    static MatchTable of(FindAllRunResult result) {
        List<FindAllCandidate> matches = result.candidates().stream()
                .filter(candidate -> candidate.matchStatus().equals(FindAllCandidate.MatchStatus.MATCHED))
                .toList();
        return new MatchTable(matches, result.candidates().size());
    }

    /** Prints the title, the table and the citations. */
    void print(PrintStream out) {
        out.println("Matched candidates: " + matches.size() + " of " + evaluated + " evaluated");
        if (matches.isEmpty()) {
            return;
        }
        List<String> fields = outputFields();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("#", "Name", "URL"));
        header.addAll(fields);
        rows.add(header);
        for (int i = 0; i < matches.size(); i++) {
            rows.add(row(i + 1, matches.get(i), fields));
        }
        int[] widths = widths(rows);
        out.println();
        out.println(line(rows.get(0), widths));
        out.println(line(dashes(widths), widths));
        for (int i = 0; i < matches.size(); i++) {
            out.println(line(rows.get(i + 1), widths));
            printCitations(matches.get(i), widths[0], out);
        }
    }

    private List<String> outputFields() {
        Set<String> fields = new LinkedHashSet<>();
        matches.forEach(candidate -> candidate.output().ifPresent(output -> fields.addAll(output.keySet())));
        return new ArrayList<>(fields);
    }

    private static List<String> row(int number, FindAllCandidate candidate, List<String> fields) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(number), candidate.name(), candidate.url()));
        Map<String, JsonValue> output = candidate.output().orElse(Map.of());
        for (String field : fields) {
            JsonValue value = output.get(field);
            row.add(value == null ? "" : text(value));
        }
        return row;
    }

    /** An output entry's {@code value} when it has one (the documented shape), else the entry itself. */
    private static String text(JsonValue entry) {
        JsonValue value = entry.asObject().map(members -> members.get("value")).orElse(entry);
        String text = value.asString().orElseGet(value::toJson);
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 3) + "...";
    }

    private static void printCitations(FindAllCandidate candidate, int indent, PrintStream out) {
        Map<String, Citation> byUrl = new LinkedHashMap<>();
        for (FieldBasis basis : candidate.basis().orElse(List.of())) {
            basis.citations().forEach(citation -> byUrl.putIfAbsent(citation.url(), citation));
        }
        int number = 1;
        for (Citation citation : byUrl.values()) {
            String title = citation.title().map(t -> t + " ").orElse("");
            out.println(" ".repeat(indent + GAP.length()) + "[" + number++ + "] " + title + "<" + citation.url() + ">");
        }
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        return widths;
    }

    private static List<String> dashes(int[] widths) {
        List<String> dashes = new ArrayList<>();
        for (int width : widths) {
            dashes.add("-".repeat(width));
        }
        return dashes;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - cell.length());
            if (column > 0) {
                line.append(GAP);
            }
            line.append(column == 0 ? padding + cell : cell + padding); // the number column is right-aligned
        }
        return line.toString().stripTrailing();
    }
}
