package dev.parallel4j.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallel4j.generator.SourceLocation;
import dev.parallel4j.generator.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying OpenAPI Overlay 1.0 actions: updates, removals, JSONPath selection and the errors for bad overlays. */
final class OverlaysTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentReader reader = new DocumentReader();
    private final Overlays overlays = new Overlays(reader);

    @TempDir
    Path dir;

    @Test
    void updateMergesObjectsRecursivelyAndReplacesOtherValues() throws IOException {
        ObjectNode document = json("""
                {"info": {"title": "Old", "version": "1", "contact": {"name": "a", "email": "a@x"}}}""");
        Path overlay = overlay("""
                  - target: $.info
                    update:
                      title: New
                      x-added: true
                      contact:
                        email: b@x
                """);

        overlays.apply(overlay, document);

        assertThat(document).isEqualTo(json("""
                {"info": {"title": "New", "version": "1", "contact": {"name": "a", "email": "b@x"}, "x-added": true}}"""));
    }

    @Test
    void updateOfAnArrayAppendsASingleValue() throws IOException {
        ObjectNode document = json("{\"tags\": [{\"name\": \"a\"}]}");
        Path overlay = overlay("""
                  - target: $.tags
                    update: {name: b}
                """);

        overlays.apply(overlay, document);

        assertThat(document.get("tags")).isEqualTo(json("{\"t\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}").get("t"));
    }

    @Test
    void updateOfAnArrayWithAListAppendsEachElement() throws IOException {
        ObjectNode document = json("{\"enum\": [\"a\"]}");
        Path overlay = overlay("""
                  - target: $.enum
                    update: [b, c]
                """);

        overlays.apply(overlay, document);

        assertThat(document.get("enum")).isEqualTo(json("{\"e\": [\"a\", \"b\", \"c\"]}").get("e"));
    }

    @Test
    void updateAppliesToEveryNodeAFilterSelects() throws IOException {
        ObjectNode document = json("""
                {"paths": {
                  "/runs": {"post": {"tags": ["FindAll"]}, "get": {"tags": ["Other"]}},
                  "/runs/{id}": {"get": {"tags": ["FindAll"]}}}}""");
        Path overlay = overlay("""
                  - target: "$.paths.*.*[?('FindAll' in @.tags)]"
                    update: {x-beta: findall}
                """);

        overlays.apply(overlay, document);

        assertThat(document.at("/paths/~1runs/post/x-beta").asText()).isEqualTo("findall");
        assertThat(document.at("/paths/~1runs~1{id}/get/x-beta").asText()).isEqualTo("findall");
        assertThat(document.at("/paths/~1runs/get").has("x-beta")).isFalse();
    }

    @Test
    void removeDeletesAnObjectMember() throws IOException {
        ObjectNode document = json("{\"info\": {\"title\": \"t\", \"x-internal\": true}}");
        Path overlay = overlay("""
                  - target: $.info['x-internal']
                    remove: true
                """);

        overlays.apply(overlay, document);

        assertThat(document).isEqualTo(json("{\"info\": {\"title\": \"t\"}}"));
    }

    @Test
    void removeDeletesOneArrayElement() throws IOException {
        ObjectNode document = json("{\"tags\": [\"a\", \"b\", \"c\"]}");
        Path overlay = overlay("""
                  - target: $.tags[1]
                    remove: true
                """);

        overlays.apply(overlay, document);

        assertThat(document).isEqualTo(json("{\"tags\": [\"a\", \"c\"]}"));
    }

    @Test
    void removeDeletesTheLastElementSelectedByANegativeIndexNotTheWholeArray() throws IOException {
        ObjectNode document = json("{\"tags\": [\"a\", \"b\", \"c\"]}");
        Path overlay = overlay("""
                  - target: $.tags[-1]
                    remove: true
                """);

        overlays.apply(overlay, document);

        assertThat(document).isEqualTo(json("{\"tags\": [\"a\", \"b\"]}"));
    }

    @Test
    void removeDeletesSeveralElementsOfOneArrayInOneAction() throws IOException {
        StringBuilder elements = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            elements.append(i == 0 ? "" : ", ").append("{\"n\": ").append(i)
                    .append(", \"drop\": ").append(i % 3 != 1).append('}');
        }
        ObjectNode document = json("{\"list\": [" + elements + "]}");
        Path overlay = overlay("""
                  - target: $.list[?(@.drop == true)]
                    remove: true
                """);

        overlays.apply(overlay, document);

        assertThat(document.get("list")).extracting(node -> node.get("n").asInt()).containsExactly(1, 4, 7, 10);
    }

    @Test
    void removeDeletesAnElementAndAMemberOfALaterElementOfTheSameArrayInOneAction() throws IOException {
        ObjectNode document = json("""
                {"list": [{"id": 0, "drop": true}, {"id": 1}, {"id": 2, "note": {"drop": true}}, {"id": 3, "note": {}}]}""");
        Path overlay = overlay("""
                  - target: $..[?(@.drop == true)]
                    remove: true
                """);

        overlays.apply(overlay, document);

        assertThat(document).isEqualTo(json("{\"list\": [{\"id\": 1}, {\"id\": 2}, {\"id\": 3, \"note\": {}}]}"));
    }

    @Test
    void removeDeletesMatchesAtDifferentDepthsOfOneDeepScan() throws IOException {
        ObjectNode document = json("""
                {"list": [{"id": 0, "deprecated": true}, {"id": 1, "children": [{"id": 2}, {"id": 3, "deprecated": true}]}]}""");
        Path overlay = overlay("""
                  - target: $..[?(@.deprecated == true)]
                    remove: true
                """);

        overlays.apply(overlay, document);

        assertThat(document).isEqualTo(json("{\"list\": [{\"id\": 1, \"children\": [{\"id\": 2}]}]}"));
    }

    @Test
    void selectsMembersWhoseNamesHaveQuotesBracketsBackslashesAndSlashes() throws IOException {
        ObjectNode document = json("""
                {"paths": {"/pets/{id}": {"get": {}}},
                 "x-odd": {"it's": {}, "a\\\\b": {}, "x']['y": {}}}""");
        Path overlay = overlay("""
                  - target: $.paths['/pets/{id}'].get
                    update: {summary: pets}
                  - target: $['x-odd'].*
                    update: {seen: true}
                """);

        overlays.apply(overlay, document);

        assertThat(document.at("/paths/~1pets~1{id}/get/summary").asText()).isEqualTo("pets");
        assertThat(document.get("x-odd")).isEqualTo(json("""
                {"it's": {"seen": true}, "a\\\\b": {"seen": true}, "x']['y": {"seen": true}}"""));
        assertThat(document.get("x-odd")).hasSize(3);
    }

    @Test
    void appliesSeveralOverlaysInOrder() throws IOException {
        ObjectNode document = json("{\"info\": {\"title\": \"A\"}}");
        Path first = overlay("first.yaml", """
                  - target: $.info
                    update: {title: B, x-step: 1}
                """);
        Path second = overlay("second.yaml", """
                  - target: "$.info[?(@.title == 'B')]"
                    update: {title: C}
                  - target: $.info['x-step']
                    remove: true
                """);

        overlays.apply(first, document);
        overlays.apply(second, document);

        assertThat(document).isEqualTo(json("{\"info\": {\"title\": \"C\"}}"));
    }

    @Test
    void anActionWhoseTargetSelectsNothingNamesTheOverlayAndTheAction() throws IOException {
        ObjectNode document = json("{\"info\": {}}");
        Path overlay = overlay("""
                  - target: $.info
                    update: {title: T}
                  - target: $.paths['/gone']
                    update: {summary: s}
                """);

        SpecException e = applyFails(overlay, document);

        assertThat(e.location()).isEqualTo(new SourceLocation(overlay, "/actions/1", 6));
        assertThat(e.problem()).isEqualTo("the target $.paths['/gone'] selects nothing in the document");
    }

    @Test
    void anInvalidJsonPathIsReportedAsSuch() throws IOException {
        Path overlay = overlay("""
                  - target: $.paths[?(@.x ==
                    remove: true
                """);

        SpecException e = applyFails(overlay, json("{}"));

        assertThat(e.location().file()).isEqualTo(overlay);
        assertThat(e.location().pointer()).isEqualTo("/actions/0");
        assertThat(e.problem()).startsWith("the target $.paths[?(@.x == is not valid JSONPath");
    }

    @Test
    void aTargetThatIsNotJsonPathIsRefused() throws IOException {
        Path overlay = overlay("""
                  - target: info.title
                    remove: true
                """);

        SpecException e = applyFails(overlay, json("{}"));

        assertThat(e.location().pointer()).isEqualTo("/actions/0");
        assertThat(e.problem()).contains("must be a JSONPath expression starting with '$'");
    }

    @Test
    void anOverlayWithoutItsVersionIsRefused() throws IOException {
        Path overlay = write("overlay.yaml", "info: {title: x, version: '1'}\nactions:\n  - target: $.info\n    remove: true\n");

        SpecException e = applyFails(overlay, json("{}"));

        assertThat(e.location().file()).isEqualTo(overlay);
        assertThat(e.problem()).contains("the 'overlay' version field is missing or unsupported");
    }

    @Test
    void anOverlayOfAnUnsupportedVersionIsRefusedAtItsVersion() throws IOException {
        Path overlay = write("overlay.yaml", "overlay: 2.0.0\nactions:\n  - target: $.info\n    remove: true\n");

        SpecException e = applyFails(overlay, json("{}"));

        assertThat(e.location()).isEqualTo(new SourceLocation(overlay, "/overlay", 1));
    }

    @Test
    void anOverlayWithNoActionsIsRefused() throws IOException {
        Path overlay = write("overlay.yaml", "overlay: 1.0.0\ninfo: {title: x, version: '1'}\nactions: []\n");

        SpecException e = applyFails(overlay, json("{}"));

        assertThat(e.location()).isEqualTo(new SourceLocation(overlay, "/actions", 3));
        assertThat(e.problem()).isEqualTo("an overlay needs a non-empty 'actions' list");
    }

    @Test
    void anActionWithNeitherUpdateNorRemoveIsRefused() throws IOException {
        Path overlay = overlay("""
                  - target: $.info
                    description: does nothing
                """);

        SpecException e = applyFails(overlay, json("{\"info\": {}}"));

        assertThat(e.location()).isEqualTo(new SourceLocation(overlay, "/actions/0", 4));
        assertThat(e.problem()).isEqualTo("the action has neither 'update' nor 'remove: true'");
    }

    @Test
    void anUpdateOfAScalarIsRefused() throws IOException {
        Path overlay = overlay("""
                  - target: $.info.title
                    update: {x: 1}
                """);

        SpecException e = applyFails(overlay, json("{\"info\": {\"title\": \"t\"}}"));

        assertThat(e.location().pointer()).isEqualTo("/actions/0");
        assertThat(e.problem()).contains("selects a STRING value");
    }

    @Test
    void anUpdateOfAnObjectWithAnArrayIsRefused() throws IOException {
        Path overlay = overlay("""
                  - target: $.info
                    update: [1]
                """);

        SpecException e = applyFails(overlay, json("{\"info\": {}}"));

        assertThat(e.problem()).contains("'update' must be an object");
    }

    @Test
    void removingTheWholeDocumentIsRefused() throws IOException {
        Path overlay = overlay("""
                  - target: $
                    remove: true
                """);

        SpecException e = applyFails(overlay, json("{\"info\": {}}"));

        assertThat(e.problem()).isEqualTo("the whole document cannot be removed");
    }

    @Test
    void aMissingOverlayFileIsReportedByName() {
        Path overlay = dir.resolve("missing-overlay.yaml");

        SpecException e = applyFails(overlay, json("{}"));

        assertThat(e.location()).isEqualTo(SourceLocation.of(overlay));
    }

    private SpecException applyFails(Path overlay, ObjectNode document) {
        return assertThatExceptionOfType(SpecException.class).isThrownBy(() -> overlays.apply(overlay, document)).actual();
    }

    private Path overlay(String actions) throws IOException {
        return overlay("overlay.yaml", actions);
    }

    /** An overlay file: a 3-line header, then the actions from line 4. */
    private Path overlay(String name, String actions) throws IOException {
        return write(name, "overlay: 1.0.0\ninfo: {title: test, version: '1'}\nactions:\n" + actions);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
